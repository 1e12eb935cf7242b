import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createQuizSet, createUser } from "@/prisma/factories";
import { addQuestion, deleteQuestion, publishQuizSet, undoDeleteQuestion, updateQuestion } from "./mutations";
import { newQuestionSchema } from "./schema";
import { articleSentences } from "./sentences";

/** A draft whose first question is a generator suggestion and the rest are publishable. */
async function draftWithSuggestion() {
  const teacher = await createUser(db, { role: "teacher" });
  const set = await createQuizSet(db, { ownerId: teacher.id, status: "draft", maxQuestions: 4 });
  const [first, ...rest] = set.questions;
  await db.question.update({ where: { id: first.id }, data: { status: "suggested", reason: "The rule behind this answer was right in 9 of 10 cases." } });
  await db.question.updateMany({ where: { id: { in: rest.map((q) => q.id) } }, data: { status: "published", reason: null } });
  return { teacher, set, suggestion: first, rest };
}

const editOf = (quizSetId: string, q: { id: string; prompt: string; choices: unknown; answerIndex: number; explanation: string }) => ({
  quizSetId, questionId: q.id, prompt: q.prompt, choices: q.choices as string[], answerIndex: q.answerIndex, explanation: q.explanation,
});

describe("generator suggestions in a draft", () => {
  it("are left out when the set is published unless the teacher accepted them", async () => {
    const { teacher, set, suggestion, rest } = await draftWithSuggestion();
    await publishQuizSet(teacher.id, set.id);
    const kept = await db.question.findMany({ where: { quizSetId: set.id }, orderBy: { position: "asc" } });
    expect(kept.map((q) => q.id)).toEqual(rest.map((q) => q.id));
    expect(kept.map((q) => q.position)).toEqual(rest.map((_, i) => i));
    expect(kept.some((q) => q.id === suggestion.id)).toBe(false);
  });

  it("become questions of the set when accepted, with the teacher's edits", async () => {
    const { teacher, set, suggestion } = await draftWithSuggestion();
    await updateQuestion(teacher.id, { ...editOf(set.id, suggestion), prompt: "Checked: who said it?" }, { accept: true });
    await publishQuizSet(teacher.id, set.id);
    const row = await db.question.findUniqueOrThrow({ where: { id: suggestion.id } });
    expect(row).toMatchObject({ status: "published", reason: null, prompt: "Checked: who said it?" });
  });

  it("a plain edit keeps a suggestion a suggestion", async () => {
    const { teacher, set, suggestion } = await draftWithSuggestion();
    await updateQuestion(teacher.id, { ...editOf(set.id, suggestion), prompt: "Edited only" });
    expect(await db.question.findUniqueOrThrow({ where: { id: suggestion.id } })).toMatchObject({ status: "suggested", prompt: "Edited only" });
  });

  it("publishing a draft of suggestions only is refused with a message, and nothing is dropped", async () => {
    const { teacher, set } = await draftWithSuggestion();
    await db.question.updateMany({ where: { quizSetId: set.id }, data: { status: "suggested" } });
    await expect(publishQuizSet(teacher.id, set.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.question.count({ where: { quizSetId: set.id } })).toBe(set.questions.length);
  });
});

describe("a teacher's own question", () => {
  const input = (quizSetId: string, sentenceIds: number[]) =>
    newQuestionSchema.parse({ quizSetId, type: "who_said", prompt: "Who spoke first?", choices: ["A", "", "B", "C"], answerIndex: 2, explanation: "It says so.", sentenceIds });

  it("cites the picked sentences exactly and keeps the right answer's index once empty boxes go", async () => {
    const { teacher, set } = await draftWithSuggestion();
    const { id } = await addQuestion(teacher.id, input(set.id, [2, 0]));
    const row = await db.question.findUniqueOrThrow({ where: { id } });
    const cites = row.citations as { start: number; end: number; text: string }[];
    expect(cites).toHaveLength(2);
    expect(cites[0].start).toBeLessThan(cites[1].start);
    for (const c of cites) expect(set.article.body.slice(c.start, c.end)).toBe(c.text);
    expect(row).toMatchObject({ choices: ["A", "B", "C"], answerIndex: 1, status: "published", position: set.questions.length });
  });

  it("refuses a sentence the article does not have, saying which field", async () => {
    const { teacher, set } = await draftWithSuggestion();
    await expect(addQuestion(teacher.id, input(set.id, [100_000]))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { sentenceIds: ["Pick sentences from this article."] } });
  });

  it("needs evidence and exactly one filled-in right answer", () => {
    const bad = newQuestionSchema.safeParse({ quizSetId: "x", type: "date", prompt: "When?", choices: ["2020", ""], answerIndex: 1, explanation: "e", sentenceIds: [] });
    expect(bad.success).toBe(false);
    const fields = Object.keys(bad.error!.flatten().fieldErrors);
    expect(fields).toEqual(expect.arrayContaining(["sentenceIds", "choices", "answerIndex"]));
  });
});

describe("dropping a question", () => {
  it("can be undone, and what was dropped is left out at publishing", async () => {
    const { teacher, set, rest } = await draftWithSuggestion();
    await deleteQuestion(teacher.id, set.id, rest[0].id);
    await undoDeleteQuestion(teacher.id, set.id, rest[0].id);
    expect(await db.question.findUniqueOrThrow({ where: { id: rest[0].id } })).toMatchObject({ status: "published" });
    await deleteQuestion(teacher.id, set.id, rest[1].id);
    await publishQuizSet(teacher.id, set.id);
    const ids = (await db.question.findMany({ where: { quizSetId: set.id } })).map((q) => q.id);
    expect(ids).toContain(rest[0].id);
    expect(ids).not.toContain(rest[1].id);
  });
});

describe("re-picking a question's cited sentence", () => {
  it("replaces the citations with the picked sentences, each slicing the body; without sentenceIds they stay", async () => {
    const { teacher, set, rest } = await draftWithSuggestion();
    const q = rest[0];
    const body = set.article.body;
    await updateQuestion(teacher.id, { ...editOf(set.id, q), prompt: "Same citations?" });
    expect((await db.question.findUniqueOrThrow({ where: { id: q.id } })).citations).toEqual(q.citations);
    const [, second, third] = articleSentences(body);
    await updateQuestion(teacher.id, { ...editOf(set.id, q), sentenceIds: [third.id, second.id] });
    const cites = (await db.question.findUniqueOrThrow({ where: { id: q.id } })).citations as { start: number; end: number; text: string }[];
    expect(cites.map((c) => c.text)).toEqual([second.text, third.text]);
    for (const c of cites) expect(body.slice(c.start, c.end)).toBe(c.text);
    await expect(updateQuestion(teacher.id, { ...editOf(set.id, q), sentenceIds: [99_999] })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
