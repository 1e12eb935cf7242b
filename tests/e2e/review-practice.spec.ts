import AxeBuilder from "@axe-core/playwright";
import { createAttempt } from "../../prisma/factories";
import { db, expect, ownQuiz, test } from "./fixtures";
import { createStudent, daysAgo, makeReviewItem, signIn } from "./history-fixtures";

// Nothing due yet (day one after the misses): the review page says when they come back and
// offers a practice round now, which is scored and explained but recorded nowhere.
test("a practice round of questions not due yet leaves the review schedule and history as they were", async ({ page }) => {
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 3);
  const [first, second] = quiz.questions;
  const student = await createStudent("Pat Practice");
  await createAttempt(db, { userId: student.id, quizSetId: quiz.id, answers: ["wrong", "wrong", "right"], startedAt: daysAgo(0), finishedAt: daysAgo(0) });
  await makeReviewItem(student.id, first.id, -20);
  await makeReviewItem(student.id, second.id, -30);
  const before = await db.reviewItem.findMany({ where: { userId: student.id }, orderBy: { dueAt: "asc" } });

  await signIn(page, student.email!);
  await page.goto("/review");
  await expect(page.getByTestId("review-due-count")).toHaveText("Nothing to review right now.");
  await expect(page.getByTestId("review-upcoming")).toContainText("2 questions you missed come back for review");
  await page.getByRole("link", { name: "Practise them now (not counted)" }).click();
  await expect(page.getByRole("heading", { name: "Practice round" })).toBeVisible();
  await expect(page.getByTestId("practice-count")).toContainText("Practice question 1 of 2");
  await expect(page.getByTestId("prompt")).toHaveText(first.prompt);

  await page.keyboard.press(String(first.answerIndex + 1));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toHaveAttribute("data-correct", "true");
  await expect(page.getByTestId("feedback")).toContainText(first.explanation);
  await expect(page.getByTestId("review-schedule")).toContainText("Practice only: the schedule is unchanged");
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("button", { name: "Next practice question" }).click();

  await expect(page.getByTestId("prompt")).toHaveText(second.prompt);
  await page.keyboard.press(String(((second.answerIndex + 1) % (second.choices as string[]).length) + 1));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toHaveAttribute("data-correct", "false");
  await page.getByRole("button", { name: "Finish practice" }).click();
  await expect(page.getByTestId("practice-done")).toContainText("2 questions practised");

  const after = await db.reviewItem.findMany({ where: { userId: student.id }, orderBy: { dueAt: "asc" } });
  expect(after).toEqual(before);
  expect(await db.reviewAnswer.count({ where: { userId: student.id } })).toBe(0);
});
