import AxeBuilder from "@axe-core/playwright";
import { createAttempt } from "../../prisma/factories";
import { db, expect, ownQuiz, test } from "./fixtures";
import { createClassWithAssignment, createStudent, createTeacher, daysAgo, signIn } from "./history-fixtures";

// The assignment results page: what a teacher reads first (due date, who finished, the class
// average, who has not started), an empty state that says what will appear, and tables a
// phone can scroll by keyboard.
test.use({ viewport: { width: 390, height: 844 } });

test("the results page sums up the class and lists who has not started; tables scroll on a phone", async ({ page }) => {
  const teacher = await createTeacher("Results Teacher");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const fin = await createStudent("Fin Finished");
  const nia = await createStudent("Nia Notyet");
  const { assignment } = await createClassWithAssignment(teacher.id, quiz.id, [fin.id, nia.id], "Results class");
  await createAttempt(db, { quizSetId: quiz.id, assignmentId: assignment.id, userId: fin.id, answers: ["right", "wrong"], startedAt: daysAgo(1), finishedAt: daysAgo(1) });
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/assignments/${assignment.id}`);
  const summary = page.getByTestId("results-summary");
  await expect(summary).toContainText("Finished1 of 2 students");
  await expect(summary).toContainText("Class average50%");
  await expect(summary).toContainText("Not startedNia Notyet");
  await expect(page.getByText(/^Due /)).toBeVisible();
  await expect(page.getByRole("region", { name: "Results per question" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("before anyone finishes, the results page says what will appear", async ({ page }) => {
  const teacher = await createTeacher("Empty Results Teacher");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const kim = await createStudent("Kim Waiting");
  const { assignment } = await createClassWithAssignment(teacher.id, quiz.id, [kim.id], "Empty class");
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/assignments/${assignment.id}`);
  await expect(page.getByTestId("results-empty")).toContainText("No finished attempt yet");
  await expect(page.getByTestId("results-summary")).toContainText("Not startedKim Waiting");
});
