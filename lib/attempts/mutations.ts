import "server-only";
import { db } from "@/lib/db";
import { ClosedError, NotFoundError, ValidationError } from "@/lib/errors";
import { choicesSchema, citationsSchema } from "@/lib/quiz/schema";
import { assertCanPlayAssignment, assertCanPractise, assertStillEnrolled } from "@/lib/assignments/rules";
import { recordReviewOutcome } from "@/lib/review/mutations";
import { getNextQuestion, getQuizSetSentences } from "./data";
import { isEvidenceFound } from "./evidence";
import type { AnswerFeedback } from "./schema";

/**
 * Starts an attempt, or returns the open one for the same user, quiz set and assignment so a
 * refresh or a second tab resumes instead of starting over. The play rules run in the same
 * transaction as the insert: an assignment start must pass lib/assignments' gate (two concurrent
 * starts cannot both squeeze under a 1-attempt limit), and practice is refused while an
 * assignment on the quiz set is open to the player (it would reveal every key beforehand).
 */
export async function startAttempt(input: { userId: string; quizSetId: string; assignmentId?: string | null; showEvidence?: boolean; now?: Date }) {
  const { userId, quizSetId } = input;
  const assignmentId = input.assignmentId ?? null;
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const quizSet = await tx.quizSet.findFirst({
      where: { id: quizSetId, status: "published" },
      select: { _count: { select: { questions: true } } },
    });
    if (!quizSet) throw new NotFoundError("That quiz");
    if (quizSet._count.questions === 0) throw new ClosedError("This quiz has no questions yet.");
    if (assignmentId) await assertCanPlayAssignment({ userId, assignmentId, quizSetId, now }, tx);
    else await assertCanPractise({ userId, quizSetId, now }, tx);
    const open = await tx.attempt.findFirst({
      where: { userId, quizSetId, assignmentId, finishedAt: null },
      orderBy: { startedAt: "desc" },
      select: { id: true },
    });
    if (open) return { id: open.id, resumed: true };
    // An assignment decides whether evidence is asked for; in practice the player chooses.
    const showEvidence = assignmentId
      ? ((await tx.assignment.findUnique({ where: { id: assignmentId }, select: { showEvidence: true } }))?.showEvidence ?? false)
      : (input.showEvidence ?? false);
    const created = await tx.attempt.create({
      data: { userId, quizSetId, assignmentId, total: quizSet._count.questions, startedAt: now, showEvidence },
      select: { id: true },
    });
    return { id: created.id, resumed: false };
  });
}

type AnswerArgs = { attemptId: string; userId: string; questionId: string; choiceIndex: number; evidenceSentence?: number; at?: Date };

/**
 * Records one answer, scored here on the server. Idempotent on (attempt, question): a double
 * click or a retry after a network error returns the first answer's feedback and counts once.
 * The last answer finishes the attempt, so a tab closed on the final feedback still has a score.
 */
export async function recordAnswer(args: AnswerArgs): Promise<AnswerFeedback> {
  const at = args.at ?? new Date();
  const attempt = await db.attempt.findFirst({
    where: { id: args.attemptId, userId: args.userId },
    select: { id: true, quizSetId: true, assignmentId: true, finishedAt: true, total: true, showEvidence: true },
  });
  if (!attempt) throw new NotFoundError("That attempt");
  if (attempt.showEvidence && args.evidenceSentence === undefined) {
    throw new ValidationError("Pick the sentence in the article that supports your answer.", { evidenceSentence: ["Pick a sentence in the article."] });
  }
  // The play rules hold for every answer, not only at the start: a student removed from the
  // class stops, and a practice attempt left open stops once the quiz set is assigned to them.
  if (attempt.assignmentId) await assertStillEnrolled({ userId: args.userId, assignmentId: attempt.assignmentId });
  else await assertCanPractise({ userId: args.userId, quizSetId: attempt.quizSetId, now: at });
  const question = await db.question.findFirst({
    where: { id: args.questionId, quizSetId: attempt.quizSetId },
    select: { id: true, choices: true, answerIndex: true, explanation: true, citations: true },
  });
  if (!question) throw new NotFoundError("That question");
  const choices = choicesSchema.parse(question.choices);
  if (args.choiceIndex >= choices.length) throw new ValidationError("That choice does not exist.", { choiceIndex: ["Pick one of the choices."] });

  const key = { attemptId_questionId: { attemptId: attempt.id, questionId: question.id } };
  let answer = await db.answer.findUnique({ where: key });
  if (!answer) {
    if (attempt.finishedAt) throw new ClosedError("This attempt is already finished.");
    const evidence = attempt.showEvidence ? await checkEvidence(attempt.quizSetId, args.evidenceSentence!, citationsSchema.parse(question.citations)) : null;
    answer = await insertAnswer({ ...args, at, quizSetTotal: attempt.total, correct: args.choiceIndex === question.answerIndex, evidence }, key);
  }
  const answered = await db.answer.count({ where: { attemptId: attempt.id } });
  const next = answered >= attempt.total ? null : await getNextQuestion(attempt.id, attempt.quizSetId);
  return {
    questionId: question.id,
    choiceIndex: answer.choiceIndex,
    correct: answer.correct,
    evidence: answer.evidenceSentence === null || answer.evidenceFound === null ? null : { sentence: answer.evidenceSentence, found: answer.evidenceFound },
    answerIndex: question.answerIndex,
    explanation: question.explanation,
    citations: citationsSchema.parse(question.citations),
    next,
    answered,
    total: attempt.total,
  };
}

/** Scores the evidence pick; the sentence split of a published set never changes, so it is cached. */
async function checkEvidence(quizSetId: string, picked: number, citations: { start: number; end: number }[]) {
  const sentences = await getQuizSetSentences(quizSetId);
  if (picked >= sentences.length) throw new ValidationError("That sentence is not in the article.", { evidenceSentence: ["Pick a sentence in the article."] });
  return { sentence: picked, found: isEvidenceFound(picked, sentences, citations) };
}

async function insertAnswer(
  a: AnswerArgs & { at: Date; correct: boolean; quizSetTotal: number; evidence: { sentence: number; found: boolean } | null },
  key: { attemptId_questionId: { attemptId: string; questionId: string } },
) {
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.answer.create({
        data: {
          attemptId: a.attemptId, questionId: a.questionId, choiceIndex: a.choiceIndex, correct: a.correct, answeredAt: a.at,
          evidenceSentence: a.evidence?.sentence ?? null, evidenceFound: a.evidence?.found ?? null,
        },
      });
      await recordReviewOutcome(tx, { userId: a.userId, questionId: a.questionId, correct: a.correct, at: a.at });
      const answered = await tx.answer.count({ where: { attemptId: a.attemptId } });
      if (answered >= a.quizSetTotal) await finishWith(tx, a.attemptId, a.at);
      return created;
    });
  } catch (error) {
    // Two identical submits racing: the unique index let one in; return that one.
    if ((error as { code?: string }).code !== "P2002") throw error;
    const existing = await db.answer.findUnique({ where: key });
    if (!existing) throw error;
    return existing;
  }
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function finishWith(tx: Tx, attemptId: string, at: Date) {
  const score = await tx.answer.count({ where: { attemptId, correct: true } });
  await tx.attempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: at, score } });
}

/** Ends an attempt early or again: the score counts right answers; finishing twice is harmless. */
export async function finishAttempt(input: { attemptId: string; userId: string; at?: Date }) {
  const attempt = await db.attempt.findFirst({ where: { id: input.attemptId, userId: input.userId }, select: { id: true } });
  if (!attempt) throw new NotFoundError("That attempt");
  await db.$transaction((tx) => finishWith(tx, attempt.id, input.at ?? new Date()));
  return db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { id: true, score: true, total: true, finishedAt: true } });
}
