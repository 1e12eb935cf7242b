import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, hydrated, newPage, test } from "./fixtures";
import { readArticle } from "../../prisma/factories";

// The teacher's whole path through the real UI (sign-up included, which is the point here):
// article → reviewed quiz → class → assignment → a student plays → results and CSV.
const stamp = Date.now().toString(36);
const article = readArticle("seed-peskov-2025-02-10");

async function signUp(page: Page, who: { name: string; email: string; role: "teacher" | "student" }) {
  await hydrated(page); // reached by a link that may have been a full page load
  await page.getByLabel("Name").fill(who.name);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill("classroom-pass-1");
  await page.getByRole("radio", { name: who.role === "teacher" ? "Teacher" : "Student" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Plays `count` questions, choosing a different choice each time; returns what was played. */
async function playThrough(page: Page, count: number) {
  const played: { prompt: string; chosen: string; correct: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    const prompt = page.getByTestId("prompt");
    if (i > 0) await expect(prompt).not.toHaveText(played[i - 1].prompt);
    const text = (await prompt.innerText()).trim();
    const choices = page.locator("label[for^=choice-]");
    const pick = choices.nth(i % (await choices.count()));
    const chosen = (await pick.locator("span.flex-1").innerText()).trim();
    await pick.click();
    await page.getByRole("button", { name: "Check answer" }).click();
    const feedback = page.getByTestId("feedback");
    await expect(feedback).toBeVisible();
    played.push({ prompt: text, chosen, correct: (await feedback.getAttribute("data-correct")) === "true" });
    await feedback.getByRole("button", { name: i === count - 1 ? "See your score" : "Next question" }).click();
  }
  return played;
}

/** No serious or critical accessibility violations on the page as it stands. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

function parseCsv(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  return text
    .slice(1)
    .trimEnd()
    .split("\r\n")
    .map((line) => line.slice(1, -1).split('","').map((c) => c.replace(/""/g, '"')));
}

test("a teacher publishes a reviewed quiz, assigns it, and reads a student's results", async ({ browser }) => {
  test.setTimeout(300_000);
  const teacher = await newPage(browser);
  await teacher.goto("/signup?role=teacher");
  await signUp(teacher, { name: "Ms Teacher", email: `teacher-${stamp}@school.test`, role: "teacher" });
  await expect(teacher).toHaveURL(/\/teacher$/);
  await hydrated(teacher); // signing up ends in a full page load

  // Paste a dev-corpus article.
  await teacher.getByRole("link", { name: "Add an article" }).first().click();
  await teacher.getByLabel("Title").fill(article.title ?? "Kremlin spokesman");
  await teacher.getByLabel("Source").fill(article.source ?? "The Statesman");
  await teacher.getByLabel("Publication date").fill(article.date!);
  await teacher.getByLabel("Article text").fill(article.body);
  await teacher.getByRole("button", { name: "Save and generate quiz" }).click();
  await expect(teacher).toHaveURL(/\/teacher\/quiz-sets\/\w+/);
  await expect(teacher.getByText("Draft — preview and edit")).toBeVisible();

  // The preview marks each question's cited sentence in the article.
  const cards = teacher.locator("article[aria-labelledby^=q]");
  const firstCitation = (await cards.first().locator("p", { hasText: "Cited sentence" }).innerText()).match(/“(.*)”$/s)![1];
  await expect(teacher.locator("mark#cite-q1")).toContainText(firstCitation.split(" … ")[0]);

  // What the generator was unsure of waits for the teacher as "Check this one", with the reason.
  const questions = teacher.getByTestId("question");
  const suggestions = teacher.getByTestId("suggestion");
  const published = await questions.count();
  const suggested = await suggestions.count();
  expect(suggested).toBeGreaterThan(1);
  await expect(suggestions.first()).toContainText("Why it needs your check:");
  await expectAccessible(teacher);
  const acceptedPrompt = (await suggestions.first().getByTestId("question-prompt").innerText()).trim();
  await suggestions.first().getByRole("button", { name: "Accept" }).click();
  await expect(teacher.getByText("Accepted: this question is now part of the quiz set.")).toBeVisible();
  const dismissedPrompt = (await suggestions.first().getByTestId("question-prompt").innerText()).trim();
  await suggestions.first().getByRole("button", { name: "Dismiss" }).click();
  await expect(suggestions).toHaveCount(suggested - 2);
  await teacher.reload();
  await expect(questions).toHaveCount(published + 1);
  const count = published + 1;

  // Edit question 1's prompt.
  await questions.first().getByRole("button", { name: "Edit" }).click();
  const prompt = teacher.getByLabel("Prompt");
  const edited = `Edited: ${await prompt.inputValue()}`;
  await prompt.fill(edited);
  await teacher.getByRole("button", { name: "Save question" }).click();
  await expect(teacher.getByText("Question saved.")).toBeVisible();
  await teacher.reload();
  await expect(questions.first()).toContainText(edited);

  // Publishing says first what it freezes and what it leaves out.
  await teacher.getByRole("button", { name: "Publish quiz set" }).click();
  await expect(teacher.getByRole("group", { name: /Publishing freezes this quiz set/ })).toContainText(/suggestions? you have not accepted will be left out/);
  await teacher.getByRole("button", { name: "Publish now" }).click();
  await expect(teacher.getByTestId("share-link")).toBeVisible();
  // Published: the accepted suggestion is in, the dismissed one and the unchecked ones are not.
  await expect(teacher.getByTestId("suggestion")).toHaveCount(0);
  await expect(questions).toHaveCount(count);
  await expect(teacher.getByText(acceptedPrompt, { exact: true })).toBeVisible();
  await expect(teacher.getByText(dismissedPrompt, { exact: true })).toHaveCount(0);

  // A class, then the assignment.
  await teacher.getByRole("link", { name: "Assign to a class" }).click();
  await teacher.getByLabel("New class name").fill(`Period 3 ${stamp}`);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { name: `Period 3 ${stamp}` })).toBeVisible();
  const code = (await teacher.getByTestId("join-code").innerText()).trim();
  await teacher.getByRole("button", { name: "Assign to this class" }).click();
  await expect(teacher.getByText("Assigned.")).toBeVisible();
  await expectAccessible(teacher);
  const resultsLink = teacher.getByRole("link", { name: article.title ?? "Kremlin spokesman" });
  await expect(resultsLink).toBeVisible();

  // A student signs up from the join link, joins, and plays.
  const student = await newPage(browser);
  await student.goto(`/join/${code}`);
  await student.getByRole("link", { name: "create a student account" }).click();
  await signUp(student, { name: "Sam Student", email: `student-${stamp}@school.test`, role: "student" });
  await expect(student).toHaveURL(new RegExp(`/join/${code}$`));
  await hydrated(student);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student).toHaveURL(/\/assignments/);
  await student.getByRole("link", { name: "Start" }).click();
  await student.getByRole("button", { name: "Start the quiz" }).click();
  const played = await playThrough(student, count);
  expect(played[0].prompt).toBe(edited);
  expect(played.map((p) => p.prompt)).toContain(acceptedPrompt);
  const score = played.filter((p) => p.correct).length;
  await student.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My assignments" }).click();
  await expect(student).toHaveURL(/\/assignments$/);
  await expect(student.getByTestId("assignment-score")).toHaveText(`${score} / ${count}`);

  // The teacher reads the results and downloads the CSV.
  await teacher.reload();
  await teacher.getByRole("link", { name: article.title ?? "Kremlin spokesman" }).click();
  await expect(teacher.getByTestId("student-results").getByRole("row", { name: /Sam Student/ })).toContainText(`${score} / ${count}`);
  const perQuestion = teacher.getByTestId("question-results").locator("tbody tr");
  await expect(perQuestion).toHaveCount(count);
  await expect(perQuestion.first()).toContainText(edited);
  await expect(perQuestion.first()).toContainText(played[0].correct ? "100%" : "0%");
  await expectAccessible(teacher);

  const [download] = await Promise.all([teacher.waitForEvent("download"), teacher.getByRole("link", { name: "Download CSV" }).click()]);
  const { readFile } = await import("node:fs/promises");
  const rows = parseCsv(await readFile((await download.path())!, "utf8"));
  expect(rows[0]).toEqual(["student", "email", "attempt finished (UTC)", "question", "skill", "prompt", "answer given", "correct answer", "correct", "cited sentence", "evidence sentence", "evidence found"]);
  const samRows = rows.slice(1).filter((r) => r[0] === "Sam Student");
  expect(samRows).toHaveLength(count);
  samRows.forEach((r, i) => {
    expect(r[3]).toBe(String(i + 1));
    expect(r[5]).toBe(played[i].prompt);
    expect(r[6]).toBe(played[i].chosen);
    expect(r[8]).toBe(played[i].correct ? "yes" : "no");
    // Not an evidence assignment: the evidence columns stay empty rather than read as misses.
    expect(r.slice(10)).toEqual(["", ""]);
  });
});
