import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createQuizSet, createUser } from "@/prisma/factories";
import { publishQuizSet, updateQuestion } from "./mutations";

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
