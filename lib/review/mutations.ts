import "server-only";
import type { PrismaClient, Prisma } from "@/prisma/generated/client";
import { nextReviewState, type ReviewSource, type ReviewState } from "./schedule";

/** The shared client or the client handed to a `$transaction` callback. */
export type DbLike = PrismaClient | Prisma.TransactionClient;

type Outcome = { userId: string; questionId: string; correct: boolean; at: Date };

/**
 * Feeds one answer from a normal attempt into the review schedule (see schedule.ts for the rules).
 * Called by recordAnswer inside its transaction; it writes no ReviewAnswer row because the answer
 * is already stored as an Answer of the attempt.
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
  if (!next || (current && sameState(current, next))) return;
  // upsert, not create: two tabs answering the same question must not hit the unique index.
  await db.reviewItem.upsert({ where, create: { userId, questionId, ...next }, update: next });
}

function sameState(a: ReviewState, b: ReviewState): boolean {
  return a.stage === b.stage && a.streak === b.streak && a.dueAt.getTime() === b.dueAt.getTime()
    && (a.retiredAt?.getTime() ?? null) === (b.retiredAt?.getTime() ?? null);
}
