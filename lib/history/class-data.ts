import "server-only";
import { db } from "@/lib/db";

/**
 * Everything a class's history is computed from: roster, assignments in order, and every
 * attempt with its answers' skills. The teacher is in the where clause, so another teacher's
 * class reads as missing. With a studentId, only that enrolled student's attempts are read.
 */
export async function getClassHistoryRows(teacherId: string, classId: string, studentId?: string) {
  const klass = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      enrollments: {
        where: studentId ? { studentId } : {},
        orderBy: { joinedAt: "asc" },
        select: { student: { select: { id: true, name: true, email: true } } },
      },
      assignments: {
        orderBy: [{ opensAt: "asc" }, { createdAt: "asc" }],
        select: {
          id: true, opensAt: true, dueAt: true, maxAttempts: true,
          quizSet: { select: { title: true } },
          attempts: {
            // Only students on the roster now: a removed student no longer weighs on the class.
            where: { user: { enrollments: { some: { classId } } }, ...(studentId ? { userId: studentId } : {}) },
            orderBy: { startedAt: "asc" },
            select: {
              id: true, userId: true, startedAt: true, finishedAt: true, score: true, total: true,
              answers: { select: { correct: true, question: { select: { type: true } } } },
            },
          },
        },
      },
    },
  });
  if (!klass || (studentId && klass.enrollments.length === 0)) return null;
  return {
    id: klass.id,
    name: klass.name,
    students: klass.enrollments.map((e) => e.student),
    assignments: klass.assignments.map(({ quizSet, attempts, ...a }) => ({
      ...a,
      quizTitle: quizSet.title,
      attempts: attempts.map(({ answers, ...t }) => ({ ...t, answers: answers.map((x) => ({ correct: x.correct, questionType: x.question.type })) })),
    })),
  };
}

export type ClassHistoryRows = NonNullable<Awaited<ReturnType<typeof getClassHistoryRows>>>;
