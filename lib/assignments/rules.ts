import "server-only";
import { db } from "@/lib/db";
import { ClosedError, ForbiddenError, NotFoundError } from "@/lib/errors";

/**
 * The gate in front of startAttempt for assignment play: the caller is enrolled in the class,
 * the assignment has opened, and a new attempt fits both the due date and the attempts allowed.
 * An open attempt is always resumable (it already counts): a student mid-quiz at the due time
 * may finish. Returns nothing; throws an AppError the play page shows.
 */
export async function assertCanPlayAssignment(input: { userId: string; assignmentId: string; quizSetId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const assignment = await db.assignment.findFirst({
    where: { id: input.assignmentId, quizSetId: input.quizSetId },
    select: { classId: true, opensAt: true, dueAt: true, maxAttempts: true },
  });
  if (!assignment) throw new NotFoundError("That assignment");
  const enrolled = await db.enrollment.findUnique({
    where: { classId_studentId: { classId: assignment.classId, studentId: input.userId } },
    select: { id: true },
  });
  if (!enrolled) throw new ForbiddenError("This assignment is for another class. Join the class with its code first.");
  if (now < assignment.opensAt) throw new ClosedError(`This assignment opens on ${assignment.opensAt.toUTCString()}.`);
  const attempts = await db.attempt.findMany({
    where: { userId: input.userId, assignmentId: input.assignmentId },
    select: { finishedAt: true },
  });
  if (attempts.some((a) => a.finishedAt === null)) return;
  if (now >= assignment.dueAt) throw new ClosedError("This assignment is past its due date, so it can no longer be played.");
  if (attempts.length >= assignment.maxAttempts) {
    throw new ClosedError(`You have used all ${assignment.maxAttempts} attempt${assignment.maxAttempts === 1 ? "" : "s"} allowed for this assignment.`);
  }
}
