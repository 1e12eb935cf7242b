import "server-only";
import { db } from "@/lib/db";
import type { AttemptRow, SkillAnswerRow } from "./aggregates";

type Scope = { userId: string; since: Date | null; classId?: string };

// Review answers are grouped into one point per UTC day: a review session rarely spans midnight
// UTC and the key must not depend on the server's zone.
const reviewDayKey = (at: Date) => `review:${at.toISOString().slice(0, 10)}`;

/** Every attempt of one user (newest first), optionally only those for one class's assignments. */
export async function listAttempts({ userId, since, classId }: Scope): Promise<AttemptRow[]> {
  const rows = await db.attempt.findMany({
    where: {
      userId,
      ...(since ? { startedAt: { gte: since } } : {}),
      ...(classId ? { assignment: { classId } } : {}),
    },
    orderBy: { startedAt: "desc" },
    select: {
      id: true, startedAt: true, finishedAt: true, score: true, total: true,
      quizSet: { select: { title: true } },
      assignment: { select: { class: { select: { name: true } } } },
      showEvidence: true,
      answers: { where: { evidenceFound: { not: null } }, select: { evidenceFound: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    quizTitle: r.quizSet.title,
    className: r.assignment?.class.name ?? null,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    score: r.score,
    total: r.total,
    evidence: r.showEvidence ? { found: r.answers.filter((a) => a.evidenceFound).length, of: r.answers.length } : null,
  }));
}

/**
 * Every answer one user gave, in attempts and in review sessions. With a class filter, review
 * answers count when their question belongs to a quiz set assigned to that class.
 */
export async function listSkillAnswers({ userId, since, classId }: Scope): Promise<SkillAnswerRow[]> {
  const when = since ? { answeredAt: { gte: since } } : {};
  const [answers, reviews] = await Promise.all([
    db.answer.findMany({
      where: { ...when, attempt: { userId, ...(classId ? { assignment: { classId } } : {}) } },
      select: { attemptId: true, correct: true, answeredAt: true, question: { select: { type: true } } },
    }),
    db.reviewAnswer.findMany({
      where: { ...when, userId, ...(classId ? { question: { quizSet: { assignments: { some: { classId } } } } } : {}) },
      select: { correct: true, answeredAt: true, question: { select: { type: true } } },
    }),
  ]);
  return [
    ...answers.map((a) => ({ questionType: a.question.type, correct: a.correct, answeredAt: a.answeredAt, sessionKey: a.attemptId, source: "attempt" as const })),
    ...reviews.map((r) => ({ questionType: r.question.type, correct: r.correct, answeredAt: r.answeredAt, sessionKey: reviewDayKey(r.answeredAt), source: "review" as const })),
  ];
}

/** The classes a student is enrolled in, for the class filter. */
export async function listMyClasses(userId: string): Promise<{ id: string; name: string }[]> {
  const rows = await db.enrollment.findMany({
    where: { studentId: userId },
    orderBy: { joinedAt: "asc" },
    select: { class: { select: { id: true, name: true } } },
  });
  return rows.map((r) => r.class);
}
