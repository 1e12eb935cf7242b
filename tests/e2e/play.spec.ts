import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { currentPosition, db, demoQuiz, expect, highlightedText, ownQuiz, tabTo, test, type QuizWithQuestions } from "./fixtures";

type Q = QuizWithQuestions["questions"][number];
const citationText = (q: Q) => (q.citations as { text: string }[]).map((c) => c.text).join(" ");
const choiceCount = (q: Q) => (q.choices as string[]).length;

async function expectNoSeriousAxe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The choice list's box in page coordinates: focus may scroll the page, content must not move. */
function documentBox(page: Page) {
  return page.locator("fieldset ul").evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
}

test("plays the demo quiz through with the keyboard only, sees the evidence, and the score is stored", async ({ page }) => {
  // Ten questions and four accessibility scans: minutes on a loaded two-core machine.
  test.setTimeout(300_000);
  const quiz = await demoQuiz();
  // A first try is about ten well-spread questions: the generator's published ones and the
  // suggestions a reviewer accepted (see the README), each fact once, several kinds of question.
  expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
  expect(quiz.questions.length).toBeLessThanOrEqual(12);
  const facts = quiz.questions.map((q) => { const f = q.fact as { kind: string; text: string }; return `${f.kind}:${f.text}`; });
  expect(new Set(facts).size).toBe(facts.length);
  expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
  // In production every answer is served by the answer lane (lib/attempts/answer-lane), not by
  // Next's route: its replies carry its mark.
  const answeredBy: (string | undefined)[] = [];
  page.on("response", (r) => {
    if (new URL(r.url()).pathname === "/api/attempts/answer") answeredBy.push(r.headers()["x-answer-lane"]);
  });
  await page.goto("/");
  await expectNoSeriousAxe(page);
  await tabTo(page, page.getByRole("link", { name: "Play the demo quiz" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Quiz · ${quiz.questions.length} questions`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Start the quiz" })).toBeFocused();
  await page.keyboard.press("Enter");

  let expectedScore = 0;
  for (let i = 0; i < quiz.questions.length; i++) {
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-label", `Question ${i + 1} of ${quiz.questions.length}`);
    const q = quiz.questions[await currentPosition(page)];
    await expect(page.getByTestId("prompt")).toHaveText(q.prompt);
    // Every second answer wrong on purpose, picked with a number key or the arrow keys.
    const wantRight = i % 2 === 0;
    const choice = wantRight ? q.answerIndex : (q.answerIndex + 1) % choiceCount(q);
    // Keys and arrows each used for a right and a wrong answer over four questions.
    if (i % 4 === 0 || i % 4 === 3) await page.keyboard.press(String(choice + 1));
    else for (let k = 0; k <= choice; k++) await page.keyboard.press("ArrowDown");
    await expect(page.locator(`#choice-${q.id}-${choice}`)).toBeChecked();
    const choicesBox = await documentBox(page);
    await page.keyboard.press("Enter");

    const feedback = page.getByTestId("feedback");
    await expect(feedback).toHaveAttribute("data-correct", String(wantRight));
    await expect(feedback).toContainText(q.explanation);
    if (wantRight) expectedScore++;
    // The highlighted text in the article is exactly the cited sentence, scrolled into view.
    expect(await highlightedText(page)).toBe(citationText(q));
    await expect(page.getByTestId("article-body").locator("mark").first()).toBeInViewport();
    // No layout shift: the choices did not move when the feedback appeared.
    expect(await documentBox(page)).toEqual(choicesBox);
    if (i === 0) await expectNoSeriousAxe(page);
    await page.keyboard.press("Enter");
  }

  await expect(page).toHaveURL(/\/results\//);
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeFocused();
  await expect(page.getByTestId("score")).toHaveText(`${expectedScore} / ${quiz.questions.length}`);
  await expectNoSeriousAxe(page);
  await page.reload();
  await expect(page.getByTestId("score")).toHaveText(`${expectedScore} / ${quiz.questions.length}`);
  const attemptId = page.url().split("/results/")[1];
  const stored = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { _count: { select: { answers: true } } } });
  expect(stored).toMatchObject({ score: expectedScore, total: quiz.questions.length, _count: { answers: quiz.questions.length } });
  expect(stored.finishedAt).not.toBeNull();
  expect(answeredBy).toEqual(quiz.questions.map(() => "1"));
});

test("a reload mid-quiz shows the last answer's feedback, then goes on; a reload after the last answer opens the result", async ({ page }) => {
  const quiz = await ownQuiz();
  await page.goto(`/play/${quiz.id}`);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  for (let i = 0; i < 2; i++) {
    await page.locator("label[for^=choice-]").first().click();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: "Next question" }).click();
  }
  await expect(page.getByTestId("prompt")).toHaveText(quiz.questions[2].prompt);
  await page.locator("label[for^=choice-]").first().click();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("feedback")).toBeVisible();
  // Reloaded before pressing Next: the explanation of the answer just given is still there.
  await page.reload();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-label", `Question 3 of ${quiz.questions.length}`);
  await expect(page.getByTestId("prompt")).toHaveText(quiz.questions[2].prompt);
  await expect(page.getByTestId("feedback")).toContainText(quiz.questions[2].explanation);
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByTestId("prompt")).toHaveText(quiz.questions[3].prompt);
  // A closed tab too: a new page of the same browser (same guest cookie) resumes.
  const other = await page.context().newPage();
  await other.goto(`/play/${quiz.id}`);
  await expect(other.getByTestId("prompt")).toHaveText(quiz.questions[2].prompt);
  await other.close();
  // The last answer, then a reload: the finished attempt opens its result, not the start page.
  await page.locator("label[for^=choice-]").first().click();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("button", { name: "See your score" })).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/\/results\//);
  await expect(page.getByTestId("score")).toBeVisible();
});

test("a double submit counts once", async ({ page }) => {
  const quiz = await ownQuiz();
  await page.goto(`/play/${quiz.id}`);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await page.locator("label[for^=choice-]").first().click();
  await page.getByRole("button", { name: "Check answer" }).dblclick();
  await expect(page.getByTestId("feedback")).toBeVisible();
  const attempts = await db.attempt.findMany({ where: { quizSetId: quiz.id }, include: { answers: true } });
  expect(attempts).toHaveLength(1);
  expect(attempts[0].answers).toHaveLength(1);
});

for (const evidence of [false, true]) {
test(`the answer key never reaches the browser before the question is answered${evidence ? " (show the evidence: answer chosen, no sentence yet)" : ""}`, async ({ page }) => {
  const quiz = await ownQuiz("wikinews-2010-10-09-scientology-defector-arrested");
  const bodies: string[] = [];
  page.on("response", async (res) => {
    const type = res.headers()["content-type"] ?? "";
    if (/html|text\/x-component|json/.test(type)) bodies.push(await res.text().catch(() => ""));
  });
  await page.goto(`/play/${quiz.id}`);
  if (evidence) await page.getByLabel("Show the evidence").check();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByTestId("prompt")).toHaveText(quiz.questions[0].prompt);
  if (evidence) {
    // Committing the answer alone sends nothing: the key waits for the evidence as well.
    await page.keyboard.press("1");
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Now pick the sentence" })).toBeVisible();
    await expect(page.getByTestId("evidence-picker").getByRole("radio").first()).toBeFocused();
  }
  // What a curious student could fetch too: the page's HTML and its React (RSC) payload.
  const url = `/play/${quiz.id}`;
  bodies.push(await (await page.request.get(url)).text());
  bodies.push(await (await page.request.get(url, { headers: { RSC: "1" } })).text());
  const everything = bodies.join("\n");
  expect(everything).toContain(quiz.questions[0].prompt);
  for (const q of quiz.questions) expect(everything).not.toContain(q.explanation);
  for (const key of ["answerIndex", "explanation", "citations"]) expect(everything).not.toContain(`"${key}"`);
  await expect(page.locator("mark")).toHaveCount(0);
  await expect(page.getByTestId("feedback")).toHaveCount(0);
});
}
