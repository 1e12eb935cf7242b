import { createAttempt, createQuizSet } from "../../prisma/factories";
import { db, expect, hydrated, test } from "./fixtures";
import { createClassWithAssignment, createStudent, createTeacher, daysAgo, signIn } from "./history-fixtures";

// Issue 12 #1, last sentence: a question the teacher wrote is marked as theirs in the results
// (the table and each student's answers), the generator's are not.
test("a question written by the teacher is marked as theirs in the assignment results", async ({ page }) => {
  const teacher = await createTeacher("Mrs Author");
  const set = await createQuizSet(db, { ownerId: teacher.id, status: "draft", maxQuestions: 2 });
  await db.question.updateMany({ where: { quizSetId: set.id }, data: { status: "published", reason: null } });
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/quiz-sets/${set.id}`);
  await hydrated(page);
  await page.getByRole("button", { name: "Add a question" }).click();
  const form = page.getByRole("form", { name: "Add a question" });
  await form.getByLabel("Prompt").fill("Which country's president is said to want people to stop dying?");
  await form.getByRole("checkbox").nth(1).check();
  await form.getByLabel("Choice 1", { exact: true }).fill("Russia");
  await form.getByLabel("Choice 2", { exact: true }).fill("France");
  await form.getByLabel("Choice 1 is correct").check();
  await form.getByLabel("Explanation").fill("The article says so.");
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Question added at the end of the list.")).toBeVisible();
  await db.quizSet.update({ where: { id: set.id }, data: { status: "published", publishedAt: new Date() } });

  const student = await createStudent("Sol Student");
  const { assignment } = await createClassWithAssignment(teacher.id, set.id, [student.id], "Author class");
  await createAttempt(db, { quizSetId: set.id, assignmentId: assignment.id, userId: student.id, answers: ["right", "right", "wrong"], startedAt: daysAgo(1), finishedAt: daysAgo(1) });

  await page.goto(`/teacher/assignments/${assignment.id}`);
  const rows = page.getByTestId("question-results").locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText("Which country's president");
  await expect(rows.nth(2).getByTestId("teacher-mark")).toHaveText("Written by you");
  await expect(rows.nth(0).getByTestId("teacher-mark")).toHaveCount(0);
  await expect(rows.nth(1).getByTestId("teacher-mark")).toHaveCount(0);
  const answers = page.locator(`details#answers-${student.id}`);
  await answers.locator("summary").click();
  await expect(answers.getByTestId("student-answer").nth(2).getByTestId("teacher-mark")).toBeVisible();
  await expect(answers.getByTestId("student-answer").nth(2)).toContainText("Answer givenFrance (wrong)");
});
