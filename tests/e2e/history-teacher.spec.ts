import AxeBuilder from "@axe-core/playwright";
import { createAttempt } from "../../prisma/factories";
import { db, expect, newPage, ownQuiz, test } from "./fixtures";
import { createClassWithAssignment, createStudent, createTeacher, daysAgo, signIn } from "./history-fixtures";

function parseCsv(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  return text.slice(1).trimEnd().split("\r\n").map((line) => line.slice(1, -1).split('","').map((c) => c.replace(/""/g, '"')));
}

test("a teacher reads the class history, one student's progress and the CSV; nobody else can", async ({ page, browser }) => {
  // Several browser contexts and an axe scan on a shared two-core machine: give it room.
  test.setTimeout(120_000);
  const teacher = await createTeacher("History Teacher");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 4);
  const ana = await createStudent("Ana Hist");
  const ben = await createStudent("=HYPERLINK(\"http://x\")");
  const cy = await createStudent("Cy Hist");
  const { klass, assignment } = await createClassWithAssignment(teacher.id, quiz.id, [ana.id, ben.id, cy.id]);
  const base = { quizSetId: quiz.id, assignmentId: assignment.id };
  await createAttempt(db, { ...base, userId: ana.id, answers: ["wrong", "wrong", "wrong", "wrong"], startedAt: daysAgo(2), finishedAt: daysAgo(2) });
  await createAttempt(db, { ...base, userId: ana.id, answers: ["right", "right", "right", "wrong"], startedAt: daysAgo(1), finishedAt: new Date(daysAgo(1).getTime() + 90_000) });
  await createAttempt(db, { ...base, userId: ben.id, answers: ["right", "wrong", "wrong", "wrong"], startedAt: daysAgo(1), finishedAt: daysAgo(1) });

  await signIn(page, teacher.email!);
  await page.goto(`/teacher/classes/${klass.id}/history`);
  const table = page.getByTestId("class-score-chart-table");
  // Ana's best is 75%, Ben's 25%: the average is 50%; Cy has not attempted.
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table.locator("tbody tr")).toContainText("2 / 3");
  await expect(table.locator("tbody tr")).toContainText("50%");
  await expect(table.locator("tbody tr td").last()).toHaveText("Cy Hist");

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.getByRole("link", { name: "Ana Hist" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana Hist");
  const progress = page.getByTestId("student-score-chart-table").locator("tbody tr");
  await expect(progress).toContainText("3 / 4 (75%)");
  await expect(progress).toContainText("1 min 30 s");

  const res = await page.request.get(`/teacher/classes/${klass.id}/history/export.csv`);
  expect(res.status()).toBe(200);
  const rows = parseCsv(await res.text());
  expect(rows).toHaveLength(1 + 3);
  const byName = Object.fromEntries(rows.slice(1).map((r) => [r[4], r]));
  expect(byName["Ana Hist"].slice(6, 11)).toEqual(["done", "2", "3", "4", "75"]);
  expect(byName["Cy Hist"][6]).toBe("not attempted");
  // The formula-like name is kept as text with a leading apostrophe.
  expect(byName["'=HYPERLINK(\"http://x\")"]).toBeDefined();

  // Another teacher and a student of the class get nothing.
  const otherPage = await newPage(browser);
  const other = await createTeacher("Other Teacher");
  await signIn(otherPage, other.email!);
  expect((await otherPage.request.get(`/teacher/classes/${klass.id}/history/export.csv`)).status()).toBe(404);
  await otherPage.goto(`/teacher/classes/${klass.id}/students/${ana.id}`);
  await expect(otherPage.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(otherPage.getByText("Ana Hist")).toHaveCount(0);
  const studentPage = await newPage(browser);
  await signIn(studentPage, ana.email!);
  // The proxy sends a student away from /teacher; the route handler refuses on its own as well.
  const asStudent = await studentPage.request.get(`/teacher/classes/${klass.id}/history/export.csv`);
  expect(asStudent.headers()["content-type"]).not.toContain("text/csv");
  expect(await asStudent.text()).not.toContain("Cy Hist");
});

test("when every student has finished, the class history says so instead of naming nobody", async ({ page }) => {
  const teacher = await createTeacher("Done Teacher");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const dee = await createStudent("Dee Done");
  const { klass, assignment } = await createClassWithAssignment(teacher.id, quiz.id, [dee.id]);
  await createAttempt(db, { quizSetId: quiz.id, assignmentId: assignment.id, userId: dee.id, answers: ["right", "wrong"], startedAt: daysAgo(1), finishedAt: daysAgo(1) });
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/classes/${klass.id}/history`);
  await expect(page.getByTestId("class-score-chart-table").locator("tbody tr td").last()).toHaveText("Nobody: all done (1 of 1)");
});
