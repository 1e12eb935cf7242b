// Best guesses for quotes that no cue attributes. Each is its own rule, so calibration can
// measure it apart from the cue rules:
//  - partial-sentence-subject: quoted words inside a sentence whose subject stands before them
//    ("Olsen pledged to fight “every step of the way.”");
//  - partial-pronoun-subject: the same with a pronoun subject resolved to the previous subject;
//  - partial-relative-clause-subject: the name after "which"/"whom" before the words ("the plan,
//    which Olsen called “reckless”");
//  - direct-sentence-subject / direct-pronoun-subject: the same for a full quotation that its
//    sentence leads into ("Olsen reacted sharply to the deal, “…”");
//    either with "-unread-cue" when the sentence has a speech verb that no cue rule could read;
//  - previous-sentence-subject: a quote that opens its sentence with no cue, after a sentence
//    whose subject is named ("Olsen praised the crews. “They never gave up.”");
//  - previous-sentence-pronoun: the same when that subject is "he"/"she";
//    either with "-after-quote" when that sentence quotes an unnamed voice through its own cue.
import type { Speech } from "./context";
import type { Entity, Quote } from "../types";

export type Guess = { speaker: Entity; rule: string };

const speakerLike = (e: Entity) => e.kind === "person" || e.kind === "organisation" || e.kind === "outlet";

/** The quote's sentences have a speech verb of their own that no rule could read: someone
 *  unnamed speaks there, so no guess. */
const ownCue = (sp: Speech, q: Quote) => q.sentenceIds.some((s) => sp.speechVerbIn[s] === 1);

/** The named or pronoun subject of sentence s before token `before`. */
function subjectOf(sp: Speech, s: number, before: number, rule: string): Guess | null {
  if (s < 0 || sp.sentFrom[s] < 0) return null;
  const first = sp.firstFreeWord[s];
  const opener = first >= 0 && first < before ? sp.tokens[first].lower : "";
  if (opener === "he" || opener === "she") {
    const e = sp.resolvePronoun(opener, first, null, null);
    return e ? { speaker: e, rule: `${rule}-pronoun` } : null;
  }
  const e = sp.sentenceSubject(s, before, speakerLike);
  if (e) return { speaker: e, rule };
  // "Why did she want to go?": a subject pronoun among the sentence's first words.
  for (let k = first; k >= 0 && k < before && k < first + 4 && sp.tokens[k].sentence === s; k++) {
    const w = sp.tokens[k].lower;
    if (sp.inQuote[k] || (w !== "he" && w !== "she")) continue;
    const r = sp.resolvePronoun(w, k, null, null);
    return r ? { speaker: r, rule: `${rule}-pronoun` } : null;
  }
  return null;
}

/** Quoted words inside a sentence whose subject comes before them ("partial-…"; a full
 *  quotation after words of its sentence: "direct-…"). */
export function sentenceSubjectGuess(sp: Speech, q: Quote): Guess | null {
  const s = q.sentenceIds[0] ?? -1;
  const { a } = sp.quoteRange(q);
  if (s < 0 || sp.firstFreeWord[s] < 0 || sp.firstFreeWord[s] >= a) return null;
  const kind = q.kind === "direct" ? "direct" : "partial";
  const relative = sp.relativeClauseSubject(a);
  if (relative) return { speaker: relative, rule: `${kind}-relative-clause-subject` };
  const g = subjectOf(sp, s, a, `${kind}-sentence-subject`);
  if (!g) return null;
  const rule = g.rule.endsWith("-pronoun") ? `${kind}-pronoun-subject` : g.rule;
  // A speech verb no rule could read may name someone else: the same guess, its own rule.
  return { speaker: g.speaker, rule: ownCue(sp, q) ? `${rule}-unread-cue` : rule };
}

/** Sentence s quotes someone through a speech verb of its own ("“…,” said one Olsen aide."):
 *  a quote after it goes on in that voice, and when no rule could name that voice, a name in
 *  its description ("Olsen") is a weaker guess: measured apart ("-after-quote"). */
function quotedWithCue(sp: Speech, s: number): boolean {
  if (!sp.speechVerbIn[s]) return false;
  for (let k = sp.sentFrom[s]; k < sp.tokens.length && sp.tokens[k].sentence === s; k++) if (sp.inQuote[k]) return true;
  return false;
}

/** A cue-less quote opening its sentence: the subject of the sentence before it. */
export function previousSubject(sp: Speech, q: Quote): Guess | null {
  const s = q.sentenceIds[0] ?? -1;
  const { a } = sp.quoteRange(q);
  if (s <= 0 || (sp.firstFreeWord[s] >= 0 && sp.firstFreeWord[s] < a) || ownCue(sp, q)) return null;
  const g = subjectOf(sp, s - 1, Infinity, "previous-sentence-subject");
  if (!g) return null;
  const rule = g.rule.endsWith("-pronoun") ? "previous-sentence-pronoun" : g.rule;
  return { speaker: g.speaker, rule: quotedWithCue(sp, s - 1) ? `${rule}-after-quote` : rule };
}
