// Indirect speech in every sentence: "X said (that) …", "X told Y that …", "according to X, …".
import {
  CALENDAR_WORDS, CLAUSE_OPENERS, INDIRECT_VERBS, OUTLET_MODIFIERS, OUTLET_NOUNS, PREPOSITIONS, RELAY_VERBS, SPEECH_VERBS, TIME_SKIP, VERB_FILLERS,
} from "../text/lexicon";
import { MARK, WINDOW, spanOf, isVerbAt, isPassive, type Ctx, type IndirectFinding } from "./ctx";
import { subjectBefore } from "./subjects";
import { accordingAt } from "./cues";
import { cueAt } from "./cue-verbs";
import { resolvePronoun } from "./referents";
import { tokenAt } from "../text/tokens";
import type { Entity, Span } from "../types";

/** "According to X, (quoting Y,) clause" or "clause, according to X." at token k; `next` is
 *  where the scan goes on. */
function accordingFinding(ctx: Ctx, s: number, k: number): { finding: IndirectFinding | null; next: number } | null {
  const acc = accordingAt(ctx, k);
  if (!acc || acc.speaker.kind !== "entity") return null;
  const from = ctx.sentFrom[s];
  const to = ctx.sentTo[s];
  const after = tokenAt(ctx.tokens, acc.span.end);
  let j = after;
  let quotingSource: Entity | null = null;
  if (ctx.tokens[j]?.text === ",") j++;
  if (ctx.tokens[j]?.lower === "quoting") {
    const qc = cueAt(ctx, j, from, -1);
    if (qc && qc.speaker.kind === "entity") quotingSource = qc.speaker.entity;
    while (j < to && ctx.tokens[j].text !== ",") j++;
    j++;
  }
  // "According to X, which cited two officials, …": skip the relative clause.
  if ((ctx.tokens[j]?.lower === "which" || ctx.tokens[j]?.lower === "who") && j < to) {
    let c = j;
    while (c < to && ctx.tokens[c].text !== "," && !ctx.inQuote[c]) c++;
    if (c < to && ctx.tokens[c].text === ",") j = c + 1;
  }
  const atStart = k === from || (k === from + 1 && !ctx.tokens[from].word);
  let clause: Span | null = null;
  if (atStart && j < to) clause = clauseSpan(ctx, j, to);
  else if (!atStart && k - 1 > from) clause = clauseSpan(ctx, from, ctx.tokens[k - 1]?.text === "," ? k - 1 : k);
  if (!clause) return { finding: null, next: after };
  const speaker = quotingSource ?? acc.speaker.entity;
  const via = quotingSource ? acc.speaker.entity : null;
  return { finding: { clause, speaker, via, cue: acc.span, sentence: s, sure: true, rule: quotingSource ? "according-quoting" : "according" }, next: after };
}

/** "X said (that) …" at token k; `relay` when an outlet relays a named inner speaker. */
function verbFinding(ctx: Ctx, s: number, k: number, relayVia: Entity | null): IndirectFinding | { relay: Entity } | null {
  const to = ctx.sentTo[s];
  const t = ctx.tokens[k];
  if (!(isVerbAt(ctx, k, SPEECH_VERBS) || isVerbAt(ctx, k, RELAY_VERBS)) || !INDIRECT_VERBS.has(t.lower) || isPassive(ctx, k)) return null;
  const start = complementStart(ctx, k, to);
  if (start < 0) return null;
  const cue = cueAt(ctx, k, ctx.sentFrom[s], -1);
  if (!cue) return null;
  const subj = cue.speaker;
  if (subj.kind !== "entity" && subj.kind !== "pronoun") return null;
  // A relay whose clause holds a named speaker's verb: the inner speaker is the one.
  if (RELAY_VERBS.has(t.lower) && subj.kind === "entity" && subj.entity.kind === "outlet" && innerSpeech(ctx, start, to)) return { relay: subj.entity };
  const speaker = subj.kind === "entity" ? subj.entity : resolvePronoun(ctx, subj.pronoun, k, null, null);
  const clause = clauseSpan(ctx, start, to);
  if (!clause) return null;
  return { clause, speaker, via: cue.via ?? relayVia, cue: cue.span, sentence: s, sure: speaker !== null, rule: `indirect-${cue.rule}` };
}

/** Indirect speech in every sentence: "X said (that) …", "X told Y that …", "according to X, …".
 *  One verb finding per sentence (the outermost named speaker); "according to" findings besides. */
export function indirectCandidates(ctx: Ctx): IndirectFinding[] {
  const out: IndirectFinding[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    if (ctx.sentFrom[s] < 0) continue;
    let relayVia: Entity | null = null;
    for (let k = ctx.sentFrom[s]; k < ctx.sentTo[s]; k++) {
      if (ctx.inQuote[k]) continue;
      const acc = accordingFinding(ctx, s, k);
      if (acc) {
        if (acc.finding) out.push(acc.finding);
        k = acc.next - 1;
        continue;
      }
      const f = verbFinding(ctx, s, k, relayVia);
      if (f && "relay" in f) relayVia = f.relay;
      else if (f) {
        out.push(f);
        break;
      }
    }
  }
  return out;
}

export function innerSpeech(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 8; k++) {
    if (ctx.inQuote[k]) return false;
    if (isVerbAt(ctx, k, SPEECH_VERBS)) {
      const subj = subjectBefore(ctx, k, from);
      return subj.kind === "entity" || subj.kind === "pronoun";
    }
  }
  return false;
}

/** Where the reported clause after a speech verb begins, or -1. */
export function complementStart(ctx: Ctx, v: number, to: number): number {
  let j = v + 1;
  const lower = ctx.tokens[v].lower;
  if (/^(told|tells|tell|asked|assured|informed|warned|reminded)$/.test(lower)) {
    // "told a House committee on Wednesday that …", "told an audience in Ohio that …": a hearer
    // of a few words, then "that", which opens the clause
    const that = thatAfterHearer(ctx, j, to);
    if (that >= 0) return that + 1 < to && !ctx.inQuote[that + 1] ? that + 1 : -1;
    // skip the hearer: a mention, "reporters", "the paper", "him"
    if (ctx.tokens[j]?.lower === "the") j++;
    // ("told local radio station Coast FM that …": the outlet's descriptors before its name)
    let d = j;
    while (d < j + 3 && ctx.tokens[d]?.word && !ctx.tokens[d].cap && (OUTLET_NOUNS.has(ctx.tokens[d].lower) || OUTLET_MODIFIERS.has(ctx.tokens[d].lower))) d++;
    const m = ctx.mentionStart.get(d) ?? ctx.mentionStart.get(j);
    if (m) j = m.to + 1;
    else if (ctx.tokens[j]?.word) j++;
  }
  let guard = 0;
  let prepositional = false;
  while (j < to && guard < 6 && ctx.tokens[j].word && (TIME_SKIP.has(ctx.tokens[j].lower) || CALENDAR_WORDS.has(ctx.tokens[j].lower) || VERB_FILLERS.has(ctx.tokens[j].lower)) && ctx.tokens[j].lower !== "that") {
    // ("said on Friday it was …": a time after the preposition leaves the clause open)
    if (PREPOSITIONS.has(ctx.tokens[j].lower) && !CALENDAR_WORDS.has(ctx.tokens[j + 1]?.lower ?? "")) prepositional = true;
    j++;
    guard++;
  }
  if (j >= to || ctx.inQuote[j]) return -1;
  // ("denied that, saying …": "that" before a comma is a pronoun, no clause follows)
  if (ctx.tokens[j].lower === "that") return j + 1 < to && (ctx.tokens[j + 1].word || MARK.test(ctx.tokens[j + 1].text)) ? j + 1 : -1;
  // "told reporters in the capital": after a prepositional phrase only "that" opens a clause.
  if (prepositional) return -1;
  if (objectPronoun(ctx, j)) return -1;
  if (ctx.tokens[j].word && (CLAUSE_OPENERS.has(ctx.tokens[j].lower) || ctx.mentionStart.has(j))) return j;
  return -1;
}

/** The "that" after a told-verb's hearer of up to six words with no mark or verb of speech in
 *  them, or -1. */
function thatAfterHearer(ctx: Ctx, from: number, to: number): number {
  for (let k = from; k < to && k < from + 7; k++) {
    const t = ctx.tokens[k];
    if (!t.word || ctx.inQuote[k] || SPEECH_VERBS.has(t.lower)) return -1;
    if (t.lower === "that") return k > from ? k : -1;
  }
  return -1;
}

/** "wrote it in 1967", "said this, adding …": "it" or "this" before a preposition, a time word
 *  or a mark is the verb's object; a clause's subject has its verb next ("said it was over"). */
function objectPronoun(ctx: Ctx, j: number): boolean {
  if (ctx.tokens[j].lower !== "it" && ctx.tokens[j].lower !== "this") return false;
  const next = ctx.tokens[j + 1];
  return !next || !next.word || PREPOSITIONS.has(next.lower) || CALENDAR_WORDS.has(next.lower) || TIME_SKIP.has(next.lower);
}

/** The clause text from token `from` to the sentence end, minus a trailing relay and stop. */
export function clauseSpan(ctx: Ctx, from: number, toSentence: number): Span | null {
  const to = Math.min(toSentence, from + 3 * WINDOW);
  let end = to;
  // drop ", X reported." / ", media reported."
  for (let k = from + 1; k < to; k++) {
    if (ctx.tokens[k].text === "," && !ctx.inQuote[k]) {
      let j = k + 1;
      let seen = 0;
      while (j < to && ctx.tokens[j].word && seen < 5 && !isVerbAt(ctx, j, RELAY_VERBS) && !isVerbAt(ctx, j, SPEECH_VERBS)) {
        j++;
        seen++;
      }
      if (j < to && (isVerbAt(ctx, j, RELAY_VERBS) || isVerbAt(ctx, j, SPEECH_VERBS)) && (j + 1 >= to || /^[.!?]$/.test(ctx.tokens[j + 1].text))) {
        end = k;
        break;
      }
    }
  }
  while (end > from && !ctx.tokens[end - 1].word && !MARK.test(ctx.tokens[end - 1].text) && ctx.tokens[end - 1].text !== ")") end--;
  if (end <= from) return null;
  return spanOf(ctx, from, end);
}
