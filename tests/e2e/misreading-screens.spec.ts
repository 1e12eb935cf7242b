import type { Page, TestInfo } from "@playwright/test";
import { createAttempt } from "../../prisma/factories";
import { axeClean, db, expect, ownQuiz, tabTo, test } from "./fixtures";
import { pick } from "./evidence-fixtures";
import { createClassWithAssignment, createStudent, createTeacher, daysAgo, signIn } from "./history-fixtures";

// The misreading map (issue 10 #1) and the per-student drill-down (issue 12 #11) on the
// assignment results, on the phone and desktop projects (the file name matches both), with axe
// in light and dark, plus the class history's map per article.

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

/** A class of four who finished: question 1 missed by three, question 4 by nobody. */
async function classOfFour(name: string) {
  const teacher = await createTeacher(`${name} Teacher`);
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 4);
  const students = await Promise.all(["Ana", "Ben", "Cy", "Dee"].map((n) => createStudent(`${n} ${name}`)));
  const { klass, assignment } = await createClassWithAssignment(teacher.id, quiz.id, students.map((s) => s.id), `${name} class`);
  const plans = [["wrong", "right", "right", "right"], ["wrong", "wrong", "right", "right"], ["wrong", "right", "wrong", "right"], ["right", "right", "right", "right"]] as const;
  for (const [i, s] of students.entries()) {
    await createAttempt(db, { quizSetId: quiz.id, assignmentId: assignment.id, userId: s.id, answers: [...plans[i]], startedAt: daysAgo(1), finishedAt: daysAgo(1) });
  }
  return { teacher, quiz, students, klass, assignment };
}

const shoot = (page: Page, info: TestInfo, name: string) =>
  page.screenshot({ path: info.project.name === "desktop" ? `docs/screenshot-${name}.png` : `docs/screenshot-${name}-phone.png`, fullPage: false });

test("the misreading map shades cited sentences, lists the most misread and opens a sentence by keyboard", async ({ page }, info) => {
  test.setTimeout(120_000);
  const { teacher, quiz, assignment } = await classOfFour("Map");
  const [q1, , , q4] = quiz.questions;
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/assignments/${assignment.id}`);
  const map = page.getByTestId("misreading-map");
  await expect(map.getByTestId("map-legend")).toContainText("80–100% missed");
  const q1Text = (q1.citations as { text: string }[])[0].text.trim();
  const sentence = map.locator("button[data-sentence]", { hasText: q1Text.slice(0, 40) });
  // Three of four missed question 1: the 60–79 % step, said in words as well.
  await expect(sentence).toHaveAttribute("data-shade", "3");
  await expect(sentence).toContainText("75%");
  await expect(sentence).toHaveAccessibleName(/missed by 75% \(3 of 4 students\)/);
  const q4Text = (q4.citations as { text: string }[])[0].text.trim();
  await expect(map.locator("button[data-sentence]", { hasText: q4Text.slice(0, 40) })).toHaveAttribute("data-shade", "0");
  // The text alternative: most misread first, with share and count.
  const ranked = map.getByTestId("most-misread").getByRole("listitem");
  await expect(ranked.first()).toContainText(q1Text.slice(0, 40));
  await expect(ranked.first()).toContainText("missed by 75% (3 of 4 students)");

  // Keyboard only: Tab to the sentence, Enter opens its questions.
  await tabTo(page, sentence, 80);
  await page.keyboard.press("Enter");
  await expect(sentence).toHaveAttribute("aria-pressed", "true");
  const detail = page.getByTestId("sentence-detail");
  const wrong = (q1.choices as string[])[(q1.answerIndex + 1) % (q1.choices as string[]).length];
  await expect(detail).toContainText(q1.prompt);
  await expect(detail).toContainText("Correct25% of 4");
  await expect(detail).toContainText(`Most chosen wrong answer${wrong} (3)`);
  await noSidewaysScroll(page);
  await axeClean(page);
  await map.screenshot({ path: info.project.name === "desktop" ? "docs/screenshot-misreading-map.png" : "docs/screenshot-misreading-map-phone.png" });
});

test("the map hides shares under three students; the drill-down shows each answer beside the key and its sentence", async ({ page }) => {
  const teacher = await createTeacher("Small Teacher");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const [ana, ben] = await Promise.all([createStudent("Ana Small"), createStudent("Ben Small")]);
  const { assignment } = await createClassWithAssignment(teacher.id, quiz.id, [ana.id, ben.id], "Small class");
  await createAttempt(db, { quizSetId: quiz.id, assignmentId: assignment.id, userId: ana.id, answers: ["wrong", "right"], startedAt: daysAgo(1), finishedAt: daysAgo(1) });
  await createAttempt(db, { quizSetId: quiz.id, assignmentId: assignment.id, userId: ben.id, answers: ["right", "right"], startedAt: daysAgo(1), finishedAt: daysAgo(1) });
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/assignments/${assignment.id}`);
  const map = page.getByTestId("misreading-map");
  const buttons = map.locator("button[data-sentence]");
  expect(await buttons.count()).toBeGreaterThan(0);
  for (const b of await buttons.all()) {
    await expect(b).toHaveAttribute("data-shade", "hidden");
    await expect(b).not.toContainText("%");
  }
  await expect(map.getByTestId("most-misread-empty")).toContainText("at least 3 students");
  await buttons.first().click();
  await expect(page.getByTestId("sentence-detail")).toContainText("Fewer than 3 students answered: hidden.");

  // Drill-down: Ana's answers, the right ones and the sentences they rest on.
  await page.getByRole("link", { name: "Ana Small" }).click();
  const anas = page.locator("details#answers-" + ana.id);
  await anas.locator("summary").click();
  const first = anas.getByTestId("student-answer").first();
  const [q1] = quiz.questions;
  const choices = q1.choices as string[];
  await expect(first).toHaveAttribute("data-correct", "false");
  await expect(first).toContainText(`Answer given${choices[(q1.answerIndex + 1) % choices.length]} (wrong)`);
  await expect(first).toContainText(`Right answer${choices[q1.answerIndex]}`);
  await expect(first).toContainText((q1.citations as { text: string }[])[0].text.trim().slice(0, 40));
  await noSidewaysScroll(page);
  await axeClean(page);
});

test("the class history has a misreading map per article", async ({ page }) => {
  const { teacher, quiz, klass } = await classOfFour("History");
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/classes/${klass.id}/history`);
  const details = page.getByTestId("class-map");
  await expect(details).toHaveCount(1);
  await expect(details.locator("summary")).toContainText("(4 students finished)");
  await details.locator("summary").click();
  const q1Text = (quiz.questions[0].citations as { text: string }[])[0].text.trim();
  await expect(details.locator("button[data-sentence]", { hasText: q1Text.slice(0, 40) })).toHaveAttribute("data-shade", "3");
  await expect(details.getByTestId("most-misread").getByRole("listitem").first()).toContainText("missed by 75% (3 of 4 students)");
  await noSidewaysScroll(page);
  // Only the map: the page's charts have a phone scroll-region finding of their own (issue 12 #11).
  await axeClean(page, "[data-testid=class-map]");
});

test("show the evidence on this screen size: the picker is reachable, passes axe, and the verdict shows", async ({ page }, info) => {
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const q = quiz.questions[0];
  await page.goto(`/play/${quiz.id}`);
  await page.getByLabel("Show the evidence").check();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await page.locator(`label[for=choice-${q.id}-${q.answerIndex}]`).click();
  // On a phone the article is below the question: the button takes the student there.
  await page.getByRole("button", { name: "Pick the evidence in the article" }).click();
  const picker = page.getByTestId("evidence-picker");
  await expect(picker.getByRole("radio").first()).toBeFocused();
  await expect(picker.locator("label").first()).toBeInViewport();
  const cited = picker.locator("label", { hasText: (q.citations as { text: string }[])[0].text.trim() }).first();
  await pick(cited);
  await shoot(page, info, "evidence");
  await axeClean(page);
  await noSidewaysScroll(page);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("evidence-verdict")).toHaveAttribute("data-found", "true");
  await axeClean(page);
});
