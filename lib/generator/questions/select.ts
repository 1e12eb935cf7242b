// From every type's checked candidates to one well-spread quiz: each question gets its status
// from the calibration table, then a round robin over the types (so a capped quiz still covers
// every type) takes at most `max` published questions. One question per fact, none whose prompt
// names another's answer, no answer of one type more than three times; published questions past
// the cap become alternates; the
// unpublishable ones are kept as suggestions for a teacher.
import { judge, type Verdict } from "../calibration";
import type { CalibrationTable, Question } from "../types";
import { newNameMemo, normalize, type NameMemo } from "./util";

export type Selection = { questions: Question[]; alternates: Question[] };

/** `memo`: the article's name memo, so the names and quotes the builders normalised are not
 *  normalised again; without one (a caller outside generateQuiz) a fresh one is made. */
export function selectQuestions(byType: Question[][], max: number, table?: CalibrationTable, memo: NameMemo = newNameMemo()): Selection {
  const verdictOf = verdicts(table);
  const published = byType.map((list) => list.filter((q) => verdictOf(q.basis).publish));
  const suggested = byType.map((list) => list.filter((q) => !verdictOf(q.basis).publish));
  const chosen: Question[] = [];
  const alternates: Question[] = [];
  // Every candidate is compared with every chosen one: its normal forms are made once.
  const norms = normsOf(memo);
  const sameFact = (a: Question, b: Question) => same(a, b, norms);
  // Alternates need not fit with each other's prompts: a teacher swaps them in one at a time.
  // They take what the cap leaves out, and the answers a full type already gives too often.
  const toQuiz = (q: Question) => chosen.length < max && fits(q, chosen, [], norms);
  const toAlternates = (q: Question) =>
    (chosen.length >= max || repeats(q, chosen, [], norms)) && !chosen.some((x) => sameFact(x, q)) && !alternates.some((x) => sameFact(x, q));
  takeFitting(published, (q) => toQuiz(q) || toAlternates(q), (q) => (toQuiz(q) ? chosen : alternates).push(q));
  const suggestions: Question[] = [];
  // A teacher accepts suggestions into the same quiz: they must fit with it and with each other.
  const fitsSuggestions = (q: Question) => suggestions.length < max && fits(q, chosen, suggestions, norms);
  takeFitting(suggested, fitsSuggestions, (q) => suggestions.push(q));
  // The status is put on a question only here: candidates that are never taken are not copied.
  const ids = (list: Question[], prefix: string) => list.map((q, i) => withStatus(q, verdictOf(q.basis), `${prefix}${i + 1}`));
  return { questions: [...ids(chosen, "q"), ...ids(suggestions, "s")], alternates: ids(alternates, "a") };
}

/** memo: the verdict on one basis, per call. It depends only on the basis's rules (in order),
 *  its sureness and the table, and most candidates of a type share those. */
function verdicts(table?: CalibrationTable): (basis: Question["basis"]) => Verdict {
  const made = new Map<string, Verdict>();
  return (basis) => {
    const key = (basis.sure ? "1" : "0") + basis.rules.join("\u0000");
    let v = made.get(key);
    if (!v) made.set(key, (v = judge(basis, table)));
    return v;
  };
}

/** The same object, key for key, as `{ ...{ ...q, status, confidence, reason? }, id }`. */
function withStatus(q: Question, v: Verdict, id: string): Question {
  const status = v.publish ? "published" : "suggested";
  return v.reason ? { ...q, status, confidence: v.confidence, reason: v.reason, id } : { ...q, status, confidence: v.confidence, id };
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
  /** The last word of a key of two or more words whose last has at least 4 letters, else null
   *  (only who-said and source keys are looked for by surname). */
  surname?: string | null;
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
 *  not repeat an answer of its type too often. `chosen` is the two lists one after the other
 *  (not concatenated: that copied them for every candidate). */
function fits(q: Question, chosen: Question[], more: Question[], norms: NormsOf): boolean {
  if (repeats(q, chosen, more, norms)) return false;
  const ok = (x: Question) => !same(x, q, norms) && !givesAway(x, q, norms) && !givesAway(q, x, norms);
  return chosen.every(ok) && more.every(ok);
}

function repeats(q: Question, chosen: Question[], more: Question[], norms: NormsOf): boolean {
  const answer = norms(q).key;
  let n = 0;
  for (const list of [chosen, more]) for (const x of list) if (x.type === q.type && norms(x).key === answer) n++;
  return n >= SAME_ANSWER_MAX;
}

function same(a: Question, b: Question, norms: NormsOf): boolean {
  return a.fact.kind === b.fact.kind && factOf(norms(a)) === factOf(norms(b));
}

/** True when `asker`'s prompt names `answered`'s key: "relaying Ann Holt’s words" before "Who
 *  said …?" keyed Ann Holt. Status labels are the same few words everywhere, so they don't count. */
function givesAway(asker: Question, answered: Question, norms: NormsOf): boolean {
  if (answered.type === "claim_status" || answered.type === "timeline") return false;
  const { key, spacedKey } = norms(answered);
  // (the asker's prompt is normalised only when a test reads it)
  if (key.length > 2 && promptOf(norms(asker)).includes(spacedKey)) return true;
  if (answered.type !== "who_said" && answered.type !== "source") return false;
  // A surname alone names the person too ("Holt’s words").
  const last = surnameOf(norms(answered));
  return last !== null && hasWord(promptOf(norms(asker)), last);
}

function surnameOf(n: Norms): string | null {
  if (n.surname === undefined) {
    const last = n.key.split(" ").pop() ?? "";
    n.surname = last.length >= 4 && n.key.includes(" ") ? last : null;
  }
  return n.surname;
}

/** The same answer as `new RegExp(\`\\b${escaped word}\\b\`).test(text)`, without building a
 *  regex per key: an occurrence with a \b (ASCII word / non-word change) at both ends. */
function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (boundaryAt(text, i) && boundaryAt(text, i + word.length)) return true;
  }
  return false;
}

function boundaryAt(s: string, i: number): boolean {
  return isWordChar(s.charCodeAt(i - 1)) !== isWordChar(s.charCodeAt(i));
}

/** \w without the u flag: [A-Za-z0-9_]; NaN (before the start, past the end) is not one. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
