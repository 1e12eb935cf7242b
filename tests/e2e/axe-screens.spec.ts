import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createAttempt, createQuizSet } from "../../prisma/factories";
import { db, expect, hydrated, ownQuiz, test } from "./fixtures";
import { createClassWithAssignment, createStudent, createTeacher, daysAgo, makeReviewItem, signIn } from "./history-fixtures";

// The axe sweep: every page a guest, a student and a teacher reach (auth pages included), at the
// project's size (phone and desktop) in both colour schemes, must come out with no violation
// at all. Violations are gathered per page so one run names every page that fails.
type Found = Record<string, string[]>;

async function check(page: Page, name: string, found: Found) {
  await page.evaluate(() => document.fonts.ready);
  // Next.js streams a page's metadata after its body, so right after a client-side step ("Start
  // the quiz") the title can be a moment behind the content; axe judges the settled page. A page
  // that never gets a title still fails here, on the wait's timeout.
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 15_000 });
  const { violations } = await new AxeBuilder({ page }).analyze();
  if (violations.length) found[name] = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

async function world() {
  const teacher = await createTeacher("Axe Teacher");
  const student = await createStudent("Axe Student");
  const published = await createQuizSet(db, { ownerId: teacher.id, maxQuestions: 3 });
  const draft = await createQuizSet(db, { ownerId: teacher.id, status: "draft", maxQuestions: 3 });
  const { klass, assignment } = await createClassWithAssignment(teacher.id, published.id, [student.id], "Axe class");
  const attempt = await createAttempt(db, { userId: student.id, quizSetId: published.id, assignmentId: assignment.id, answers: ["right", "wrong", "wrong"], startedAt: daysAgo(1), finishedAt: daysAgo(1) });
  await makeReviewItem(student.id, published.questions[1].id, 1);
  await makeReviewItem(student.id, published.questions[2].id, -24);
  const guestQuiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  return { teacher, student, published, draft, klass, assignment, attempt, guestQuiz };
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds nothing on any page (${scheme})`, async ({ page }) => {
    test.setTimeout(480_000);
    await page.emulateMedia({ colorScheme: scheme });
    const w = await world();
    const found: Found = {};
    const visit = async (path: string, name = path) => {
      await page.goto(path);
      await check(page, name, found);
    };

    // Anyone, without an account.
    for (const path of ["/", "/quizzes", `/articles/${w.guestQuiz.articleId}`, "/signin", "/signup", "/join", `/join/${w.klass.joinCode}`, "/history", "/review", "/no-such-page"]) await visit(path);
    await visit(`/play/${w.guestQuiz.id}`, "play start");
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await expect(page.getByTestId("prompt")).toBeVisible();
    await check(page, "play question", found);
    for (let i = 0; i < w.guestQuiz.questions.length; i++) {
      await page.locator("label[for^=choice-]").first().click();
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByTestId("feedback")).toBeVisible();
      if (i === 0) await check(page, "play feedback", found);
      await page.getByTestId("feedback").getByRole("button", { name: /^(Next question|See your score)$/ }).click();
    }
    await expect(page.getByTestId("score")).toBeVisible();
    await hydrated(page);
    await check(page, "guest result", found);

    // A student.
    await page.context().clearCookies();
    await signIn(page, w.student.email!);
    for (const path of ["/assignments", "/history", `/results/${w.attempt.id}`, `/play/${w.published.id}?assignment=${w.assignment.id}`]) await visit(path);
    await visit("/review", "review (due)");
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("feedback")).toBeVisible();
    await check(page, "review feedback", found);
    await visit("/review", "review (nothing due)");
    await visit("/review?practice=1", "review practice");

    // A teacher.
    await page.context().clearCookies();
    await signIn(page, w.teacher.email!);
    for (const path of [
      "/teacher",
      "/teacher/articles/new",
      `/teacher/articles/${w.draft.articleId}/edit`,
      `/teacher/articles/${w.published.articleId}/edit`,
      `/teacher/quiz-sets/${w.draft.id}`,
      `/teacher/quiz-sets/${w.published.id}`,
      "/teacher/classes",
      `/teacher/classes/${w.klass.id}`,
      `/teacher/classes/${w.klass.id}/history`,
      `/teacher/classes/${w.klass.id}/students/${w.student.id}`,
      `/teacher/assignments/${w.assignment.id}`,
    ]) await visit(path);
    expect(found).toEqual({});
  });
}
