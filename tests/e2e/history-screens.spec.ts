import type { Page, TestInfo } from "@playwright/test";
import { createAttempt } from "../../prisma/factories";
import { db, expect, newPage, ownQuiz, test } from "./fixtures";
import { createClassWithAssignment, createStudent, createTeacher, daysAgo, makeReviewItem, signIn } from "./history-fixtures";

// Screenshots of the history, review and class history pages on the project's viewport (the
// name matches the phone project too), saved under tests/screenshots/ to look at. The phone
// layout must never scroll sideways: charts and tables have to fit or scroll inside themselves.
async function shoot(page: Page, info: TestInfo, name: string) {
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `tests/screenshots/${info.project.name}-${name}.png`, fullPage: true });
}

test("screens of history, review and class history", async ({ page, browser }, info) => {
  test.setTimeout(150_000);
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 6);
  const student = await createStudent("Screen Student");
  const teacher = await createTeacher("Screen Teacher");
  const { klass, assignment } = await createClassWithAssignment(teacher.id, quiz.id, [student.id], "Year 9 Media");
  const plan = [
    { days: 9, answers: ["right", "wrong", "wrong", "right", "wrong", "wrong"] as const, assignmentId: undefined },
    { days: 5, answers: ["right", "right", "wrong", "right", "wrong", "right"] as const, assignmentId: assignment.id },
    { days: 1, answers: ["right", "right", "right", "right", "wrong", "right"] as const, assignmentId: undefined },
  ];
  for (const p of plan) {
    await createAttempt(db, { userId: student.id, quizSetId: quiz.id, assignmentId: p.assignmentId, answers: [...p.answers], startedAt: daysAgo(p.days), finishedAt: new Date(daysAgo(p.days).getTime() + 200_000) });
  }
  await makeReviewItem(student.id, quiz.questions[4].id, 2);

  await signIn(page, student.email!);
  await page.goto("/history");
  await expect(page.getByTestId(info.project.name === "phone" ? "attempts-list" : "attempts-table")).toContainText("5 / 6");
  await shoot(page, info, "history");
  await page.emulateMedia({ colorScheme: "dark" });
  await shoot(page, info, "history-dark");
  await page.emulateMedia({ colorScheme: "light" });

  await page.goto("/review");
  await expect(page.getByTestId("prompt")).toBeVisible();
  await shoot(page, info, "review-question");
  await page.locator("label[for^=choice-]").first().click();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("feedback")).toBeVisible();
  await page.waitForTimeout(400); // the article's smooth scroll to the mark
  await shoot(page, info, "review-feedback");

  const teacherPage = await newPage(browser, { viewport: page.viewportSize()!, isMobile: info.project.name === "phone" });
  await signIn(teacherPage, teacher.email!);
  await teacherPage.goto(`/teacher/classes/${klass.id}/history`);
  await expect(teacherPage.getByTestId("class-score-chart-table")).toBeVisible();
  await shoot(teacherPage, info, "class-history");
  await teacherPage.goto(`/teacher/classes/${klass.id}/students/${student.id}`);
  await expect(teacherPage.getByTestId("student-score-chart-table")).toBeVisible();
  await shoot(teacherPage, info, "student-progress");
});
