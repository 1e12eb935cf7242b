import "server-only";
import { db, sql } from "@/lib/db";
import { serializeOn } from "@/lib/serialize";
import { ClosedError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { choicesSchema, citationsSchema } from "@/lib/quiz/schema";
import { assertCanPlayAssignment, assertCanPractise } from "@/lib/assignments/rules";
import { nextReviewState, sameReviewState } from "@/lib/review/schedule";
import type { SqlTx } from "@/lib/sql-driver";
import { finishAttemptRow, insertAnswer, readAnswerContext, readGivenAnswer, readQuizSetBody, upsertReviewItem, type AnswerContext } from "./answer-sql";
import { getQuizSetSentences } from "./data";
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
    // Two starts at once (two tabs, a double click) must not both pass the attempt limit.
    await serializeOn(tx, `attempts:${userId}`);
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
 *
 * The hot path of a class answering at once (issue 9): one transaction of at most four
 * statements (lib/attempts/answer-sql.ts; PostgreSQL adds the attempt's lock): one read (attempt, question and key, the answer already
 * given, counts, the play rules, the review item, the next question), the insert, the review
 * item when it changes, and the finish on the last answer. mutations.test.ts counts them.
 */
export async function recordAnswer(args: AnswerArgs): Promise<AnswerFeedback> {
  const at = args.at ?? new Date();
  // On the driver, not Prisma's interactive transaction (lib/sql-driver): the same one transaction.
  return sql.transaction(async (tx) => {
    // Answers to one attempt one at a time (on PostgreSQL; SQLite needs no statement for it), so
    // the count that finishes the attempt includes every answer committed before.
    await serializeOn(tx, `answers:${args.attemptId}`);
    const ctx = await readAnswerContext(tx, { attemptId: args.attemptId, userId: args.userId, questionId: args.questionId, now: at });
    if (!ctx) throw new NotFoundError("That attempt");
    // The play rules hold for every answer, not only at the start: a student removed from the
    // class stops, and a practice attempt left open stops once the quiz set is assigned to them.
    if (ctx.blocked) throw playRuleError(ctx);
    const question = ctx.question;
    if (!question) throw new NotFoundError("That question");
    const choices = choicesSchema.parse(question.choices);
    if (args.choiceIndex >= choices.length) throw new ValidationError("That choice does not exist.", { choiceIndex: ["Pick one of the choices."] });
    if (ctx.showEvidence && args.evidenceSentence === undefined) {
      throw new ValidationError("Pick the sentence in the article that supports your answer.", { evidenceSentence: ["Pick a sentence in the article."] });
    }

    let given = ctx.given;
    let answered = ctx.answered;
    if (!given) {
      if (ctx.finished) throw new ClosedError("This attempt is already finished.");
      const correct = args.choiceIndex === question.answerIndex;
      const evidence = ctx.showEvidence ? await checkEvidence(tx, ctx.quizSetId, args.evidenceSentence!, citationsSchema.parse(question.citations)) : null;
      const row = {
        attemptId: args.attemptId, questionId: question.id, choiceIndex: args.choiceIndex, correct, answeredAt: at,
        evidenceSentence: evidence?.sentence ?? null, evidenceFound: evidence?.found ?? null,
      };
      if (await insertAnswer(tx, row)) {
        given = { choiceIndex: row.choiceIndex, correct, evidenceSentence: row.evidenceSentence, evidenceFound: row.evidenceFound };
        answered += 1;
        await recordOutcome(tx, ctx, { userId: args.userId, questionId: question.id, correct, at });
        if (answered >= ctx.total) await finishAttemptRow(tx, args.attemptId, at);
      } else {
        // Two identical submits racing on PostgreSQL: the unique index let the other one in.
        given = await readGivenAnswer(tx, args.attemptId, question.id);
        if (!given) throw new ClosedError("This answer could not be saved. Please try again.");
        answered += 1;
      }
    }
    return {
      questionId: question.id,
      choiceIndex: given.choiceIndex,
      correct: given.correct,
      evidence: given.evidenceSentence === null || given.evidenceFound === null ? null : { sentence: given.evidenceSentence, found: given.evidenceFound },
      answerIndex: question.answerIndex,
      explanation: question.explanation,
      citations: citationsSchema.parse(question.citations),
      next: answered >= ctx.total || !ctx.next ? null : { ...ctx.next, choices: choicesSchema.parse(ctx.next.choices) },
      answered,
      total: ctx.total,
    };
  });
}

/** The same messages as lib/assignments/rules, from the verdict the one read computed. */
function playRuleError(ctx: AnswerContext) {
  return ctx.assignmentId
    ? new ForbiddenError("This assignment is for another class. Join the class with its code first.")
    : new ClosedError("This quiz is assigned to your class, so it can only be played as the assignment until it is due. Open it from Assignments.");
}

/** Feeds the answer into the review schedule (lib/review/schedule) with the item read already. */
async function recordOutcome(tx: SqlTx, ctx: AnswerContext, o: { userId: string; questionId: string; correct: boolean; at: Date }) {
  const next = nextReviewState(ctx.review, { correct: o.correct, at: o.at, source: "attempt" });
  if (!next || (ctx.review && sameReviewState(ctx.review, next))) return;
  await upsertReviewItem(tx, { userId: o.userId, questionId: o.questionId, ...next, at: o.at });
}

/**
 * Scores the evidence pick. The sentence split of a published set never changes, so it is cached;
 * the first read goes through the answer's own transaction (the connection is held by it).
 */
async function checkEvidence(tx: SqlTx, quizSetId: string, picked: number, citations: { start: number; end: number }[]) {
  const sentences = await getQuizSetSentences(quizSetId, () => readQuizSetBody(tx, quizSetId));
  if (picked >= sentences.length) throw new ValidationError("That sentence is not in the article.", { evidenceSentence: ["Pick a sentence in the article."] });
  return { sentence: picked, found: isEvidenceFound(picked, sentences, citations) };
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
