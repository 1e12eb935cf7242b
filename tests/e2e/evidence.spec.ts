import type { Page } from "@playwright/test";
import { db, expect, hydrated, ownQuiz, test, type QuizWithQuestions } from "./fixtures";
import { createClassWithAssignment, createStudent, createTeacher, signIn } from "./history-fixtures";
import { pick } from "./evidence-fixtures";

// Show the evidence (issue 10 #2): after choosing an answer the student picks the supporting
// sentence in the article, by keyboard; it is scored apart, and the key comes back only once
// both are sent. As practice (anyone) and as an assignment option the teacher sets.

type Question = QuizWithQuestions["questions"][number];
const citedText = (q: Question) => (q.citations as { text: string }[])[0].text.trim();
const picker = (page: Page) => page.getByTestId("evidence-picker");

/** The sentence option holding a question's citation, and its number in the article. */
async function citedOption(page: Page, q: Question) {
  const label = picker(page).locator("label", { hasText: citedText(q) }).first();
  return { label, index: Number(await label.getAttribute("data-sentence")) };
}

/** Everything the browser received, to look for keys in. */
function recordBodies(page: Page) {
  const bodies: string[] = [];
  page.on("response", async (res) => {
    const type = res.headers()["content-type"] ?? "";
    if (/html|text\/x-component|json/.test(type)) bodies.push(await res.text().catch(() => ""));
  });
  return bodies;
}

test("practice with the evidence: keyboard pick, scored apart, no key before both are sent", async ({ page }) => {
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const [q1, q2] = quiz.questions;
  const bodies = recordBodies(page);
  await page.goto(`/play/${quiz.id}`);
  await page.getByLabel("Show the evidence").check();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByTestId("prompt")).toHaveText(q1.prompt);
  await expect(picker(page)).toBeVisible();

  // The answer alone is not enough: Check says what is missing and sends nothing.
  await page.keyboard.press(String(q1.answerIndex + 1));
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Now pick the sentence in the article that supports your answer." })).toBeVisible();
  await expect(page.getByTestId("feedback")).toHaveCount(0);
  // Focus went to the article's first sentence; arrows walk the sentences like any radio group.
  const first = picker(page).getByRole("radio").first();
  await expect(first).toBeFocused();
  const { label, index } = await citedOption(page, q1);
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
  await expect(label.getByRole("radio")).toBeChecked();
  await expect(label.getByRole("radio")).toBeFocused();
  // Chosen and picked, not yet sent: still no key anywhere the browser has been.
  const before = bodies.join("\n");
  for (const q of quiz.questions) expect(before).not.toContain(q.explanation);
  for (const key of ["answerIndex", "explanation", "citations"]) expect(before).not.toContain(`"${key}"`);
  await page.keyboard.press("Enter");

  await expect(page.getByTestId("feedback")).toHaveAttribute("data-correct", "true");
  await expect(page.getByTestId("evidence-verdict")).toHaveAttribute("data-found", "true");
  await expect(page.getByTestId("evidence-verdict")).toContainText("Evidence found.");
  const attempt = await db.attempt.findFirstOrThrow({ where: { quizSetId: quiz.id }, include: { answers: true } });
  expect(attempt.showEvidence).toBe(true);
  expect(attempt.answers[0]).toMatchObject({ questionId: q1.id, correct: true, evidenceSentence: index, evidenceFound: true });

  // Second question: right answer, wrong sentence (one the question does not cite).
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByTestId("prompt")).toHaveText(q2.prompt);
  await page.keyboard.press(String(q2.answerIndex + 1));
  const cited2 = (await citedOption(page, q2)).index;
  const other = picker(page).locator(`label[data-sentence="${cited2 === 0 ? 1 : 0}"]`);
  const otherText = (await other.innerText()).trim();
  await pick(other);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("feedback")).toHaveAttribute("data-correct", "true");
  await expect(page.getByTestId("evidence-verdict")).toHaveAttribute("data-found", "false");
  await expect(page.getByTestId("evidence-verdict")).toContainText(`Evidence not found. The answer rests on the highlighted sentence; you picked:${otherText}`);
  // The key is marked in the article after the answer, as without evidence.
  await expect(page.getByTestId("article-body").locator("mark").first()).toContainText(citedText(q2).slice(0, 20));

  await page.getByRole("button", { name: "See your score" }).click();
  await expect(page.getByTestId("score")).toHaveText("2 / 2");
  await expect(page.getByTestId("evidence-score")).toHaveText("1 / 2");
});

test("a reload keeps evidence mode and its verdict; practice without the option asks for no sentence", async ({ page }) => {
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  await page.goto(`/play/${quiz.id}`);
  await page.getByLabel("Show the evidence").check();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByTestId("prompt")).toBeVisible();
  await page.keyboard.press("1");
  await pick((await citedOption(page, quiz.questions[0])).label);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("evidence-verdict")).toBeVisible();
  await page.reload();
  await hydrated(page);
  await expect(page.getByTestId("evidence-verdict")).toHaveAttribute("data-found", "true");
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(picker(page)).toBeVisible();

  const plain = await ownQuiz("seed-peskov-2025-02-10", 2);
  await page.goto(`/play/${plain.id}`);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByTestId("prompt")).toBeVisible();
  await page.keyboard.press("1");
  await expect(picker(page)).toHaveCount(0);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("feedback")).toBeVisible();
  await expect(page.getByTestId("evidence-verdict")).toHaveCount(0);
});

test("a teacher assigns with Show the evidence; results and CSV show evidence found beside the score", async ({ page, browser }) => {
  const teacher = await createTeacher("Ms Evidence");
  const student = await createStudent("Eve Evidence");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  await db.quizSet.update({ where: { id: quiz.id }, data: { ownerId: teacher.id } });
  const { klass, assignment: other } = await createClassWithAssignment(teacher.id, quiz.id, [student.id], "Evidence class");
  await db.assignment.delete({ where: { id: other.id } });

  await signIn(page, teacher.email!);
  await page.goto(`/teacher/classes/${klass.id}`);
  await page.getByLabel("Quiz set").selectOption(quiz.id);
  await page.getByLabel("Show the evidence").check();
  await page.getByRole("button", { name: "Assign to this class" }).click();
  await expect(page.getByText("Assigned.")).toBeVisible();
  const assignment = await db.assignment.findFirstOrThrow({ where: { classId: klass.id } });
  expect(assignment.showEvidence).toBe(true);

  const pupil = await (await browser.newContext()).newPage();
  await signIn(pupil, student.email!);
  await pupil.goto(`/play/${quiz.id}?assignment=${assignment.id}`);
  await hydrated(pupil);
  // The teacher decided: no practice checkbox, and the picker is there.
  await expect(pupil.getByLabel("Show the evidence")).toHaveCount(0);
  await expect(pupil.getByTestId("evidence-asked")).toContainText("Your teacher asks for the evidence");
  await pupil.getByRole("button", { name: "Start the quiz" }).click();
  for (const [i, q] of quiz.questions.entries()) {
    await expect(pupil.getByTestId("prompt")).toHaveText(q.prompt);
    await pupil.keyboard.press(String(q.answerIndex + 1));
    await pick((await citedOption(pupil, q)).label);
    await pupil.getByRole("button", { name: "Check answer" }).click();
    await expect(pupil.getByTestId("evidence-verdict")).toHaveAttribute("data-found", "true");
    await pupil.getByRole("button", { name: i === quiz.questions.length - 1 ? "See your score" : "Next question" }).click();
  }
  await expect(pupil.getByTestId("evidence-score")).toHaveText("2 / 2");
  await pupil.goto("/history");
  await expect(pupil.getByTestId("attempts-table")).toContainText("evidence found 2 / 2");
  await pupil.context().close();

  await page.goto(`/teacher/assignments/${assignment.id}`);
  const students = page.getByTestId("student-results");
  await expect(students.getByRole("columnheader", { name: "Evidence found" })).toBeVisible();
  await expect(students.getByRole("row", { name: /Eve Evidence/ })).toContainText("2 / 2");
  await expect(page.getByTestId("question-results").getByRole("columnheader", { name: "Evidence found" })).toBeVisible();
  const answers = page.locator(`details#answers-${student.id}`);
  await expect(answers.locator("summary")).toContainText("evidence found 2 / 2");
  await answers.locator("summary").click();
  await expect(answers.getByTestId("student-answer").first()).toContainText(`Evidence picked${citedText(quiz.questions[0]).slice(0, 30)}`);
  await expect(answers.getByTestId("student-answer").first()).toContainText("(found)");
  const csv = await (await page.request.get(`/teacher/assignments/${assignment.id}/results.csv`)).text();
  const [header, ...rows] = csv.slice(1).trimEnd().split("\r\n");
  expect(header).toContain('"evidence sentence","evidence found"');
  expect(rows).toHaveLength(2);
  for (const [i, row] of rows.entries()) {
    expect(row.endsWith('"yes"')).toBe(true);
    expect(row).toContain(citedText(quiz.questions[i]).slice(0, 30).replace(/"/g, '""'));
  }
});
