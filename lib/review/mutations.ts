import "server-only";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { PrismaClient, Prisma } from "@/prisma/generated/client";
import { getReviewKey } from "./data";
import { isDue, nextReviewState, sameReviewState, type ReviewSource } from "./schedule";
import type { ReviewFeedback } from "./schema";

/** The shared client or the client handed to a `$transaction` callback. */
export type DbLike = PrismaClient | Prisma.TransactionClient;

type Outcome = { userId: string; questionId: string; correct: boolean; at: Date };

/**
 * Feeds one answer from a normal attempt into the review schedule (see schedule.ts for the rules).
 * (recordAnswer applies the same schedule with the item it read already, lib/attempts/mutations.)
 * It writes no ReviewAnswer row because the answer is already stored as an Answer of the attempt.
 */
export async function recordReviewOutcome(db: DbLike, input: Outcome): Promise<void> {
  await applyOutcome(db, input, "attempt");
}

/**
 * Stores an answer given in a review session and moves the schedule. Review answers live in
 * their own table so they count in the skill history but never in an assignment's score.
 */
export async function recordReviewAnswer(
  db: DbLike,
  input: Outcome & { choiceIndex: number },
): Promise<void> {
  const { userId, questionId, choiceIndex, correct, at } = input;
  await db.reviewAnswer.create({ data: { userId, questionId, choiceIndex, correct, answeredAt: at } });
  await applyOutcome(db, input, "review");
}

async function applyOutcome(db: DbLike, input: Outcome, source: ReviewSource): Promise<void> {
  const { userId, questionId, correct, at } = input;
  const where = { userId_questionId: { userId, questionId } };
  const current = await db.reviewItem.findUnique({ where });
  const next = nextReviewState(current, { correct, at, source });
  if (!next || (current && sameReviewState(current, next))) return;
  // upsert, not create: two tabs answering the same question must not hit the unique index.
  await db.reviewItem.upsert({ where, create: { userId, questionId, ...next }, update: next });
}


/**
 * Answers one review question and returns the feedback (the key leaves the server only here).
 * A repeat submit (double click, retry) finds the item no longer due: it is not counted again
 * but gets the same feedback. The transaction makes the due check and the write one step.
 */
export async function answerDueReview(
  input: { userId: string; questionId: string; choiceIndex: number; at: Date },
): Promise<ReviewFeedback> {
  const { userId, questionId, choiceIndex, at } = input;
  return db.$transaction(async (tx) => {
    const key = await getReviewKey(userId, questionId, tx);
    if (!key) throw new NotFoundError("That review question");
    if (choiceIndex >= key.choiceCount) throw new ValidationError("That choice does not exist.");
    const correct = choiceIndex === key.answerIndex;
    const counted = isDue(key.item, at);
    if (counted) await recordReviewAnswer(tx, { userId, questionId, choiceIndex, correct, at });
    const after = counted ? ((await getReviewKey(userId, questionId, tx)) ?? key) : key;
    return {
      questionId, choiceIndex, correct, counted,
      answerIndex: key.answerIndex,
      explanation: key.explanation,
      citations: key.citations,
      article: key.article,
      next: { retired: after.item.retiredAt !== null, dueAt: after.item.dueAt.toISOString() },
    };
  });
}

/**
 * A practice answer to a missed question that is not due: scored and explained like a review
 * answer, but it writes nothing, so neither the schedule nor the skill history moves. Only a
 * user with a review item for the question gets its key (they saw it when they missed it).
 */
export async function practiseReview(input: { userId: string; questionId: string; choiceIndex: number }): Promise<ReviewFeedback> {
  const key = await getReviewKey(input.userId, input.questionId);
  if (!key) throw new NotFoundError("That review question");
  if (input.choiceIndex >= key.choiceCount) throw new ValidationError("That choice does not exist.");
  return {
    questionId: input.questionId, choiceIndex: input.choiceIndex, correct: input.choiceIndex === key.answerIndex, counted: false,
    answerIndex: key.answerIndex, explanation: key.explanation, citations: key.citations, article: key.article,
    next: { retired: key.item.retiredAt !== null, dueAt: key.item.dueAt.toISOString() },
  };
}
