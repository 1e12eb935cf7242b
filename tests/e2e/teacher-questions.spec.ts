import AxeBuilder from "@axe-core/playwright";
import { expect, hydrated, test } from "./fixtures";
import bcrypt from "bcryptjs";
import { connect, createQuizSet, createUser } from "../../prisma/factories";

// A teacher's own hand on a draft: writing a question with its evidence, dropping one and
// taking it back. The draft is made through the factories; the teacher signs in by the form.
const db = connect(`file:./prisma/e2e-${process.env.E2E_PORT ?? "3100"}.db`);

test.beforeEach(async ({ page }, info) => {
  const email = `q-${Math.random().toString(36).slice(2, 10)}@school.test`;
  const teacher = await createUser(db, { role: "teacher", email, name: "Mr Questions", passwordHash: await bcrypt.hash("questions-pass", 4) });
  const set = await createQuizSet(db, { ownerId: teacher.id, status: "draft", maxQuestions: 3 });
  // Generated questions the teacher keeps (none waiting as a suggestion), so each card has Drop.
  await db.question.updateMany({ where: { quizSetId: set.id }, data: { status: "published", reason: null } });
  info.annotations.push({ type: "quizSetId", description: set.id });
  await page.goto(`/signin?next=/teacher/quiz-sets/${set.id}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("questions-pass");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Draft — preview and edit")).toBeVisible();
  // Signing in ends in a full page load; a click on the draft's buttons before hydration does nothing.
  await hydrated(page);
});

const quizSetId = () => test.info().annotations.find((a) => a.type === "quizSetId")!.description!;
const cards = (page: import("@playwright/test").Page) => page.locator("article[aria-labelledby^=q]");

test("a teacher writes a question, picking its evidence in the article; errors keep what was typed", async ({ page }) => {
  const before = await cards(page).count();
  await page.getByRole("button", { name: "Add a question" }).click();
  const form = page.getByRole("form", { name: "Add a question" });
  await form.getByLabel("Prompt").fill("Who is said to have made the call?");
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(form.getByText("Pick the sentence (or sentences) in the article that hold the answer.")).toBeVisible();
  await expect(form.getByText("Give at least two choices.")).toBeVisible();
  await expect(form.getByLabel("Prompt")).toHaveValue("Who is said to have made the call?");

  const evidence = form.getByRole("checkbox").nth(1);
  const cited = (await evidence.locator("xpath=..").innerText()).trim();
  await evidence.check();
  await form.getByLabel("Choice 1", { exact: true }).fill("The spokesman");
  await form.getByLabel("Choice 2", { exact: true }).fill("A newspaper");
  await form.getByLabel("Choice 3", { exact: true }).fill("Nobody");
  await form.getByLabel("Choice 2 is correct").check();
  await form.getByLabel("Explanation").fill("The second sentence says so.");
  await expect(await new AxeBuilder({ page }).include("form").analyze().then((r) => r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id))).toEqual([]);
  await form.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Question added at the end of the list.")).toBeVisible();

  await expect(cards(page)).toHaveCount(before + 1);
  const mine = cards(page).last();
  await expect(mine).toContainText("written by you");
  await expect(mine).toContainText(cited);
  const row = await db.question.findFirstOrThrow({ where: { quizSetId: quizSetId(), prompt: "Who is said to have made the call?" }, include: { quizSet: { include: { article: true } } } });
  expect(row.choices).toEqual(["The spokesman", "A newspaper", "Nobody"]);
  expect(row.answerIndex).toBe(1);
  for (const c of row.citations as { start: number; end: number; text: string }[]) expect(row.quizSet.article.body.slice(c.start, c.end)).toBe(c.text);
});

test("Drop can be undone, and a dropped question is left out when the set is published", async ({ page }) => {
  const total = await cards(page).count();
  const firstPrompt = (await cards(page).first().getByTestId("question-prompt").innerText()).trim();
  await cards(page).first().getByRole("button", { name: "Drop" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question 1 dropped." })).toBeVisible();
  await expect(cards(page)).toHaveCount(total - 1);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(cards(page)).toHaveCount(total);
  await expect(cards(page).first().getByTestId("question-prompt")).toHaveText(firstPrompt);

  await cards(page).first().getByRole("button", { name: "Drop" }).click();
  await expect(cards(page)).toHaveCount(total - 1);
  await page.getByRole("button", { name: "Publish quiz set" }).click();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByTestId("share-link")).toBeVisible();
  const rows = await db.question.findMany({ where: { quizSetId: quizSetId() }, orderBy: { position: "asc" } });
  expect(rows.map((r) => r.prompt)).not.toContain(firstPrompt);
  expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
});
