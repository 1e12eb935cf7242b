// Pure aggregates over rows the data layer read: no clock, no database, so tests feed rows in
// and compare numbers out.
// Skills are the play side's (lib/quiz/schema) so the end-of-quiz breakdown and history agree.
import { SKILLS, skillOf, type Skill } from "@/lib/quiz/schema";

export type AttemptRow = {
  id: string;
  quizTitle: string;
  className: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  score: number;
  total: number;
  /** Show the evidence: picks that found a cited sentence, of the picks made; else absent. */
  evidence?: { found: number; of: number } | null;
};

/** One answered question, from an attempt or from a review session. */
export type SkillAnswerRow = {
  questionType: string;
  correct: boolean;
  answeredAt: Date;
  /** Groups answers into one chart point: an attempt id, or a review day. */
  sessionKey: string;
  source: "attempt" | "review";
};

export type ScorePoint = { at: Date; label: string; score: number; total: number; percent: number };
export type SkillPoint = { at: Date; label: string; correct: number; total: number; percent: number };
export type SkillSeries = { skill: Skill; correct: number; total: number; percent: number | null; points: SkillPoint[] };

export function percent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct * 100) / total);
}

export function durationSeconds(a: Pick<AttemptRow, "startedAt" | "finishedAt">): number | null {
  return a.finishedAt ? Math.max(0, Math.round((a.finishedAt.getTime() - a.startedAt.getTime()) / 1000)) : null;
}

/** Finished attempts in the order they were finished: the score-over-time line. */
export function scoreSeries(attempts: AttemptRow[]): ScorePoint[] {
  return attempts
    .filter((a): a is AttemptRow & { finishedAt: Date } => a.finishedAt !== null)
    .sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime())
    .map((a) => ({ at: a.finishedAt, label: a.quizTitle, score: a.score, total: a.total, percent: percent(a.score, a.total) }));
}

export type HistorySummary = { finished: number; inProgress: number; averagePercent: number | null; bestPercent: number | null };

export function summarise(attempts: AttemptRow[]): HistorySummary {
  const points = scoreSeries(attempts);
  const percents = points.map((p) => p.percent);
  return {
    finished: points.length,
    inProgress: attempts.length - points.length,
    // The mean of each attempt's percentage: a short quiz weighs as much as a long one.
    averagePercent: percents.length ? Math.round(percents.reduce((s, p) => s + p, 0) / percents.length) : null,
    bestPercent: percents.length ? Math.max(...percents) : null,
  };
}

/** Per skill: the overall share right and one point per session (attempt or review day). */
export function skillSeries(answers: SkillAnswerRow[]): SkillSeries[] {
  return SKILLS.map((skill) => {
    const mine = answers.filter((a) => skillOf(a.questionType) === skill);
    const sessions = new Map<string, { at: Date; label: string; correct: number; total: number }>();
    for (const a of mine) {
      const s = sessions.get(a.sessionKey) ?? { at: a.answeredAt, label: a.source === "review" ? "Review" : "Quiz", correct: 0, total: 0 };
      // A session is placed at its last answer, so a quiz finished later sorts later.
      if (a.answeredAt > s.at) s.at = a.answeredAt;
      s.total += 1;
      if (a.correct) s.correct += 1;
      sessions.set(a.sessionKey, s);
    }
    const points = [...sessions.values()]
      .sort((x, y) => x.at.getTime() - y.at.getTime())
      .map((s) => ({ ...s, percent: percent(s.correct, s.total) }));
    const correct = mine.filter((a) => a.correct).length;
    return { skill, correct, total: mine.length, percent: mine.length ? percent(correct, mine.length) : null, points };
  });
}
