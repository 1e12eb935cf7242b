// From every type's checked candidates to one well-spread quiz: each question gets its status
// from the calibration table, then a round robin over the types (so a capped quiz still covers
// every type) takes at most `max` published questions. One question per fact, none whose prompt
// names another's answer, no answer of one type more than three times; published questions past
// the cap become alternates; the
// unpublishable ones are kept as suggestions for a teacher.
import { judge } from "../calibration";
import type { CalibrationTable, Question } from "../types";
import { newNameMemo, normalize, type NameMemo } from "./util";

export type Selection = { questions: Question[]; alternates: Question[] };

/** `memo`: the article's name memo, so the names and quotes the builders normalised are not
 *  normalised again; without one (a caller outside generateQuiz) a fresh one is made. */
export function selectQuestions(byType: Question[][], max: number, table?: CalibrationTable, memo: NameMemo = newNameMemo()): Selection {
  const judged = byType.map((list) => list.map((q) => withStatus(q, table)));
  const published = judged.map((list) => list.filter((q) => q.status === "published"));
  const suggested = judged.map((list) => list.filter((q) => q.status === "suggested"));
  const chosen: Question[] = [];
  const alternates: Question[] = [];
  // Every candidate is compared with every chosen one: its normal forms are made once.
  const norms = normsOf(memo);
  const fitsWith = (q: Question, list: Question[]) => fits(q, list, norms);
  const repeatsAnswer = (q: Question, list: Question[]) => repeats(q, list, norms);
  const sameFact = (a: Question, b: Question) => same(a, b, norms);
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

/** A question's normal forms, as the comparisons below read them. The key is made at once
 *  (every check reads it); the others on first use, since most pairs are settled before. */
type Norms = {
  q: Question;
  memo: NameMemo;
  /** The normalised key (the answer's text), and it with a space either side. */
  key: string;
  spacedKey: string;
  /** The normalised prompt with a space either side, for whole-word look-ups. */
  prompt?: string;
  fact?: string;
  /** `\bsurname\b` of a key of two or more words whose last has at least 4 letters, else null
   *  (only who-said and source keys are looked for by surname). */
  surname?: RegExp | null;
};
type NormsOf = (q: Question) => Norms;

/** memo: per question, made on first use; fits() compares every candidate with every chosen
 *  question, and prompts and fact texts over 400 characters are not in the name memo. */
function normsOf(memo: NameMemo): NormsOf {
  const made = new Map<Question, Norms>();
  return (q) => {
    let n = made.get(q);
    if (!n) {
      const key = normalize(q.choices[q.answerIndex], memo);
      n = { q, memo, key, spacedKey: ` ${key} ` };
      made.set(q, n);
    }
    return n;
  };
}

function promptOf(n: Norms): string {
  return (n.prompt ??= ` ${normalize(n.q.prompt, n.memo)} `);
}

function factOf(n: Norms): string {
  return (n.fact ??= normalize(n.q.fact.text, n.memo));
}

/** Asks a fact no chosen question asks, neither gives away nor is given away by one, and does
 *  not repeat an answer of its type too often. */
function fits(q: Question, chosen: Question[], norms: NormsOf): boolean {
  return !repeats(q, chosen, norms) && chosen.every((x) => !same(x, q, norms) && !givesAway(x, q, norms) && !givesAway(q, x, norms));
}

function repeats(q: Question, chosen: Question[], norms: NormsOf): boolean {
  const answer = norms(q).key;
  return chosen.filter((x) => x.type === q.type && norms(x).key === answer).length >= SAME_ANSWER_MAX;
}

function same(a: Question, b: Question, norms: NormsOf): boolean {
  return a.fact.kind === b.fact.kind && factOf(norms(a)) === factOf(norms(b));
}

/** True when `asker`'s prompt names `answered`'s key: "relaying Ann Holt’s words" before "Who
 *  said …?" keyed Ann Holt. Status labels are the same few words everywhere, so they don't count. */
function givesAway(asker: Question, answered: Question, norms: NormsOf): boolean {
  if (answered.type === "claim_status" || answered.type === "timeline") return false;
  const { key, spacedKey } = norms(answered);
  const prompt = promptOf(norms(asker));
  if (key.length > 2 && prompt.includes(spacedKey)) return true;
  if (answered.type !== "who_said" && answered.type !== "source") return false;
  // A surname alone names the person too ("Holt’s words").
  const re = surnameOf(norms(answered));
  return re !== null && re.test(prompt);
}

function surnameOf(n: Norms): RegExp | null {
  if (n.surname === undefined) {
    const last = n.key.split(" ").pop() ?? "";
    n.surname = last.length >= 4 && n.key.includes(" ") ? new RegExp(`\\b${escape(last)}\\b`) : null;
  }
  return n.surname;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
