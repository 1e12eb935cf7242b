import { SKILLS, SKILL_LABELS, skillOf, type Skill } from "@/lib/quiz/schema";

export type SkillRow = { skill: Skill; label: string; right: number; total: number };

/** Right answers per skill, in the fixed skill order; skills the quiz does not ask are left out. */
export function breakdownBySkill(questions: { type: string; answer: { correct: boolean } | null }[]): SkillRow[] {
  return SKILLS.map((skill) => {
    const own = questions.filter((q) => skillOf(q.type) === skill);
    return { skill, label: SKILL_LABELS[skill], right: own.filter((q) => q.answer?.correct).length, total: own.length };
  }).filter((row) => row.total > 0);
}

/** Seconds from start to finish; null while unfinished. */
export function durationSeconds(startedAt: Date, finishedAt: Date | null): number | null {
  return finishedAt ? Math.max(0, Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000)) : null;
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h) return `${h} h ${m} min`;
  return m ? `${m} min ${String(s).padStart(2, "0")} s` : `${s} s`;
}
