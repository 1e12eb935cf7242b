// The misreading map: which sentences of the article the class misread. Each sentence a question
// cites gets the share of students who missed a question citing it, from each student's counted
// (best finished) attempt. Pure: the page and the tests feed it the same rows.
import { citedSentenceIds, type NumberedSpan } from "@/lib/attempts/evidence";

/** Below this many students a share would point at individuals, so it is not shown. */
export const MIN_STUDENTS = 3;

/** Shading steps of the scale, as lower bounds of the share missed (the legend reads them). */
export const SHADE_STEPS = [0, 0.2, 0.4, 0.6, 0.8] as const;

export type MapQuestion = { id: string; position: number; prompt: string; choices: string[]; answerIndex: number; citations: { start: number; end: number }[] };
export type MapAnswer = { questionId: string; choiceIndex: number; correct: boolean; evidenceFound?: boolean | null };
/** One student's counted attempt, reduced to its answers. */
export type MapAttempt = { answers: MapAnswer[] };

export type QuestionDetail = {
  id: string;
  position: number;
  prompt: string;
  answered: number;
  shareCorrect: number | null;
  mostChosenWrong: { choice: string; count: number } | null;
  /** Among answers that picked evidence: how many found a cited sentence. */
  evidence: { found: number; of: number } | null;
};

export type MisreadSentence = NumberedSpan & {
  questions: QuestionDetail[];
  /** Students who answered at least one question citing the sentence, and those who missed one. */
  students: number;
  missed: number;
  /** null when fewer than MIN_STUDENTS answered: the counts are hidden. */
  shareMissed: number | null;
  shade: number | null;
  evidence: { found: number; of: number } | null;
};

export function shadeOf(share: number): number {
  return SHADE_STEPS.findLastIndex((step) => share >= step);
}

function questionDetail(q: MapQuestion, attempts: MapAttempt[]): QuestionDetail {
  const answers = attempts.flatMap((a) => a.answers.filter((x) => x.questionId === q.id));
  const hidden = answers.length < MIN_STUDENTS;
  const wrong = new Map<number, number>();
  for (const a of answers) if (!a.correct) wrong.set(a.choiceIndex, (wrong.get(a.choiceIndex) ?? 0) + 1);
  // Ties go to the choice listed first, as in the results table.
  const [wrongIndex, wrongCount] = [...wrong].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [null, 0];
  const picked = answers.filter((a) => a.evidenceFound !== null && a.evidenceFound !== undefined);
  return {
    id: q.id,
    position: q.position,
    prompt: q.prompt,
    answered: answers.length,
    shareCorrect: hidden ? null : answers.filter((a) => a.correct).length / answers.length,
    mostChosenWrong: hidden || wrongIndex === null ? null : { choice: q.choices[wrongIndex] ?? "", count: wrongCount },
    evidence: hidden || picked.length === 0 ? null : { found: picked.filter((a) => a.evidenceFound).length, of: picked.length },
  };
}

/** Every cited sentence with its share missed, in article order. */
export function misreadingMap(sentences: NumberedSpan[], questions: MapQuestion[], attempts: MapAttempt[]): MisreadSentence[] {
  const citing = new Map<number, MapQuestion[]>();
  for (const q of questions) for (const id of citedSentenceIds(sentences, q.citations)) citing.set(id, [...(citing.get(id) ?? []), q]);
  return sentences.flatMap((s) => {
    const qs = citing.get(s.id);
    if (!qs) return [];
    const ids = new Set(qs.map((q) => q.id));
    const own = attempts.map((a) => a.answers.filter((x) => ids.has(x.questionId))).filter((answers) => answers.length > 0);
    const missed = own.filter((answers) => answers.some((x) => !x.correct)).length;
    const hidden = own.length < MIN_STUDENTS;
    const picks = own.flat().filter((a) => a.evidenceFound !== null && a.evidenceFound !== undefined);
    const share = hidden ? null : missed / own.length;
    return [{
      ...s,
      questions: qs.map((q) => questionDetail(q, attempts)),
      students: own.length,
      missed: hidden ? 0 : missed,
      shareMissed: share,
      shade: share === null ? null : shadeOf(share),
      evidence: hidden || picks.length === 0 ? null : { found: picks.filter((a) => a.evidenceFound).length, of: picks.length },
    }];
  });
}

/** The text alternative: the sentences with a shown share, most missed first (then most students, then article order). */
export function mostMisread(map: MisreadSentence[]): MisreadSentence[] {
  return map
    .filter((s) => s.shareMissed !== null)
    .sort((a, b) => b.shareMissed! - a.shareMissed! || b.missed - a.missed || a.start - b.start);
}
