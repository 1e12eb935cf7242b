import type { Page } from "@playwright/test";
import { createAttempt, createQuizSet } from "../../prisma/factories";
import { db, expect, ownQuiz, test } from "./fixtures";
import { createStudent, createTeacher, daysAgo, signIn } from "./history-fixtures";

// The README's screenshots: a teacher's draft review and a student's result (desktop), the
// play feedback (phone). With UPDATE_DOCS_SCREENSHOTS=1 they are written to docs/; otherwise
// to tests/screenshots/ (git-ignored), so an ordinary run leaves the tree as it was.
const dir = process.env.UPDATE_DOCS_SCREENSHOTS === "1" ? "docs" : "tests/screenshots";

async function save(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${dir}/${name}.png` });
}

test("screenshot: a teacher's draft review", async ({ page }, info) => {
  test.skip(info.project.name !== "desktop", "desktop only");
  const teacher = await createTeacher("Ms Reviewer");
  const set = await createQuizSet(db, { ownerId: teacher.id, status: "draft", maxQuestions: 4 });
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/quiz-sets/${set.id}`);
  await expect(page.getByRole("heading", { name: "Questions" })).toBeVisible();
  await save(page, "screenshot-draft-review");
});

test("screenshot: the play feedback on a phone", async ({ page }, info) => {
  test.skip(info.project.name !== "phone", "phone only");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 3);
  await page.goto(`/play/${quiz.id}`);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  const q = quiz.questions[0];
  await page.locator(`label[for=choice-${q.id}-${(q.answerIndex + 1) % (q.choices as string[]).length}]`).click();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("feedback-citation")).toBeVisible();
  await page.getByTestId("feedback").scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await save(page, "screenshot-feedback-phone");
});

test("screenshot: a student's result", async ({ page }, info) => {
  test.skip(info.project.name !== "desktop", "desktop only");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 4);
  const student = await createStudent("Riley Result");
  const attempt = await createAttempt(db, { userId: student.id, quizSetId: quiz.id, answers: ["right", "wrong", "right", "right"], startedAt: daysAgo(0), finishedAt: new Date() });
  await signIn(page, student.email!);
  await page.goto(`/results/${attempt.id}`);
  await expect(page.getByTestId("score")).toBeVisible();
  await save(page, "screenshot-results");
});
