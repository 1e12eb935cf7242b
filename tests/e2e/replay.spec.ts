import { createAttempt } from "../../prisma/factories";
import { db, expect, ownQuiz, test } from "./fixtures";
import { createClassWithAssignment, createStudent, createTeacher, daysAgo, signIn } from "./history-fixtures";

// After an assignment attempt the result page offers only what the rules allow, and says why.
test("a used-up 1-attempt assignment offers practice instead of a dead-end Play again", async ({ page }) => {
  const teacher = await createTeacher("Replay Teacher");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const student = await createStudent("Rae Replay");
  const { assignment } = await createClassWithAssignment(teacher.id, quiz.id, [student.id]);
  await db.assignment.update({ where: { id: assignment.id }, data: { maxAttempts: 1 } });
  const attempt = await createAttempt(db, { quizSetId: quiz.id, assignmentId: assignment.id, userId: student.id, answers: ["right", "wrong"], startedAt: daysAgo(0), finishedAt: new Date() });

  await signIn(page, student.email!);
  await page.goto(`/results/${attempt.id}`);
  await expect(page.getByTestId("replay-note")).toContainText("You have used the one attempt this assignment allows");
  await expect(page.getByRole("link", { name: "Try the assignment again" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Play again" })).toHaveCount(0);
  await page.goto(`/play/${quiz.id}?assignment=${assignment.id}`);
  await expect(page.getByTestId("attempts-left")).toContainText("cannot be played again");
  await expect(page.getByRole("button", { name: /Start the quiz|Play again/ })).toHaveCount(0);

  await page.goto(`/results/${attempt.id}`);
  await page.getByRole("link", { name: "Practise it (not counted)" }).click();
  await page.getByRole("button", { name: "Play again" }).click();
  await expect(page.getByTestId("prompt")).toBeVisible();
});

test("with attempts left the result page says how many and offers the assignment again", async ({ page }) => {
  const teacher = await createTeacher("Replay Teacher Two");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const student = await createStudent("Ray Replay");
  const { assignment } = await createClassWithAssignment(teacher.id, quiz.id, [student.id]);
  await db.assignment.update({ where: { id: assignment.id }, data: { maxAttempts: 3 } });
  const attempt = await createAttempt(db, { quizSetId: quiz.id, assignmentId: assignment.id, userId: student.id, answers: ["right", "wrong"], startedAt: daysAgo(0), finishedAt: new Date() });
  await signIn(page, student.email!);
  await page.goto(`/results/${attempt.id}`);
  await expect(page.getByTestId("replay-note")).toHaveText("You have 2 attempts left for this assignment; your best one counts.");
  await page.getByRole("link", { name: "Try the assignment again" }).click();
  await expect(page.getByTestId("attempts-left")).toContainText("2 attempts left of 3");
});
