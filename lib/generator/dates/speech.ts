// Reported speech: inside it, relative dates count from the time of speaking, not from the
// publication date. This file finds quotation regions, the speech verb that introduces a
// reported clause, and whether a date belongs to that clause or dates the act of speaking.
import { atSentenceStart, layerTokensAfter, layerTokensBefore, tokensIn, type DateText, type Tok } from "./context";
import { DATE_SPEECH_VERBS as SPEECH_VERBS, PRESENT_SPEECH } from "../text/lexicon";
import { markerOf } from "./tense";
import type { TextLayer } from "../text/layer";

export type Region = { start: number; end: number };

/** Quotation regions, from the text layer's one pairing of quotation marks: closed double and
 *  wire (``…'') pairs, and single pairs opened by a curly ‘ (a straight ' is too often an
 *  apostrophe to date by). Nested pairs keep the outer region only, so the list stays sorted and
 *  disjoint for the binary search. */
export function quoteRegions(text: Pick<TextLayer, "body" | "quotePairs">): Region[] {
  const flat: Region[] = [];
  for (const p of text.quotePairs) {
    if (!p.closed || (p.style === "single" && text.body[p.open] !== "‘")) continue;
    const last = flat[flat.length - 1];
    if (last && p.open < last.end) { if (p.close > last.end) last.end = p.close; continue; }
    flat.push({ start: p.open, end: p.close });
  }
  return flat;
}

/** The region holding `pos`, by binary search over sorted, non-overlapping regions. */
export function regionAt(regions: Region[], pos: number): Region | null {
  let lo = 0, hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid];
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return r;
  }
  return null;
}

export type Cue = { verb: Tok; present: boolean };

/**
 * The speech verb introducing a quotation. A partial quote inside indirect speech ("told
 * reporters yesterday that residents “will be able to return”") belongs to the verb before it in
 * its sentence; a full quote to the cue just after it (", said X") or just before it (X said: ").
 */
export function quoteCue(text: DateText, region: Region, sentenceStart = -1): Cue | null {
  if (sentenceStart >= 0 && sentenceStart < region.start) {
    const toks = tokensIn(text, Math.max(sentenceStart, region.start - 180), region.start);
    const last = toks[toks.length - 1];
    // Only when the quote continues the sentence (not right after a colon or comma cue).
    if (last && last.word) {
      for (let k = toks.length - 1; k >= 0; k--) {
        const t = toks[k];
        if (!t.word && (t.w === "”" || t.w === "\"" || t.w === "“")) break;
        if (SPEECH_VERBS.has(t.lw)) return { verb: t, present: PRESENT_SPEECH.has(t.lw) };
      }
    }
  }
  const after = layerTokensAfter(text, region.end, 60).slice(0, 8);
  for (const t of after) {
    if (t.w === "." || t.w === "“" || t.w === "\"") break;
    if (SPEECH_VERBS.has(t.lw)) return { verb: t, present: PRESENT_SPEECH.has(t.lw) };
  }
  const before = layerTokensBefore(text, region.start, 80).slice(-10);
  for (let k = before.length - 1; k >= 0; k--) {
    const t = before[k];
    if (t.w === "." || t.w === "”" || t.w === "\"") break;
    if (SPEECH_VERBS.has(t.lw)) return { verb: t, present: PRESENT_SPEECH.has(t.lw) };
  }
  return null;
}

/**
 * The speech verb whose reported clause holds the span [start, end), if any: a verb of saying
 * earlier in the sentence with clause material between it and the date ("said he would meet
 * him next week"). A date right after the verb ("said on Tuesday that") dates the speaking itself.
 */
export function reportingVerb(text: DateText, lo: number, start: number): Tok | null {
  const toks = tokensIn(text, Math.max(lo, start - 180), start);
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k];
    if (!t.word) {
      if (t.w === ";" || t.w === "“" || t.w === "”" || t.w === "\"") return null;
      continue;
    }
    if (!SPEECH_VERBS.has(t.lw)) continue;
    const between = toks.slice(k + 1);
    // ", and on Monday workers walked out": a new coordinated clause is the narrator's again.
    if (between.some((x, i) => x.w === "," && (between[i + 1]?.lw === "and" || between[i + 1]?.lw === "but"))) return null;
    return between.some(isClauseMaterial) ? t : null;
  }
  return null;
}

function isClauseMaterial(t: Tok): boolean {
  if (!t.word) return false;
  if (t.lw === "that") return true;
  return markerOf(t) !== null || ["can", "could", "should", "might", "must", "may", "is", "are", "am"].includes(t.lw);
}

/**
 * Does the date [start, end) date the speech verb `verb` in the same sentence? True when it
 * stands right after the verb (optionally after its object: "told the Post on Friday") or is
 * fronted before the subject ("On Tuesday, the mayor said").
 */
export function datesVerb(text: DateText, verb: Tok, start: number, end: number): boolean {
  if (start >= verb.end) {
    const between = tokensIn(text, verb.end, start);
    return between.length <= 6 && !between.some(isClauseMaterial);
  }
  // A fronted date opens the sentence or ends its own phrase with a comma: "On Tuesday the
  // mayor said", "In an interview on Tuesday, the mayor said".
  const between = tokensIn(text, end, verb.start);
  if (between[0]?.w !== "," && !atSentenceStart(text.body, start)) return false;
  const words = between.filter((t) => t.word);
  return words.length <= 6 && !words.some(isClauseMaterial);
}
