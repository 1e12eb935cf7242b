import AxeBuilder from "@axe-core/playwright";
import { SKILL_LABELS, SKILLS, skillOf } from "../../lib/quiz/schema";
import { createAttempt } from "../../prisma/factories";
import { db, expect, ownQuiz, test } from "./fixtures";
import { createStudent, daysAgo, signIn } from "./history-fixtures";

test("a student's history after two attempts shows the right numbers, and filters by period", async ({ page }) => {
  test.setTimeout(120_000);
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 4);
  expect(quiz.questions).toHaveLength(4);
  const student = await createStudent("History Student");
  // 1/4 in 4 minutes ten days ago, then 3/4 in 2 min 30 s yesterday.
  const first = daysAgo(10);
  const second = daysAgo(1);
  await createAttempt(db, { userId: student.id, quizSetId: quiz.id, answers: ["right", "wrong", "wrong", "wrong"], startedAt: first, finishedAt: new Date(first.getTime() + 240_000) });
  await createAttempt(db, { userId: student.id, quizSetId: quiz.id, answers: ["right", "right", "right", "wrong"], startedAt: second, finishedAt: new Date(second.getTime() + 150_000) });

  await signIn(page, student.email!);
  await page.goto("/history");
  const summary = page.getByTestId("history-summary");
  await expect(summary.getByText("Finished quizzes")).toBeVisible();
  await expect(summary).toContainText("Finished quizzes2");
  await expect(summary).toContainText("Average score50%");
  await expect(summary).toContainText("Best score75%");

  const rows = page.getByTestId("attempts-table").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("3 / 4 (75%)");
  await expect(rows.nth(0)).toContainText("2 min 30 s");
  await expect(rows.nth(1)).toContainText("1 / 4 (25%)");
  await expect(rows.nth(1)).toContainText("4 min 00 s");
  // Shown in the reader's zone and locale, as the browser formats it.
  const firstDay = await page.evaluate((iso) => new Date(iso).toLocaleDateString(undefined, { dateStyle: "medium" }), first.toISOString());
  await expect(rows.nth(1)).toContainText(firstDay);

  // The chart is an image with a name and a description, and its numbers are in the table.
  const chart = page.getByRole("img", { name: /Score over time/ });
  await expect(chart).toHaveAccessibleDescription("2 finished quizzes, from 25% on " + first.toISOString().slice(0, 10) + " to 75% on " + second.toISOString().slice(0, 10) + ".");
  await expect(page.getByTestId("score-chart-table").locator("tbody tr td:last-child")).toHaveText(["25%", "75%"]);

  // Per skill: right answers out of answers, from the question types the generator gave.
  const kinds = [["right", "wrong", "wrong", "wrong"], ["right", "right", "right", "wrong"]];
  for (const skill of SKILLS) {
    let right = 0, total = 0;
    quiz.questions.forEach((q, i) => {
      if (skillOf(q.type) !== skill) return;
      total += 2;
      right += kinds.filter((k) => k[i] === "right").length;
    });
    const caption = page.locator("figcaption", { hasText: SKILL_LABELS[skill] });
    await expect(caption).toHaveText(total ? `${SKILL_LABELS[skill]}: ${right} of ${total} right (${Math.round((right * 100) / total)}%)` : `${SKILL_LABELS[skill]}: no answers yet`);
  }

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.getByLabel("Period").selectOption("7d");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/period=7d/);
  await expect(summary).toContainText("Finished quizzes1");
  await expect(summary).toContainText("Average score75%");
  await expect(rows).toHaveCount(1);
});

test("a guest's history joins the account made on that browser", async ({ page }) => {
  test.setTimeout(120_000);
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const [q1, q2] = quiz.questions;
  // Play as a guest through the app: starting the quiz makes the guest and its cookie.
  await page.goto(`/play/${quiz.id}`);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  for (const [q, right] of [[q1, false], [q2, true]] as const) {
    await expect(page.getByTestId("prompt")).toHaveText(q.prompt);
    const choice = right ? q.answerIndex : (q.answerIndex + 1) % (q.choices as string[]).length;
    await page.locator(`label[for="choice-${q.id}-${choice}"]`).click();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByTestId("feedback")).toHaveAttribute("data-correct", String(right));
    await page.getByTestId("feedback").getByRole("button", { name: /^(Next question|See your score)$/ }).click();
  }
  await expect(page).toHaveURL(/\/results\//);

  await page.goto("/history");
  await expect(page.getByText("Kept on this browser.")).toBeVisible();
  await expect(page.getByTestId("attempts-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("attempts-table")).toContainText("1 / 2 (50%)");
  const attempt = await db.attempt.findFirstOrThrow({ where: { quizSetId: quiz.id }, select: { userId: true } });

  const email = `guest-joins-${Date.now().toString(36)}@school.test`;
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Former Guest");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("classroom-pass-1");
  await page.getByRole("radio", { name: "Student" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).not.toHaveURL(/\/signup/);

  await page.goto("/history");
  await expect(page.getByText("Kept on this browser.")).toHaveCount(0);
  await expect(page.getByTestId("attempts-table")).toContainText("1 / 2 (50%)");
  // Same row, upgraded in place: the attempt and the review item of the miss came along.
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  expect(user.id).toBe(attempt.userId);
  expect(await db.reviewItem.count({ where: { userId: user.id, questionId: q1.id } })).toBe(1);
});
