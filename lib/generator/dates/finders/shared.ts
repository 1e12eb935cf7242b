// Helpers every finder shares: the preposition before a date, early/mid/late, word starts.
import type { Modifier } from "../model";
import { layerTokensBefore, type Tok, type DateText } from "../context";
import { NUMBER_WORDS } from "../../text/lexicon";

/** Prepositions that become part of a date's text ("on Sunday", "as of May 2"). */
export const TEXT_PREPS = new Set(["on", "in", "since", "by", "until", "till", "from", "during", "before", "after", "between", "at", "throughout", "as of"]);

/** The preposition (or "as of") right before `start`, if any. */
export function prepBefore(text: DateText, start: number): { lw: string; start: number } | null {
  const toks = layerTokensBefore(text, start, 24);
  const last = toks[toks.length - 1];
  if (!last || !last.word) return null;
  const prev = toks[toks.length - 2];
  if (last.lw === "of" && prev?.lw === "as") return { lw: "as of", start: prev.start };
  return { lw: last.lw, start: last.start };
}

/** Extends a date's start over a text preposition ("on", "in", "as of"). */
export function withPrep(text: DateText, start: number): number {
  const p = prepBefore(text, start);
  return p && TEXT_PREPS.has(p.lw) ? p.start : start;
}

const PARTS = new Set(["early", "mid", "late"]);

/** early/mid/late before a month or year ("in early June", "mid-2023"): returns the new start. */
export function withPart(text: DateText, start: number): { start: number; part: string | null } {
  const toks = layerTokensBefore(text, start, 16);
  const last = toks[toks.length - 1];
  const prev = toks[toks.length - 2];
  if (last?.w === "-" && prev && PARTS.has(prev.lw) && last.end === start) return { start: prev.start, part: prev.lw };
  if (last && (last.lw === "early" || last.lw === "late" || last.lw === "mid")) return { start: last.start, part: last.lw };
  return { start, part: null };
}

export function modifierOf(t: Tok | undefined): Modifier {
  if (!t) return null;
  if (t.lw === "last" || t.lw === "past") return "last";
  if (t.lw === "next" || t.lw === "coming") return "next";
  if (t.lw === "this") return "this";
  return null;
}

export function numberValue(w: string): number | null {
  if (/^\d{1,3}$/.test(w)) return Number(w);
  return NUMBER_WORDS[w.toLowerCase()] ?? null;
}

/** True when `i` starts a word: checked in code because a leading regex look-behind makes V8
 *  try every position slowly (a measured 5-10x cost on news text). */
export function startsWord(body: string, i: number, alsoNot = ""): boolean {
  if (i === 0) return true;
  const c = body[i - 1];
  return !/[\p{L}\p{N}]/u.test(c) && !alsoNot.includes(c);
}

/** A cheap gate before a regex pass: does the body contain any of these (case-sensitive)
 *  fragments? Fragments leave out a word's first letter so both capitalisations match. */
export function mentionsAny(body: string, fragments: readonly string[]): boolean {
  for (const f of fragments) if (body.includes(f)) return true;
  return false;
}

export function validYear(y: number): boolean {
  return y >= 1000 && y <= 2099;
}
