import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { choicesSchema, citationsSchema } from "@/lib/quiz/schema";
import { articleSentences } from "@/lib/quiz-sets/sentences";
import type { PlayState } from "./schema";

// A published set's article never changes (editing makes a new article), so its sentence split
// is kept per quiz set: an evidence answer then costs no extra read after the first.
const sentenceCache = new Map<string, { id: number; start: number; end: number }[]>();
const SENTENCE_CACHE_LIMIT = 500;

async function readBody(quizSetId: string) {
  const row = await db.quizSet.findUnique({ where: { id: quizSetId }, select: { status: true, article: { select: { body: true } } } });
  return row && { status: row.status, body: row.article.body };
}

/** The article's sentences of a quiz set, numbered as the player shows them for evidence. */
export async function getQuizSetSentences(quizSetId: string, load: (id: string) => Promise<{ status: string; body: string } | null> = readBody) {
  const hit = sentenceCache.get(quizSetId);
  if (hit) return hit;
  const row = await load(quizSetId);
  if (!row) throw new NotFoundError("That quiz");
  const spans = articleSentences(row.body).map(({ id, start, end }) => ({ id, start, end }));
  if (row.status === "published") {
    if (sentenceCache.size >= SENTENCE_CACHE_LIMIT) sentenceCache.delete(sentenceCache.keys().next().value!);
    sentenceCache.set(quizSetId, spans);
  }
  return spans;
}

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
    select: { id: true, quizSetId: true, startedAt: true, total: true, showEvidence: true, _count: { select: { answers: true } } },
  });
  if (!attempt) return null;
  const [question, last] = await Promise.all([getNextQuestion(attempt.id, attempt.quizSetId), getLastAnswer(attempt.id)]);
  return {
    attemptId: attempt.id,
    startedAt: attempt.startedAt.toISOString(),
    answered: attempt._count.answers,
    total: attempt.total,
    showEvidence: attempt.showEvidence,
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
      choiceIndex: true, correct: true, evidenceSentence: true, evidenceFound: true,
      question: { select: { id: true, position: true, type: true, prompt: true, choices: true, answerIndex: true, explanation: true, citations: true } },
    },
  });
  if (!a) return null;
  const { answerIndex, explanation, citations, ...q } = a.question;
  return {
    questionId: q.id, choiceIndex: a.choiceIndex, correct: a.correct, answerIndex, explanation,
    evidence: a.evidenceSentence === null || a.evidenceFound === null ? null : { sentence: a.evidenceSentence, found: a.evidenceFound },
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
      showEvidence: true,
      answers: { select: { questionId: true, choiceIndex: true, correct: true, evidenceSentence: true, evidenceFound: true } },
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
