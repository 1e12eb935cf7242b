import { createAttempt } from "../../prisma/factories";
import { db, expect, newPage, ownQuiz, test } from "./fixtures";
import { createClassWithAssignment, createStudent, createTeacher, daysAgo, signIn } from "./history-fixtures";

// Managing an assignment from the class page: new dates and attempts (an extension reopens it
// for a student with an attempt left), and a delete that asks first and takes its attempts out
// of the class's results while the student keeps them.
test("a teacher extends a past-due assignment, which reopens it for a student with an attempt left", async ({ page, browser }) => {
  const teacher = await createTeacher("Ms Extends");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const student = await createStudent("Sam Late");
  const { klass, assignment } = await createClassWithAssignment(teacher.id, quiz.id, [student.id], "Extend class");
  await db.assignment.update({ where: { id: assignment.id }, data: { opensAt: daysAgo(5), dueAt: daysAgo(1), maxAttempts: 2 } });
  await createAttempt(db, { quizSetId: quiz.id, assignmentId: assignment.id, userId: student.id, answers: ["right", "wrong"], startedAt: daysAgo(2), finishedAt: daysAgo(2) });

  const pupil = await newPage(browser);
  await signIn(pupil, student.email!);
  await pupil.goto(`/play/${quiz.id}?assignment=${assignment.id}`);
  await expect(pupil.getByTestId("attempts-left")).toContainText("past its due date");

  await signIn(page, teacher.email!);
  await page.goto(`/teacher/classes/${klass.id}`);
  const row = page.getByTestId("assignment-row");
  await expect(row.getByTestId("assignment-terms")).toContainText("(closed)");
  await row.getByRole("button", { name: /^Edit the assignment/ }).click();
  const form = page.getByRole("form", { name: /^Edit the assignment/ });
  const opens = await form.getByLabel("Opens").inputValue();
  // A due date before the opening is refused, with what was typed kept.
  await form.getByLabel("Due").fill("2020-01-01T09:00");
  await form.getByLabel("Attempts allowed").fill("3");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("The due date must come after the opening date.")).toBeVisible();
  await expect(form.getByLabel("Attempts allowed")).toHaveValue("3");
  await expect(form.getByLabel("Opens")).toHaveValue(opens);

  const nextWeek = new Date(Date.now() + 7 * 86_400_000);
  const local = new Date(nextWeek.getTime() - nextWeek.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await form.getByLabel("Due").fill(local);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved. Students with an attempt left can play until the due date.")).toBeVisible();
  await expect(row.getByTestId("assignment-terms")).not.toContainText("(closed)");
  await expect(row.getByTestId("assignment-terms")).toContainText("3 attempts");
  const saved = await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
  expect(saved.maxAttempts).toBe(3);
  expect(Math.abs(saved.dueAt.getTime() - nextWeek.getTime())).toBeLessThan(60_000);

  await pupil.goto(`/play/${quiz.id}?assignment=${assignment.id}`);
  await expect(pupil.getByTestId("attempts-left")).toContainText("2 attempts left of 3");
  await pupil.getByRole("button", { name: /Start the quiz|Play again/ }).click();
  await expect(pupil.getByTestId("prompt")).toBeVisible();
});

test("deleting an assignment asks first and keeps its attempts out of the class results", async ({ page }) => {
  const teacher = await createTeacher("Mr Deletes");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const student = await createStudent("Dee Leted");
  const { klass, assignment } = await createClassWithAssignment(teacher.id, quiz.id, [student.id], "Delete class");
  const attempt = await createAttempt(db, { quizSetId: quiz.id, assignmentId: assignment.id, userId: student.id, answers: ["right", "right"], startedAt: daysAgo(1), finishedAt: daysAgo(1) });

  await signIn(page, teacher.email!);
  await page.goto(`/teacher/classes/${klass.id}/history`);
  await expect(page.getByRole("main")).toContainText(quiz.title);
  await page.goto(`/teacher/classes/${klass.id}`);
  const row = page.getByTestId("assignment-row");
  await row.getByRole("button", { name: /^Delete the assignment/ }).click();
  const confirm = page.getByRole("group", { name: /^Delete the assignment/ });
  await expect(confirm).toContainText("It has 1 attempt; it stays in each student’s own history as practice.");
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await expect(row).toHaveCount(1);
  expect(await db.assignment.count({ where: { id: assignment.id } })).toBe(1);

  await row.getByRole("button", { name: /^Delete the assignment/ }).click();
  await page.getByRole("button", { name: "Delete assignment" }).click();
  await expect(page.getByTestId("assignment-row")).toHaveCount(0);
  expect(await db.assignment.count({ where: { id: assignment.id } })).toBe(0);
  expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).assignmentId).toBeNull();
  await page.goto(`/teacher/classes/${klass.id}/history`);
  await expect(page.getByRole("main")).not.toContainText(quiz.title);
  expect((await page.goto(`/teacher/assignments/${assignment.id}`))?.status()).toBe(404);
});
