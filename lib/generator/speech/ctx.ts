// The shared token-level view for attribution: which tokens sit inside quotes, where each entity
// is mentioned (outside quotes only: a name inside a quote never speaks), sentence ranges, and
// the small tests every rule uses. The rules live in subjects, outlets, cues, referents,
// quote-links and indirect; context.ts puts them together.
import { CONJUNCTIONS as CONJ, DETERMINERS, PASSIVE, PHRASAL_SAYING, PREPOSITIONS, SPEECH_VERBS, VERB_FILLERS } from "../text/lexicon";
import type { TextLayer } from "../text/layer";
import { tokenAt, type Token } from "../text/tokens";
import type { Entity, Quote, Sentence, Span } from "../types";

export type SubjectRef =
  /** `generic`: a common noun that stands for a body headed otherwise ("the group" for an association). */
  | { kind: "entity"; entity: Entity; from: number; to: number; generic?: boolean }
  | { kind: "pronoun"; pronoun: string; from: number }
  | { kind: "unnamed"; from: number }
  | { kind: "elided" }
  /** A name the entity list lacks; `owned`: a person's own campaign ("the Olsen campaign"). */
  | { kind: "raw"; name: string; from: number; owned?: boolean }
  | { kind: "clause-subject" };

export type Cue = {
  verb: string;
  /** Token index of the cue's verb (or of "according"). */
  verbStart: number;
  span: Span;
  rule: string;
  /** Only punctuation between the verb and the quote ("X said: “…”"). */
  tight: boolean;
  speaker: SubjectRef;
  /** Outlet named as the hearer or relay of this very cue ("told the X", "X quoted Y"). */
  via: Entity | null;
  /** When this cue is an outlet relaying ("X reported that"), the outlet, for later cues. */
  relayVia: Entity | null;
};

export type IndirectFinding = {
  clause: Span;
  speaker: Entity | string | null;
  via: Entity | null;
  cue: Span;
  sentence: number;
  sure: boolean;
  rule: string;
};

export const MARK = /^["“”‘’'«»„]$/;
/** How far (in tokens) cues and subjects are looked for around a quote: keeps long sentences linear. */
export const WINDOW = 80;

export type Mention = { entity: Entity; from: number; to: number };

/** The shared view every speech rule reads. */
export type Ctx = {
  body: string;
  sentences: Sentence[];
  entities: Entity[];
  tokens: Token[];
  n: number;
  /** Tokens inside any quote's words. */
  inQuote: Uint8Array;
  /** Mentions outside quotes, by last and by first token. */
  mentionEnd: Map<number, Mention>;
  mentionStart: Map<number, Mention>;
  /** Sentence token ranges [sentFrom, sentTo). */
  sentFrom: number[];
  sentTo: number[];
  /** Per sentence: a speech verb outside quotes; the first word outside quotes. */
  speechVerbIn: Uint8Array;
  firstFreeWord: Int32Array;
};

export function buildCtx(text: TextLayer, entities: Entity[], quotes: Quote[]): Ctx {
  const { body, sentences, tokens } = text;
  const n = tokens.length;

  // Tokens inside any quote's words.
  const inQuote = new Uint8Array(n);
  for (const q of quotes) {
    for (let k = tokenAt(tokens, q.start); k < n && tokens[k].start < q.end; k++) inQuote[k] = 1;
  }
  // Mentions outside quotes, by first and last token.
  const mentionEnd = new Map<number, { entity: Entity; from: number; to: number }>();
  const mentionStart = new Map<number, { entity: Entity; from: number; to: number }>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const from = tokenAt(tokens, m.start);
      let to = from;
      while (to < n && tokens[to].end < m.end) to++;
      if (from >= n || to >= n || inQuote[from]) continue;
      const rec = { entity: e, from, to };
      // Longer mentions win a shared token.
      const old = mentionEnd.get(to);
      if (!old || old.to - old.from < to - from) mentionEnd.set(to, rec);
      const oldS = mentionStart.get(from);
      if (!oldS || oldS.to - oldS.from < to - from) mentionStart.set(from, rec);
    }
  }
  // Sentence token ranges.
  const sentFrom = new Array<number>(sentences.length).fill(-1);
  const sentTo = new Array<number>(sentences.length).fill(-1);
  for (let k = 0; k < n; k++) {
    const s = tokens[k].sentence;
    if (s < 0) continue;
    if (sentFrom[s] < 0) sentFrom[s] = k;
    sentTo[s] = k + 1;
  }
  // Per sentence: any speech verb outside quotes; the first word outside quotes.
  const speechVerbIn = new Uint8Array(sentences.length);
  const firstFreeWord = new Int32Array(sentences.length).fill(-1);
  for (let k = 0; k < n; k++) {
    const s = tokens[k].sentence;
    if (s < 0 || inQuote[k] || !tokens[k].word) continue;
    if (firstFreeWord[s] < 0) firstFreeWord[s] = k;
    if (!speechVerbIn[s] && SPEECH_VERBS.has(tokens[k].lower) && !DETERMINERS.has(tokens[k - 1]?.lower ?? "")) speechVerbIn[s] = 1;
  }
  return { body, sentences, entities, tokens, n, inQuote, mentionEnd, mentionStart, sentFrom, sentTo, speechVerbIn, firstFreeWord };
}

/** Past the run of quoted tokens at `at`, walking `step`: the first token outside it, or -1 when
 *  the quotation has more than four words (a name or a title is short; speech is not). */
export function pastShortQuote(ctx: Ctx, at: number, step: 1 | -1): number {
  let words = 0;
  let x = at;
  for (; x >= 0 && x < ctx.n && ctx.inQuote[x]; x += step) if (ctx.tokens[x].word && ++words > 4) return -1;
  return x;
}

export function quoteRange(ctx: Ctx, q: Quote) {
  const a = tokenAt(ctx.tokens, q.start);
  let b = a;
  while (b < ctx.n && ctx.tokens[b].start < q.end) b++;
  return { a, b };
}

export function spanOf(ctx: Ctx, from: number, to: number): Span {
  const start = ctx.tokens[from].start;
  const end = ctx.tokens[Math.max(from, to - 1)].end;
  return { start, end, text: ctx.body.slice(start, end) };
}

/** "shot back", "pointed out": one verb of saying, read on its first word. */
function phrasalSaying(ctx: Ctx, k: number, set: Set<string>): boolean {
  const particle = PHRASAL_SAYING.get(ctx.tokens[k].lower);
  return set === SPEECH_VERBS && !!particle && ctx.tokens[k + 1]?.lower === particle && !ctx.inQuote[k + 1];
}

export function isVerbAt(ctx: Ctx, k: number, set: Set<string>) {
  const t = ctx.tokens[k];
  if (!t || !t.word || ctx.inQuote[k] || !(set.has(t.lower) || phrasalSaying(ctx, k, set))) return false;
  const p = ctx.tokens[k - 1];
  if (p && (DETERMINERS.has(p.lower) || (p.possessive && p.word))) return false; // "the report", "the frog's call"
  // "Olsen's over-the-top comments", "the long-awaited reports": a compound modifier between a
  // possessive or determiner and the word makes it a noun.
  const pp = ctx.tokens[k - 2];
  if (p && pp && /^[a-z]+(?:-[a-z]+)+$/.test(p.text) && (pp.possessive || DETERMINERS.has(pp.lower)) && /s$/.test(t.lower) && t.lower !== "says") return false;
  // "the United States": a capitalised word inside a sentence is a name's, not a verb.
  if (t.cap && p && p.word && p.sentence === t.sentence && !ctx.inQuote[k - 1]) return false;
  // "both sides had agreed to continue “…”": agreeing to do something is no saying
  if (/^agree(?:d|s|ing)?$/.test(t.lower) && ctx.tokens[k + 1]?.lower === "to" && /^\p{Ll}+$/u.test(ctx.tokens[k + 2]?.text ?? "") && !DETERMINERS.has(ctx.tokens[k + 2]?.lower ?? "")) return false;
  return true;
}

export function isPassive(ctx: Ctx, k: number) {
  let j = k - 1;
  while (j >= 0 && ctx.tokens[j].word && VERB_FILLERS.has(ctx.tokens[j].lower) && !PASSIVE.has(ctx.tokens[j].lower)) j--;
  return j >= 0 && PASSIVE.has(ctx.tokens[j].lower);
}

/** Token `from` opens its clause: nothing before it in the sentence but marks or a conjunction. */
export function opensClause(ctx: Ctx, from: number, floor: number): boolean {
  const p = ctx.tokens[from - 1];
  if (from <= floor || !p || p.sentence !== ctx.tokens[from].sentence) return true;
  return (!p.word && p.text !== ",") || CONJ.has(p.lower);
}

/** The run of capitalised words (at most `words`) that ends right before `comma` is the object
 *  of a preposition ("in Westport, Harbourland,"): a place, so the name after the comma is the
 *  next place, not an appositive. */
export function placeBeforeComma(ctx: Ctx, comma: number, floor: number, words: number): boolean {
  let d = comma - 1;
  while (d >= floor && d > comma - 1 - words && ctx.tokens[d].word && ctx.tokens[d].cap) d--;
  return d < comma - 1 && d >= floor && PREPOSITIONS.has(ctx.tokens[d].lower);
}
