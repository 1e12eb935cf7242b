// Reported speech: inside it, relative dates count from the time of speaking, not from the
// publication date. This file finds quotation regions, the speech verb that introduces a
// reported clause, and whether a date belongs to that clause or dates the act of speaking.
import { atSentenceStart, layerTokensAfter, layerTokensBefore, tokensIn, type DateText, type Tok } from "./context";
import { DATE_SPEECH_VERBS as SPEECH_VERBS, PRESENT_SPEECH } from "../text/lexicon";
import { markerOf } from "./tense";

export type Region = { start: number; end: number };

/** Quotation regions: curly pairs, and straight marks paired within a paragraph. Linear. */
export function quoteRegions(body: string): Region[] {
  const out: Region[] = [];
  let curly = -1;
  let straight = -1;
  let single = -1;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    // Single curly marks (‘…’) quote too, but ’ is also the apostrophe: it closes only when no
    // letter follows ("don’t" stays open), and ‘ opens only at a word start.
    if (c === 0x2018 && (i === 0 || /[\s(\[—–-]/.test(body[i - 1]))) single = i;
    else if (c === 0x2019 && single >= 0 && !/[\p{L}\p{N}]/u.test(body[i + 1] ?? "")) { out.push({ start: single, end: i + 1 }); single = -1; }
    // Wire copy's ASCII pairs: `` opens, '' closes (after a word or punctuation, not a letter).
    if (c === 0x60 && body.charCodeAt(i + 1) === 0x60) { curly = i; i++; continue; }
    if (c === 0x27 && body.charCodeAt(i + 1) === 0x27 && curly >= 0) { out.push({ start: curly, end: i + 2 }); curly = -1; i++; continue; }
    if (c === 0x201c) curly = i; // “
    else if (c === 0x201d) { // ”
      if (curly >= 0) { out.push({ start: curly, end: i + 1 }); curly = -1; }
    } else if (c === 0x22) { // "
      if (straight >= 0) { out.push({ start: straight, end: i + 1 }); straight = -1; } else straight = i;
    } else if (c === 0x0a && (body.charCodeAt(i + 1) === 0x0a || (body.charCodeAt(i + 1) === 0x0d && body.charCodeAt(i + 2) === 0x0a))) {
      // A paragraph break closes nothing: an unclosed quote simply continues into the next
      // paragraph in news style, but we do not guess; drop the open mark.
      curly = -1;
      straight = -1;
      single = -1;
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // A single-quoted title inside a double-quoted quote nests: keep the outer region only, so the
  // list stays sorted and disjoint for the binary search.
  const flat: Region[] = [];
  for (const r of out) {
    const last = flat[flat.length - 1];
    if (last && r.start < last.end) { if (r.end > last.end) last.end = r.end; continue; }
    flat.push({ ...r });
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
