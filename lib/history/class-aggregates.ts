// A class's history from the rows class-data reads: pure, so tests compare numbers directly.
// Each student counts with their best finished attempt per assignment (the same rule as the
// assignment results), so a retry that went worse never lowers the class average.
import { SKILLS, skillOf, type Skill } from "@/lib/quiz/schema";
import { durationSeconds, percent } from "./aggregates";
import type { ClassHistoryRows } from "./class-data";

type Row = ClassHistoryRows["assignments"][number];
type AttemptRow = Row["attempts"][number];
type Student = ClassHistoryRows["students"][number];

export type SkillTally = { correct: number; total: number; percent: number | null };
export type StudentOutcome = {
  student: Student;
  status: "not_attempted" | "in_progress" | "done";
  attempts: number;
  best: { score: number; total: number; percent: number; seconds: number | null; finishedAt: Date } | null;
  skills: Record<Skill, SkillTally>;
};
export type AssignmentHistory = {
  id: string; quizTitle: string; opensAt: Date; dueAt: Date;
  averagePercent: number | null;
  done: number;
  notAttempted: Student[];
  inProgress: Student[];
  skills: Record<Skill, SkillTally>;
  students: StudentOutcome[];
};

function tally(answers: { correct: boolean; questionType: string }[]): Record<Skill, SkillTally> {
  const out = Object.fromEntries(SKILLS.map((s) => [s, { correct: 0, total: 0, percent: null }])) as Record<Skill, SkillTally>;
  for (const a of answers) {
    const t = out[skillOf(a.questionType)];
    t.total += 1;
    if (a.correct) t.correct += 1;
  }
  for (const t of Object.values(out)) t.percent = t.total ? percent(t.correct, t.total) : null;
  return out;
}

function sumTallies(parts: Record<Skill, SkillTally>[]): Record<Skill, SkillTally> {
  const sum = (skill: Skill, key: "correct" | "total") => parts.reduce((n, p) => n + p[skill][key], 0);
  return Object.fromEntries(SKILLS.map((s) => {
    const correct = sum(s, "correct");
    const total = sum(s, "total");
    return [s, { correct, total, percent: total ? percent(correct, total) : null }];
  })) as Record<Skill, SkillTally>;
}

/** Highest score share; on a tie the earlier finish, so the pick never changes by itself. */
export function bestAttempt(attempts: AttemptRow[]): (AttemptRow & { finishedAt: Date }) | null {
  let best: (AttemptRow & { finishedAt: Date }) | null = null;
  for (const a of attempts) {
    if (!a.finishedAt) continue;
    const p = a.score / Math.max(1, a.total);
    if (!best || p > best.score / Math.max(1, best.total)) best = a as AttemptRow & { finishedAt: Date };
  }
  return best;
}

function outcome(student: Student, attempts: AttemptRow[]): StudentOutcome {
  const mine = attempts.filter((a) => a.userId === student.id);
  const best = bestAttempt(mine);
  return {
    student,
    status: best ? "done" : mine.length ? "in_progress" : "not_attempted",
    attempts: mine.length,
    best: best && { score: best.score, total: best.total, percent: percent(best.score, best.total), seconds: durationSeconds(best), finishedAt: best.finishedAt },
    skills: tally(best?.answers ?? []),
  };
}

export function classHistory(rows: ClassHistoryRows): AssignmentHistory[] {
  return rows.assignments.map((a) => {
    const students = rows.students.map((s) => outcome(s, a.attempts));
    const done = students.filter((s) => s.best);
    return {
      id: a.id, quizTitle: a.quizTitle, opensAt: a.opensAt, dueAt: a.dueAt,
      // Mean of each student's percentage, like the student side: every student weighs the same.
      averagePercent: done.length ? Math.round(done.reduce((sum, s) => sum + s.best!.percent, 0) / done.length) : null,
      done: done.length,
      notAttempted: students.filter((s) => s.status === "not_attempted").map((s) => s.student),
      inProgress: students.filter((s) => s.status === "in_progress").map((s) => s.student),
      skills: sumTallies(done.map((s) => s.skills)),
      students,
    };
  });
}
