import AxeBuilder from "@axe-core/playwright";
import { createAttempt } from "../../prisma/factories";
import { db, expect, highlightedText, ownQuiz, test } from "./fixtures";
import { createStudent, daysAgo, makeReviewItem, signIn } from "./history-fixtures";

type Citation = { start: number; end: number; text: string };

test("a review session brings back a missed question with its citation, and the key waits for the answer", async ({ page }) => {
  test.setTimeout(120_000);
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 4);
  const [missed, other] = quiz.questions;
  const student = await createStudent("Review Student");
  const attempt = await createAttempt(db, { userId: student.id, quizSetId: quiz.id, answers: ["wrong", "wrong", "right", "right"], startedAt: daysAgo(2), finishedAt: daysAgo(2) });
  // Both misses have items; only the first is due (an hour ago), the other tomorrow.
  await makeReviewItem(student.id, missed.id, 1);
  await makeReviewItem(student.id, other.id, -24);

  await signIn(page, student.email!);
  await page.goto("/history");
  await expect(page.getByTestId("review-due-count")).toHaveText("1 missed question is due for review.");
  const headerDue = page.getByRole("navigation", { name: "Main" }).getByTestId("due-reviews");
  await expect(headerDue).toHaveText("1 due");
  await page.getByRole("link", { name: "Review now" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByTestId("prompt")).toHaveText(missed.prompt);

  // Before answering, neither the HTML nor the React payload holds the key or the explanation.
  const html = await (await page.request.get("/review")).text();
  const rsc = await (await page.request.get("/review", { headers: { RSC: "1" } })).text();
  for (const body of [html, rsc, await page.content()]) {
    expect(body).toContain(missed.prompt.slice(0, 30));
    expect(body).not.toContain(missed.explanation);
    expect(body).not.toContain('"answerIndex"');
  }
  await expect(page.getByTestId("article-body").locator("mark")).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Answer right with the keyboard, as on the play screen.
  await page.keyboard.press(String(missed.answerIndex + 1));
  await page.keyboard.press("Enter");
  const feedback = page.getByTestId("feedback");
  await expect(feedback).toHaveAttribute("data-correct", "true");
  await expect(feedback).toContainText(missed.explanation);
  const citations = missed.citations as Citation[];
  expect(citations.length).toBeGreaterThan(0);
  for (const c of citations) expect(quiz.article.body.slice(c.start, c.end)).toBe(c.text);
  expect(await highlightedText(page)).toBe(citations.map((c) => c.text).join(" "));
  const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await expect(page.getByTestId("review-schedule")).toContainText(`comes back on ${inThreeDays}`);

  const after = await new AxeBuilder({ page }).analyze();
  expect(after.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.getByRole("button", { name: "Finish the review" }).click();
  await expect(page.getByTestId("review-due-count")).toContainText("Nothing to review right now.");
  await expect(headerDue).toHaveCount(0);
  // Not a dead end: it says what comes back and when (the other miss tomorrow, this one later).
  await expect(page.getByTestId("review-upcoming")).toContainText("2 questions you missed come back for review, the first on");

  // Stored as a review answer: the skill history has it, the attempt's score does not.
  const reviewAnswers = await db.reviewAnswer.findMany({ where: { userId: student.id } });
  expect(reviewAnswers.map((r) => [r.questionId, r.correct])).toEqual([[missed.id, true]]);
  const item = await db.reviewItem.findUniqueOrThrow({ where: { userId_questionId: { userId: student.id, questionId: missed.id } } });
  expect(item).toMatchObject({ streak: 1, stage: 1, retiredAt: null });
  expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(2);
  await page.goto("/history");
  await expect(page.getByTestId("review-due-count")).toHaveText("No missed question is due for review.");
  await expect(page.locator("table[data-testid^=skill-] td", { hasText: "Review" })).toHaveCount(1);
});
