import AxeBuilder from "@axe-core/playwright";
import { createQuizSet } from "../../prisma/factories";
import { db, expect, test } from "./fixtures";
import { createTeacher, signIn } from "./history-fixtures";

// Editing a draft question (phone and desktop): the explanation sits beside the prompt, the
// cited sentence is re-picked among the article's sentences, and a published set is edited by
// duplicating it as a new draft.
test("editing shows prompt and explanation together and re-picks the cited sentence", async ({ page }, info) => {
  const teacher = await createTeacher("Ms Edits");
  const set = await createQuizSet(db, { ownerId: teacher.id, status: "draft", maxQuestions: 3 });
  await db.question.updateMany({ where: { quizSetId: set.id }, data: { status: "published", reason: null } });
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/quiz-sets/${set.id}`);
  const card = page.getByTestId("question").first();
  await card.getByRole("button", { name: "Edit" }).click();

  const prompt = card.getByLabel("Prompt");
  const explanation = card.getByLabel("Explanation");
  const choices = card.getByRole("group", { name: "Choices (select the correct one)" });
  const [p, x, c] = await Promise.all([prompt.boundingBox(), explanation.boundingBox(), choices.boundingBox()]);
  // The explanation comes before the choices, right beside (desktop) or under (phone) the prompt.
  expect(x!.y).toBeLessThan(c!.y);
  if (info.project.name === "desktop") expect(Math.abs(x!.y - p!.y)).toBeLessThan(2);
  else expect(x!.y).toBeGreaterThan(p!.y);

  await card.getByText("Change the cited sentence").click();
  const boxes = card.getByRole("group", { name: "Cited sentences" }).getByRole("checkbox");
  const checked = await boxes.evaluateAll((els) => els.map((e, i) => ((e as HTMLInputElement).checked ? i : -1)).filter((i) => i >= 0));
  expect(checked.length).toBeGreaterThan(0);
  for (const i of checked) await boxes.nth(i).uncheck();
  await card.getByRole("button", { name: "Save question" }).click();
  await expect(card.getByText("Pick the sentence (or sentences) in the article that hold the answer.")).toBeVisible();
  await expect(prompt).toHaveValue(set.questions[0].prompt);

  // A sentence no question cites yet, so its mark in the article is question 1's alone.
  const texts = (await boxes.evaluateAll((els) => els.map((e) => e.parentElement!.textContent!.trim())));
  const cited = set.questions.flatMap((q) => (q.citations as { text: string }[]).map((c) => c.text.trim()));
  const pick = texts.findIndex((t, i) => !checked.includes(i) && t.length > 40 && !cited.some((c) => c.includes(t) || t.includes(c)));
  expect(pick).toBeGreaterThanOrEqual(0);
  const sentence = texts[pick];
  await boxes.nth(pick).check();
  await explanation.fill("The picked sentence says so.");
  const axe = await new AxeBuilder({ page }).include("main").analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await card.getByRole("button", { name: "Save question" }).click();
  await expect(card.getByText("Question saved.")).toBeVisible();
  await expect(card).toContainText(sentence);
  await expect(card).toContainText("The picked sentence says so.");
  const row = await db.question.findUniqueOrThrow({ where: { id: set.questions[0].id } });
  const cites = row.citations as { start: number; end: number; text: string }[];
  expect(cites.map((c) => c.text)).toEqual([sentence]);
  for (const cite of cites) expect(set.article.body.slice(cite.start, cite.end)).toBe(cite.text);
  // The article beside marks the new sentence for question 1.
  await expect(page.locator("mark#cite-q1")).toContainText(sentence.slice(0, 30));
});

test("a published set is edited through Duplicate as a new draft", async ({ page }) => {
  const teacher = await createTeacher("Mr Copies");
  const set = await createQuizSet(db, { ownerId: teacher.id, maxQuestions: 2 });
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/quiz-sets/${set.id}`);
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
  await page.getByRole("button", { name: "Duplicate as a new draft" }).click();
  await expect(page.getByText("Draft — preview and edit")).toBeVisible();
  expect(page.url()).not.toContain(set.id);
  await expect(page.getByTestId("question")).toHaveCount(set.questions.length);
  await expect(page.getByRole("button", { name: "Edit" }).first()).toBeVisible();
});
