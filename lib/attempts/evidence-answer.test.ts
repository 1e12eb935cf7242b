import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createQuizSet, createUser } from "@/prisma/factories";
import { actAs, currentTestUser } from "@/lib/users/test-session";
import { articleSentences } from "@/lib/quiz-sets/sentences";
import { citedSentenceIds } from "./evidence";

vi.mock("@/lib/auth", () => ({ getSessionUser: async () => currentTestUser() }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }) }));
const { startAttemptAction, answerQuestionAction } = await import("./actions");

/** A practice attempt in evidence mode, and the sentence number each question cites first. */
async function evidenceAttempt(showEvidence: boolean) {
  const quiz = await createQuizSet(db, { maxQuestions: 2 });
  actAs(await createUser(db, { role: "student" }));
  const started = await startAttemptAction({ quizSetId: quiz.id, showEvidence });
  if (!started.ok) throw new Error(started.message);
  const sentences = articleSentences(quiz.article.body);
  const cited = quiz.questions.map((q) => citedSentenceIds(sentences, q.citations as { start: number; end: number }[])[0]);
  return { quiz, attemptId: started.data.attemptId, sentences, cited };
}

describe("answering in evidence mode", () => {
  it("refuses an answer without a picked sentence, and sends no key with the refusal", async () => {
    const { quiz, attemptId } = await evidenceAttempt(true);
    const q = quiz.questions[0];
    const reply = await answerQuestionAction({ attemptId, questionId: q.id, choiceIndex: q.answerIndex });
    expect(reply).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { evidenceSentence: ["Pick a sentence in the article."] } });
    expect(JSON.stringify(reply)).not.toContain(q.explanation);
    expect(await db.answer.count({ where: { attemptId } })).toBe(0);
  });

  it("refuses a sentence number the article does not have", async () => {
    const { quiz, attemptId, sentences } = await evidenceAttempt(true);
    const q = quiz.questions[0];
    const reply = await answerQuestionAction({ attemptId, questionId: q.id, choiceIndex: q.answerIndex, evidenceSentence: sentences.length });
    expect(reply).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await db.answer.count({ where: { attemptId } })).toBe(0);
  });

  it("scores the evidence apart from the answer and stores both in the same row", async () => {
    const { quiz, attemptId, cited } = await evidenceAttempt(true);
    const [q1, q2] = quiz.questions;
    const right = await answerQuestionAction({ attemptId, questionId: q1.id, choiceIndex: (q1.answerIndex + 1) % 2, evidenceSentence: cited[0] });
    expect(right).toMatchObject({ ok: true, data: { correct: false, evidence: { sentence: cited[0], found: true } } });
    const off = cited[1] === 0 ? 1 : 0;
    const wrong = await answerQuestionAction({ attemptId, questionId: q2.id, choiceIndex: q2.answerIndex, evidenceSentence: off });
    expect(wrong).toMatchObject({ ok: true, data: { correct: true, evidence: { sentence: off, found: false } } });
    const rows = await db.answer.findMany({ where: { attemptId }, orderBy: { answeredAt: "asc" } });
    expect(rows.map((r) => [r.correct, r.evidenceSentence, r.evidenceFound])).toEqual([[false, cited[0], true], [true, off, false]]);
    // A retry returns the stored verdict, whatever it sends this time.
    const again = await answerQuestionAction({ attemptId, questionId: q1.id, choiceIndex: q1.answerIndex, evidenceSentence: off });
    expect(again).toMatchObject({ ok: true, data: { correct: false, evidence: { sentence: cited[0], found: true } } });
  });

  it("ignores a sentence sent outside evidence mode", async () => {
    const { quiz, attemptId, cited } = await evidenceAttempt(false);
    const q = quiz.questions[0];
    const reply = await answerQuestionAction({ attemptId, questionId: q.id, choiceIndex: q.answerIndex, evidenceSentence: cited[0] });
    expect(reply).toMatchObject({ ok: true, data: { correct: true, evidence: null } });
    expect(await db.answer.findFirstOrThrow({ where: { attemptId } })).toMatchObject({ evidenceSentence: null, evidenceFound: null });
  });
});
