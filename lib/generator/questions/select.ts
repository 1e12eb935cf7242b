// From every type's checked candidates to one well-spread quiz: each question gets its status
// from the calibration table, then a round robin over the types (so a capped quiz still covers
// every type) takes at most `max` published questions. One question per fact, none whose prompt
// names another's answer, no answer of one type more than three times; published questions past
// the cap become alternates; the
// unpublishable ones are kept as suggestions for a teacher.
import { judge } from "../calibration";
import type { CalibrationTable, Question } from "../types";
import { newNameMemo, normalize } from "./util";

export type Selection = { questions: Question[]; alternates: Question[] };

export function selectQuestions(byType: Question[][], max: number, table?: CalibrationTable): Selection {
  const judged = byType.map((list) => list.map((q) => withStatus(q, table)));
  const published = judged.map((list) => list.filter((q) => q.status === "published"));
  const suggested = judged.map((list) => list.filter((q) => q.status === "suggested"));
  const chosen: Question[] = [];
  const alternates: Question[] = [];
  // Every candidate is compared with every chosen one: the normal forms are made once.
  const memo = newNameMemo();
  const norm: Norm = (text) => normalize(text, memo);
  const fitsWith = (q: Question, list: Question[]) => fits(q, list, norm);
  const repeatsAnswer = (q: Question, list: Question[]) => repeats(q, list, norm);
  const sameFact = (a: Question, b: Question) => same(a, b, norm);
  // Alternates need not fit with each other's prompts: a teacher swaps them in one at a time.
  // They take what the cap leaves out, and the answers a full type already gives too often.
  const toQuiz = (q: Question) => chosen.length < max && fitsWith(q, chosen);
  const toAlternates = (q: Question) => (chosen.length >= max || repeatsAnswer(q, chosen)) && !chosen.concat(alternates).some((x) => sameFact(x, q));
  takeFitting(published, (q) => toQuiz(q) || toAlternates(q), (q) => (toQuiz(q) ? chosen : alternates).push(q));
  const suggestions: Question[] = [];
  // A teacher accepts suggestions into the same quiz: they must fit with it and with each other.
  const fitsSuggestions = (q: Question) => suggestions.length < max && fitsWith(q, chosen.concat(suggestions));
  takeFitting(suggested, fitsSuggestions, (q) => suggestions.push(q));
  const ids = (list: Question[], prefix: string) => list.map((q, i) => ({ ...q, id: `${prefix}${i + 1}` }));
  return { questions: [...ids(chosen, "q"), ...ids(suggestions, "s")], alternates: ids(alternates, "a") };
}

function withStatus(q: Question, table?: CalibrationTable): Question {
  const v = judge(q.basis, table);
  const status = v.publish ? "published" : "suggested";
  return v.reason ? { ...q, status, confidence: v.confidence, reason: v.reason } : { ...q, status, confidence: v.confidence };
}

/** Round robin over the lists: each round offers `take` the next item of every list that
 *  `fits` (judged against what was taken so far), so a list whose head does not fit still gets
 *  its turn. */
export function takeFitting<T>(lists: T[][], fits: (item: T) => boolean, take: (item: T) => void): void {
  const queues = lists.map((l) => [...l]);
  while (queues.some((q) => q.length)) {
    for (const queue of queues) {
      while (queue.length) {
        const item = queue.shift()!;
        if (!fits(item)) continue;
        take(item);
        break;
      }
    }
  }
}

/** At most this many questions of one type share one answer: a quiz where "Who said …?" is
 *  always the same person can be played without reading. */
const SAME_ANSWER_MAX = 3;

/** Asks a fact no chosen question asks, neither gives away nor is given away by one, and does
 *  not repeat an answer of its type too often. */
type Norm = (text: string) => string;

function fits(q: Question, chosen: Question[], norm: Norm): boolean {
  return !repeats(q, chosen, norm) && chosen.every((x) => !same(x, q, norm) && !givesAway(x, q, norm) && !givesAway(q, x, norm));
}

function repeats(q: Question, chosen: Question[], norm: Norm): boolean {
  const answer = norm(q.choices[q.answerIndex]);
  return chosen.filter((x) => x.type === q.type && norm(x.choices[x.answerIndex]) === answer).length >= SAME_ANSWER_MAX;
}

function same(a: Question, b: Question, norm: Norm): boolean {
  return a.fact.kind === b.fact.kind && norm(a.fact.text) === norm(b.fact.text);
}

/** True when `asker`'s prompt names `answered`'s key: "relaying Ann Holt’s words" before "Who
 *  said …?" keyed Ann Holt. Status labels are the same few words everywhere, so they don't count. */
function givesAway(asker: Question, answered: Question, norm: Norm): boolean {
  if (answered.type === "claim_status" || answered.type === "timeline") return false;
  const prompt = ` ${norm(asker.prompt)} `;
  const key = norm(answered.choices[answered.answerIndex]);
  if (key.length > 2 && prompt.includes(` ${key} `)) return true;
  if (answered.type !== "who_said" && answered.type !== "source") return false;
  // A surname alone names the person too ("Holt’s words").
  const last = key.split(" ").pop() ?? "";
  return last.length >= 4 && key.includes(" ") && new RegExp(`\\b${escape(last)}\\b`).test(prompt);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
