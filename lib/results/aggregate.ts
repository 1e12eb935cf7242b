// Pure aggregation of one assignment's results: no I/O, so the numbers are tested directly.
import { SKILLS, skillOf, type Citation, type Skill } from "@/lib/quiz/schema";

export type ResultQuestion = {
  id: string; position: number; type: string; prompt: string; choices: string[]; answerIndex: number; citations: Citation[];
  /** Written by the teacher (fact kind "teacher"), not by the generator. */
  byTeacher: boolean;
};
export type ResultStudent = { id: string; name: string | null; email: string | null };
export type ResultAttempt = {
  id: string;
  userId: string;
  startedAt: Date;
  finishedAt: Date | null;
  score: number;
  total: number;
  answers: { questionId: string; choiceIndex: number; correct: boolean; evidenceSentence: number | null; evidenceFound: boolean | null }[];
};

/** Evidence picks that found a cited sentence, of the picks made; null when none was asked for. */
export function evidenceTally(answers: { evidenceFound: boolean | null }[]): { found: number; of: number } | null {
  const picked = answers.filter((a) => a.evidenceFound !== null);
  return picked.length ? { found: picked.filter((a) => a.evidenceFound).length, of: picked.length } : null;
}

/**
 * The attempt that stands for a student: their best finished one, the earliest among equal
 * scores (the first time they showed it). Unfinished attempts never count.
 */
export function countedAttempt(attempts: ResultAttempt[]): ResultAttempt | null {
  const finished = attempts.filter((a) => a.finishedAt).sort((a, b) => a.finishedAt!.getTime() - b.finishedAt!.getTime());
  return finished.reduce<ResultAttempt | null>((best, a) => (!best || a.score > best.score ? a : best), null);
}

export function aggregateResults(questions: ResultQuestion[], students: ResultStudent[], attempts: ResultAttempt[]) {
  const byStudent = new Map<string, ResultAttempt[]>();
  for (const a of attempts) byStudent.set(a.userId, [...(byStudent.get(a.userId) ?? []), a]);

  const perStudent = students.map((s) => {
    const mine = byStudent.get(s.id) ?? [];
    const counted = countedAttempt(mine);
    return {
      student: s,
      attempts: mine.length,
      counted,
      score: counted?.score ?? null,
      total: counted?.total ?? null,
      timeTakenMs: counted?.finishedAt ? counted.finishedAt.getTime() - counted.startedAt.getTime() : null,
      finishedAt: counted?.finishedAt ?? null,
      evidence: counted ? evidenceTally(counted.answers) : null,
    };
  });

  const counted = perStudent.flatMap((p) => (p.counted ? [p.counted] : []));
  const answersOf = (questionId: string) => counted.flatMap((a) => a.answers.filter((x) => x.questionId === questionId));

  const perQuestion = questions.map((q) => {
    const answers = answersOf(q.id);
    const correct = answers.filter((a) => a.correct).length;
    const wrongCounts = new Map<number, number>();
    for (const a of answers) if (!a.correct) wrongCounts.set(a.choiceIndex, (wrongCounts.get(a.choiceIndex) ?? 0) + 1);
    // Ties go to the choice listed first, so the table is stable between loads.
    const [wrongIndex, wrongCount] = [...wrongCounts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [null, 0];
    return {
      question: q,
      answered: answers.length,
      correct,
      shareCorrect: answers.length ? correct / answers.length : null,
      mostChosenWrong: wrongIndex === null ? null : { choice: q.choices[wrongIndex] ?? "", count: wrongCount },
      citedSentence: q.citations.map((c) => c.text).join(" … "),
      evidence: evidenceTally(answers),
    };
  });

  const perSkill = SKILLS.map((skill: Skill) => {
    const rows = perQuestion.filter((p) => skillOf(p.question.type) === skill);
    const answered = rows.reduce((n, r) => n + r.answered, 0);
    const correct = rows.reduce((n, r) => n + r.correct, 0);
    return { skill, questions: rows.length, answered, correct, shareCorrect: answered ? correct / answered : null };
  });

  return { perStudent, perQuestion, perSkill };
}
export type AssignmentResults = ReturnType<typeof aggregateResults>;
