import "server-only";
import { db } from "@/lib/db";
import { ClosedError, ForbiddenError, NotFoundError } from "@/lib/errors";

/** The client or an interactive transaction's client: the checks run inside the writer's transaction. */
type Client = Pick<typeof db, "assignment" | "enrollment" | "attempt">;

/**
 * The gate in front of startAttempt for assignment play: the caller is enrolled in the class,
 * the assignment has opened, and a new attempt fits both the due date and the attempts allowed.
 * An open attempt is always resumable (it already counts): a student mid-quiz at the due time
 * may finish. Returns nothing; throws an AppError the play page shows. Run it in the
 * transaction that creates the attempt, so two concurrent starts cannot both pass the limit.
 */
export async function assertCanPlayAssignment(
  input: { userId: string; assignmentId: string; quizSetId: string; now?: Date },
  client: Client = db,
) {
  const now = input.now ?? new Date();
  const assignment = await client.assignment.findFirst({
    where: { id: input.assignmentId, quizSetId: input.quizSetId },
    select: { classId: true, opensAt: true, dueAt: true, maxAttempts: true },
  });
  if (!assignment) throw new NotFoundError("That assignment");
  await assertEnrolled(client, assignment.classId, input.userId);
  if (now < assignment.opensAt) throw new ClosedError(`This assignment opens on ${assignment.opensAt.toUTCString()}.`);
  const attempts = await client.attempt.findMany({
    where: { userId: input.userId, assignmentId: input.assignmentId },
    select: { finishedAt: true },
  });
  if (attempts.some((a) => a.finishedAt === null)) return;
  if (now >= assignment.dueAt) throw new ClosedError("This assignment is past its due date, so it can no longer be played.");
  if (attempts.length >= assignment.maxAttempts) {
    throw new ClosedError(`${closedReason({ pastDue: false, maxAttempts: assignment.maxAttempts })}.`);
  }
}

/** Answering an assignment attempt: a student removed from the class since it started may not go on. */
export async function assertStillEnrolled(input: { userId: string; assignmentId: string }, client: Client = db) {
  const assignment = await client.assignment.findUnique({ where: { id: input.assignmentId }, select: { classId: true } });
  if (!assignment) throw new NotFoundError("That assignment");
  await assertEnrolled(client, assignment.classId, input.userId);
}

async function assertEnrolled(client: Client, classId: string, userId: string) {
  const enrolled = await client.enrollment.findUnique({ where: { classId_studentId: { classId, studentId: userId } }, select: { id: true } });
  if (!enrolled) throw new ForbiddenError("This assignment is for another class. Join the class with its code first.");
}

/**
 * The assignment on this quiz set that is still open to this user: their class has it, it is not
 * past due, and they have an attempt left (or one open). Practice on such a quiz set would hand
 * out every answer key before the graded attempt, so while it exists the quiz set is played only
 * as that assignment.
 */
export async function findOpenAssignment(input: { userId: string; quizSetId: string; now?: Date }, client: Client = db) {
  const now = input.now ?? new Date();
  const candidates = await client.assignment.findMany({
    where: { quizSetId: input.quizSetId, dueAt: { gt: now }, class: { enrollments: { some: { studentId: input.userId } } } },
    orderBy: { dueAt: "asc" },
    select: { id: true, dueAt: true, maxAttempts: true, attempts: { where: { userId: input.userId }, select: { finishedAt: true } } },
  });
  const open = candidates.find((a) => a.attempts.some((t) => t.finishedAt === null) || a.attempts.length < a.maxAttempts);
  return open ? { id: open.id, dueAt: open.dueAt } : null;
}

/** Practice play (no assignment) of a quiz set: refused while an assignment on it is open to the user. */
export async function assertCanPractise(input: { userId: string; quizSetId: string; now?: Date }, client: Client = db) {
  const open = await findOpenAssignment(input, client);
  if (open) {
    throw new ClosedError("This quiz is assigned to your class, so it can only be played as the assignment until it is due. Open it from Assignments.");
  }
}

/** Where a student stands on an assignment: attempts left (an open attempt is not counted as
 *  left: it resumes) and whether it is past due, so pages offer only what is allowed. */
export async function getAssignmentStanding(input: { userId: string; assignmentId: string; now?: Date }, client: Client = db) {
  const now = input.now ?? new Date();
  const a = await client.assignment.findUnique({ where: { id: input.assignmentId }, select: { dueAt: true, maxAttempts: true, showEvidence: true } });
  if (!a) return null;
  const used = await client.attempt.count({ where: { userId: input.userId, assignmentId: input.assignmentId } });
  const pastDue = now >= a.dueAt;
  return { maxAttempts: a.maxAttempts, attemptsLeft: pastDue ? 0 : Math.max(0, a.maxAttempts - used), pastDue, dueAt: a.dueAt, showEvidence: a.showEvidence };
}
export type AssignmentStanding = NonNullable<Awaited<ReturnType<typeof getAssignmentStanding>>>;

/** Why no further graded attempt can start, as the result and play pages both say it. */
export function closedReason(standing: Pick<AssignmentStanding, "pastDue" | "maxAttempts">): string {
  if (standing.pastDue) return "This assignment is past its due date";
  return `You have used ${standing.maxAttempts === 1 ? "the one attempt" : `all ${standing.maxAttempts} attempts`} this assignment allows`;
}
