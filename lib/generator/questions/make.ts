// Assembles one question from its right answer and its distractors: shuffles the choices with a
// generator seeded from the article and the prompt, so the same text always gives the same quiz.
import { memoOf, type Analysis } from "../analysis";
import type { Question, QuestionBasis, QuestionType, Span } from "../types";
import { hashText, normalize, sameName, seededRandom, shuffle, type NameMemo } from "./util";

export type Choice = { label: string; value: string };

export type Draft = {
  type: QuestionType;
  prompt: string;
  answer: Choice;
  /** Read in order, only until enough distinct ones are found (who-said makes them lazily). */
  distractors: Iterable<Choice>;
  explanation: string;
  citations: Span[];
  fact: Question["fact"];
  basis: QuestionBasis;
};

/** Drops distractors that read like the answer or each other, keeps at most three. */
export function distinctDistractors(answer: Choice, pool: Iterable<Choice>, max = 3, names = false, memo?: NameMemo): Choice[] {
  const seen = new Set([normalize(answer.label, memo)]);
  const seenValues = new Set([answer.value]);
  const out: Choice[] = [];
  for (const c of pool) {
    const key = normalize(c.label, memo);
    if (!key || seen.has(key) || seenValues.has(c.value)) continue;
    // Two choices naming one body ("FRA", "Federal Rail Authority") would read as one.
    if (names && (sameName(c.label, answer.label, memo) || out.some((o) => sameName(o.label, c.label, memo)))) continue;
    seen.add(key);
    seenValues.add(c.value);
    out.push(c);
    if (out.length === max) break;
  }
  return out;
}

/** A finished question, or null when there are too few distractors for 3 choices. Given the
 *  analysis (not just the body), it reuses that article's memo for the body hash and names. */
export function makeQuestion(source: string | Analysis, draft: Draft): Question | null {
  const memo = typeof source === "string" ? undefined : memoOf(source);
  const names = draft.type === "who_said" || draft.type === "source";
  const distractors = distinctDistractors(draft.answer, draft.distractors, 3, names, memo?.names);
  if (distractors.length < 2) return null;
  const bodyHash = memo ? memo.bodyHash : hashText(source as string);
  const rand = seededRandom(bodyHash ^ hashText(draft.type + "\u0000" + draft.prompt));
  const choices = shuffle([draft.answer, ...distractors], rand);
  return {
    id: "",
    type: draft.type,
    prompt: draft.prompt,
    choices: choices.map((c) => c.label),
    answerIndex: choices.indexOf(draft.answer),
    answerValue: draft.answer.value,
    explanation: draft.explanation,
    citations: draft.citations,
    fact: draft.fact,
    choiceValues: choices.map((c) => c.value),
    basis: draft.basis,
    // Decided once the whole set is built (questions/status.ts), from the calibration table.
    status: "suggested",
  };
}
