import "server-only";
import { db } from "@/lib/db";
import { assignmentStatus, type StudentAssignmentView } from "./schema";

/** A student's assignments across their classes, each with where they stand and their best score. */
export async function listStudentAssignments(studentId: string, now: Date): Promise<StudentAssignmentView[]> {
  const rows = await db.assignment.findMany({
    where: { class: { enrollments: { some: { studentId } } } },
    orderBy: { dueAt: "asc" },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      maxAttempts: true,
      class: { select: { name: true } },
      quizSet: { select: { id: true, title: true } },
      // Only this student's attempts: the owner sits in the relation filter.
      attempts: { where: { userId: studentId }, select: { id: true, finishedAt: true, score: true, total: true } },
    },
  });
  return rows.map(({ attempts, ...a }) => {
    const finished = attempts.filter((t) => t.finishedAt);
    const best = finished.reduce<(typeof finished)[number] | null>((b, t) => (!b || t.score > b.score ? t : b), null);
    const open = attempts.some((t) => !t.finishedAt);
    return {
      ...a,
      status: assignmentStatus(a, finished.length, open, now),
      attemptsUsed: attempts.length,
      best: best ? { attemptId: best.id, score: best.score, total: best.total } : null,
    };
  });
}
export type { StudentAssignmentView as StudentAssignment } from "./schema";
