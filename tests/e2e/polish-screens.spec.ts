import type { Locator } from "@playwright/test";
import { createAttempt } from "../../prisma/factories";
import { db, expect, ownQuiz, test } from "./fixtures";
import { createStudent, createTeacher, makeReviewItem, signIn } from "./history-fixtures";

// Small things that read wrong (phone and desktop): an info note styled as a warning in dark
// mode, the phone header pushing Sign out onto a second row, and two attempts on one day
// charted under the same label.

/** The hue of an element's background, in degrees (from lab, oklch or rgb). */
async function backgroundHue(el: Locator): Promise<number> {
  const color = await el.evaluate((e) => getComputedStyle(e).backgroundColor);
  const oklch = /oklch\(\s*[\d.]+%?\s+[\d.]+\s+([\d.]+)/.exec(color);
  if (oklch) return Number(oklch[1]);
  // Chromium reports lab()/oklab(): the hue is the angle of (a, b).
  const lab = /lab\(\s*[\d.]+%?\s+(-?[\d.]+)\s+(-?[\d.]+)/.exec(color);
  if (lab) return ((Math.atan2(Number(lab[2]), Number(lab[1])) * 180) / Math.PI + 360) % 360;
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const max = Math.max(r, g, b), min = Math.min(r, g, b);
  if (max === min) return 0;
  const h = max === r ? (g - b) / (max - min) : max === g ? 2 + (b - r) / (max - min) : 4 + (r - g) / (max - min);
  return (h * 60 + 360) % 360;
}

for (const scheme of ["light", "dark"] as const) {
  test(`an info note looks like information, not a warning (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/history");
    const note = page.getByRole("complementary", { name: "Review" });
    await expect(note).toHaveText("No missed question is due for review.");
    // Blue (sky) sits near 240° in lab and near 200° in rgb; amber near 70° and 45°.
    const hue = await backgroundHue(note);
    const color = await note.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(hue, `background ${color}`).toBeGreaterThan(150);
    expect(hue, `background ${color}`).toBeLessThan(280);
  });
}

test("the header keeps Sign out on the row of the other links", async ({ page, browser }) => {
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const student = await createStudent("Priya Longname-Student");
  await makeReviewItem(student.id, quiz.questions[0].id, 1);
  const teacher = await createTeacher("Theo Longname-Teacher");
  for (const [user, page_] of [[student, page], [teacher, await browser.newPage({ viewport: page.viewportSize()! })]] as const) {
    await signIn(page_, user.email!);
    await page_.goto("/quizzes");
    const nav = page_.getByRole("navigation", { name: "Main" });
    const quizzes = await nav.getByRole("link", { name: "Quizzes" }).boundingBox();
    const signOut = await nav.getByRole("button", { name: "Sign out" }).boundingBox();
    expect(Math.abs(signOut!.y + signOut!.height / 2 - (quizzes!.y + quizzes!.height / 2)), `${user.role}: Sign out on another row`).toBeLessThan(8);
  }
});

test("two attempts on the same day get different chart labels", async ({ page }) => {
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const student = await createStudent("Tess Twice");
  // Yesterday (UTC) at 09:00 and 15:00: one day, two attempts.
  const day = new Date(Date.now() - 86_400_000);
  const early = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 9));
  const later = new Date(early.getTime() + 6 * 3_600_000);
  await createAttempt(db, { userId: student.id, quizSetId: quiz.id, answers: ["right", "wrong"], startedAt: early, finishedAt: early });
  await createAttempt(db, { userId: student.id, quizSetId: quiz.id, answers: ["right", "right"], startedAt: later, finishedAt: later });
  await signIn(page, student.email!);
  await page.goto("/history?period=all");
  const labels = (await page.locator("svg[aria-labelledby='score-chart-title'] text").allTextContents()).filter((t) => /^\d{4}-\d{2}-\d{2}/.test(t));
  expect(labels).toHaveLength(2);
  expect(labels[0]).not.toBe(labels[1]);
  expect(labels[0]).toContain(early.toISOString().slice(0, 10));
});
