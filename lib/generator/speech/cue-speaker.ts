// Who a cue's subject is: a named entity, a raw name, a pronoun (resolved to the previous
// quote's speaker for continuation verbs, else to an earlier subject) or the clause's subject.
// Each route keeps its own rule id suffix so calibration can weigh it.
import type { Cue, Speech } from "./context";
import { CONTINUATION_VERBS } from "../text/lexicon";
import type { Entity, Quote } from "../types";

export type Speaker = Entity | string | null;
/** The quote a cue-less one may carry on; `anchor` is the rule of the cue that began the chain. */
export type Prev = { q: Quote; speaker: Speaker; via: Entity | null; sure: boolean; lastSentence: number; anchor: string } | null;
export type Via = { via: Entity | null; viaRule: string | null };
export type CueReading = { speaker: Speaker; sure: boolean; rule: string } & Via;

const NO_VIA: Via = { via: null, viaRule: null };

/** The quote's own words name the entity: a speaker seldom names himself in full. */
function namedInside(q: Quote, e: Entity): boolean {
  const names = [e.name, ...e.aliases].filter((a) => a.length > 2);
  return names.some((a) => q.quote.includes(a));
}

/** "Hale said the vote would be in April. “…,” she added.": the sentence right before the cue,
 *  past the previous quote, reports someone else speaking; "added" takes up that person. */
function otherSpokeBetween(sp: Speech, c: Cue, prev: NonNullable<Prev>): boolean {
  const before = sp.tokens[c.verbStart].sentence - 1;
  if (before <= prev.lastSentence) return false;
  const other = sp.reportedSpeaker(before);
  return other !== null && other !== prev.speaker;
}

function pronounReading(sp: Speech, c: Cue, q: Quote, prev: Prev, immediate: boolean): CueReading {
  const pronoun = c.speaker.kind === "pronoun" ? c.speaker.pronoun : "";
  if (CONTINUATION_VERBS.has(c.verb) && prev && prev.speaker && !otherSpokeBetween(sp, c, prev)) {
    const via = immediate && prev.via ? { via: prev.via, viaRule: "previous-quote" } : NO_VIA;
    return { speaker: prev.speaker, sure: true, rule: `${c.rule}-pronoun-previous-quote`, ...via };
  }
  const e = sp.resolvePronoun(pronoun, c.verbStart, prev?.q ?? null, typeof prev?.speaker === "object" ? (prev?.speaker?.name ?? null) : (prev?.speaker ?? null));
  if (e && namedInside(q, e)) {
    // "He said, “Olsen was the centre of it all.”": another person of the sentence before.
    const other = sp.otherPersonBefore(c.verbStart, e);
    return { speaker: other, sure: false, rule: `${c.rule}-pronoun-other-person`, ...NO_VIA };
  }
  // "X told the Courier …. “…,” she said": the outlet of that sentence carries over.
  // (not when the cue names a channel of its own: "she said in a statement")
  const ownChannel = /^(in|on|to|at|during|via)$/.test(sp.tokens[c.verbStart + 1]?.lower ?? "");
  const told = e && !ownChannel ? sp.previousTold(c.verbStart, e) : null;
  const via = told ? { via: told, viaRule: "previous-sentence-told" } : NO_VIA;
  return { speaker: e, sure: e !== null, rule: `${c.rule}-pronoun-subject`, ...via };
}

/** How the cue spells its subject: the full name as introduced ("Jan Olsen said") or a shorter
 *  form that had to be joined to it (a title and surname, a description, an alias). The join
 *  can go wrong only in the second case, so each is measured under its own rule id. */
function nameForm(sp: Speech, s: { entity: Entity; from: number; to: number }): string {
  const words = sp.tokens.slice(s.from, s.to + 1).filter((t) => t.word).map((t) => t.base);
  return words.join(" ") === s.entity.name.replace(/['’]s$/, "") ? "-full-name" : "-short-name";
}

/** The speaker a cue names, with the rule id of the route that found it. */
export function readCue(sp: Speech, c: Cue, q: Quote, prev: Prev, immediate: boolean): CueReading {
  const via = c.via ? { via: c.via, viaRule: "cue-hearer" } : NO_VIA;
  switch (c.speaker.kind) {
    case "entity":
      // ("…," X said: the subject right after the quote joins well in either form, measured as one)
      // (a generic noun standing for a body, "the group said", is a join of its own, measured apart)
      if (c.speaker.generic) return { speaker: c.speaker.entity, sure: true, rule: `${c.rule}-generic-noun`, ...via };
      return { speaker: c.speaker.entity, sure: true, rule: c.rule === "after-speech" ? c.rule : c.rule + nameForm(sp, c.speaker), ...via };
    case "raw":
      // A campaign is named by its person's name as written, so it is as sure as that name.
      return c.speaker.owned ? { speaker: c.speaker.name, sure: true, rule: `${c.rule}-campaign`, ...via } : { speaker: c.speaker.name, sure: false, rule: c.rule, ...via };
    case "pronoun": {
      const r = pronounReading(sp, c, q, prev, immediate);
      return r.via || !c.via ? r : { ...r, ...via };
    }
    case "clause-subject": {
      // "…," he said, adding that …: the sentence's earlier quote speaker, else its subject.
      const sameSentence = prev !== null && prev.speaker !== null && prev.q.sentenceIds.includes(sp.tokens[c.verbStart].sentence);
      const speaker = sp.clauseSubject(c.verbStart) ?? (sameSentence && prev ? prev.speaker : null);
      // "X told the Ledger that …, adding, “…”": the words added go to the same outlet.
      const added = !c.via && sameSentence && prev?.via && speaker === prev.speaker && CONTINUATION_VERBS.has(c.verb);
      return { speaker, sure: speaker !== null, rule: `${c.rule}-clause-subject`, ...(added ? { via: prev.via, viaRule: "previous-quote-same-sentence" } : via) };
    }
    default:
      return { speaker: null, sure: false, rule: c.rule, ...NO_VIA };
  }
}
