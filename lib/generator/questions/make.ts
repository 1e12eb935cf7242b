// Assembles one question from its right answer and its distractors: shuffles the choices with a
// generator seeded from the article and the prompt, so the same text always gives the same quiz.
import type { Question, QuestionType, Span } from "../types";
import { hashBody, hashText, normalize, sameName, seededRandom, shuffle } from "./util";

export type Choice = { label: string; value: string };

export type Draft = {
  type: QuestionType;
  prompt: string;
  answer: Choice;
  distractors: Choice[];
  explanation: string;
  citations: Span[];
  fact: Question["fact"];
};

/** Drops distractors that read like the answer or each other, keeps at most three. */
export function distinctDistractors(answer: Choice, pool: Choice[], max = 3, names = false): Choice[] {
  const seen = new Set([normalize(answer.label)]);
  const seenValues = new Set([answer.value]);
  const out: Choice[] = [];
  for (const c of pool) {
    const key = normalize(c.label);
    if (!key || seen.has(key) || seenValues.has(c.value)) continue;
    // Two choices naming one body ("KPA", "Korean People's Army") would read as one.
    if (names && (sameName(c.label, answer.label) || out.some((o) => sameName(o.label, c.label)))) continue;
    seen.add(key);
    seenValues.add(c.value);
    out.push(c);
    if (out.length === max) break;
  }
  return out;
}

/** A finished question, or null when there are too few distractors for 3 choices. */
export function makeQuestion(body: string, draft: Draft): Question | null {
  const distractors = distinctDistractors(draft.answer, draft.distractors, 3, draft.type === "who_said" || draft.type === "source");
  if (distractors.length < 2) return null;
  const rand = seededRandom(hashBody(body) ^ hashText(draft.type + "\u0000" + draft.prompt));
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
  };
}
