// Years in words, as broadcast transcripts write them: "in nineteen ninety-one", "the year two
// thousand". Only after a cue that makes the number a year (a preposition or "the year").
import type { Candidate } from "../model";
import { layerTokensBefore, type DateText } from "../context";
import { YEAR_PREPS } from "../../text/lexicon";
import { TEXT_PREPS, mentionsAny, startsWord } from "./shared";

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const CENTURY: Record<string, number> = { seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };

const UNIT_ALT = Object.keys(UNITS).join("|");
const TWO_PART = new RegExp(`(seventeen|eighteen|nineteen|twenty)[\\s-]{1,2}(?:(${Object.keys(TEENS).join("|")})|(${Object.keys(TENS).join("|")})(?:[\\s-]{1,2}(${UNIT_ALT}))?|oh[\\s-]{1,2}(${UNIT_ALT}))(?![\\p{L}\\p{N}-])`, "giu");
const THOUSAND = new RegExp(`two\\s{1,2}thousand(?:\\s{1,2}(?:and\\s{1,2})?(${UNIT_ALT}|${Object.keys(TEENS).join("|")}))?(?![\\p{L}\\p{N}-])`, "giu");

const GATE = ["EVENTEEN", "IGHTEEN", "INETEEN", "WENTY", "HOUSAND", "eventeen", "ighteen", "ineteen", "wenty", "housand"];

export function findSpelledYears(text: DateText, out: Candidate[]) {
  const { body } = text;
  if (!mentionsAny(body, GATE)) return;
  for (const m of body.matchAll(TWO_PART)) {
    if (!startsWord(body, m.index)) continue;
    const c = CENTURY[m[1].toLowerCase()];
    const rest = m[2] ? TEENS[m[2].toLowerCase()] : m[3] ? TENS[m[3].toLowerCase()] + (m[4] ? UNITS[m[4].toLowerCase()] : 0) : UNITS[m[5].toLowerCase()];
    push(text, out, m.index, m.index + m[0].length, c * 100 + rest);
  }
  for (const m of body.matchAll(THOUSAND)) {
    if (!startsWord(body, m.index)) continue;
    const w = m[1]?.toLowerCase();
    // "in two thousand cases" is a count: after a bare preposition only at a clause end.
    const end = m.index + m[0].length;
    const clauseEnd = /^\s{0,2}(?:[.,;:!?)]|$)/.test(body.slice(end, end + 3));
    push(text, out, m.index, end, 2000 + (w ? UNITS[w] ?? TEENS[w] : 0), clauseEnd);
  }
}

/** Kept only after "the year" or a year preposition ("in nineteen ninety-one"). */
function push(text: DateText, out: Candidate[], start: number, end: number, y: number, prepOk = true) {
  const prev = layerTokensBefore(text, start, 24);
  const p = prev[prev.length - 1];
  const pp = prev[prev.length - 2];
  if (!p?.word) return;
  if (p.lw === "year" && pp?.lw === "the") {
    out.push({ start: pp.start, end, spec: { t: "y", y }, rule: "year-spelled" });
  } else if (prepOk && YEAR_PREPS.has(p.lw) && p.lw !== "year") {
    out.push({ start: TEXT_PREPS.has(p.lw) ? p.start : start, end, spec: { t: "y", y }, rule: "year-spelled" });
  }
}
