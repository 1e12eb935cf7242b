import "server-only";
import { db } from "@/lib/db";
import { choicesSchema, citationsSchema } from "@/lib/quiz/schema";
import type { PlayState } from "./schema";

/** The open attempt of this user on this quiz set (and assignment), if any: the one to resume. */
export function findOpenAttempt(userId: string, quizSetId: string, assignmentId: string | null) {
  return db.attempt.findFirst({
    where: { userId, quizSetId, assignmentId, finishedAt: null },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
}

export function findLastFinishedAttempt(userId: string, quizSetId: string) {
  return db.attempt.findFirst({
    where: { userId, quizSetId, finishedAt: { not: null } },
    orderBy: { finishedAt: "desc" },
    select: { id: true, score: true, total: true },
  });
}

/** The first question of the quiz set this attempt has not answered yet, without its key. */
export async function getNextQuestion(attemptId: string, quizSetId: string) {
  const q = await db.question.findFirst({
    where: { quizSetId, answers: { none: { attemptId } } },
    orderBy: { position: "asc" },
    select: { id: true, position: true, type: true, prompt: true, choices: true },
  });
  return q ? { ...q, choices: choicesSchema.parse(q.choices) } : null;
}

/** Resume point of an attempt owned by userId; null when it is not theirs or is finished. */
export async function getPlayState(attemptId: string, userId: string): Promise<PlayState | null> {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId, finishedAt: null },
    select: { id: true, quizSetId: true, startedAt: true, total: true, _count: { select: { answers: true } } },
  });
  if (!attempt) return null;
  const [question, last] = await Promise.all([getNextQuestion(attempt.id, attempt.quizSetId), getLastAnswer(attempt.id)]);
  return {
    attemptId: attempt.id,
    startedAt: attempt.startedAt.toISOString(),
    answered: attempt._count.answers,
    total: attempt.total,
    question,
    last,
  };
}

/** The latest answer of an attempt with its question and key, as the answer action returned it. */
async function getLastAnswer(attemptId: string): Promise<PlayState["last"]> {
  const a = await db.answer.findFirst({
    where: { attemptId },
    orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
    select: {
      choiceIndex: true, correct: true,
      question: { select: { id: true, position: true, type: true, prompt: true, choices: true, answerIndex: true, explanation: true, citations: true } },
    },
  });
  if (!a) return null;
  const { answerIndex, explanation, citations, ...q } = a.question;
  return {
    questionId: q.id, choiceIndex: a.choiceIndex, correct: a.correct, answerIndex, explanation,
    citations: citationsSchema.parse(citations ?? []),
    question: { ...q, choices: choicesSchema.parse(q.choices) },
  };
}

/** A finished attempt of this user, for a play link that names it (a reload after the last answer). */
export function findFinishedAttempt(attemptId: string, userId: string) {
  return db.attempt.findFirst({ where: { id: attemptId, userId, finishedAt: { not: null } }, select: { id: true } });
}

/** A finished attempt with every question, its key and the answer given; owner in the where. */
export async function getAttemptResult(attemptId: string, userId: string) {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      startedAt: true,
      finishedAt: true,
      score: true,
      total: true,
      assignmentId: true,
      quizSet: { select: { id: true, title: true, article: { select: { id: true, title: true, body: true } } } },
      answers: { select: { questionId: true, choiceIndex: true, correct: true } },
    },
  });
  if (!attempt) return null;
  const questions = await db.question.findMany({
    where: { quizSetId: attempt.quizSet.id },
    orderBy: { position: "asc" },
    select: { id: true, position: true, type: true, prompt: true, choices: true, answerIndex: true, explanation: true, citations: true },
  });
  const given = new Map(attempt.answers.map((a) => [a.questionId, a]));
  return {
    ...attempt,
    questions: questions.map((q) => ({
      ...q,
      choices: choicesSchema.parse(q.choices),
      citations: citationsSchema.parse(q.citations),
      answer: given.get(q.id) ?? null,
    })),
  };
}
export type { AttemptResultView as AttemptResult } from "./schema";
