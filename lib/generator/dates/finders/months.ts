// Calendar dates: numeric forms, month names with or without day and year, fixed holidays.
import type { Candidate } from "../model";
import { layerTokensAfter, layerTokensBefore, type DateText } from "../context";
import { FREQUENCY_WORDS, MONTH_ALT, MONTH_BY_WORD, RANGE_JOINERS, SHORT_MONTHS, WEEKDAY_ALT, WEEKDAY_BY_WORD } from "../../text/lexicon";
import { modifierOf, startsWord, validYear, withPart, withPrep } from "./shared";

const MONTH_PREPS = new Set(["in", "since", "by", "until", "till", "from", "through", "throughout", "during", "before", "after", "between", "of", "for", "last", "next", "this", "early", "late", "mid", "as of", "end", "start"]);

/** 2023-05-17, and 25/05/2023 only when day and month cannot be swapped. */
export function findNumeric(text: DateText, out: Candidate[]) {
  const { body } = text;
  for (const m of body.matchAll(/(\d{4})-(\d{2})-(\d{2})(?![\p{N}]|-\d)/gu)) {
    if (!startsWord(body, m.index, "-/.")) continue;
    const y = +m[1], mo = +m[2], d = +m[3];
    if (!validYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    out.push({ start: withPrep(text, m.index), end: m.index + m[0].length, spec: { t: "ymd", y, m: mo, d }, rule: "numeric-iso" });
  }
  for (const m of body.matchAll(/(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\p{N}]|[/.]\d)/gu)) {
    if (!startsWord(body, m.index, "/.")) continue;
    const a = +m[1], b = +m[3], y = +m[4];
    if (!validYear(y)) continue;
    let mo: number, d: number;
    if (a > 12 && b <= 12) { d = a; mo = b; } else if (b > 12 && a <= 12) { mo = a; d = b; } else if (a === b) { mo = a; d = b; } else continue;
    if (mo < 1 || d < 1 || d > 31) continue;
    out.push({ start: withPrep(text, m.index), end: m.index + m[0].length, spec: { t: "ymd", y, m: mo, d }, rule: "numeric-dmy" });
  }
}

const MONTH_RE = new RegExp(`(${MONTH_ALT})(\\.?)(?![\\p{L}\\p{N}])`, "gu");
const DAY_AFTER = /\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[,.:]\d)(?:,?\s{1,3}(\d{4})(?![\p{L}\p{N}]|[,.:]\d))?/uy;
const YEAR_AFTER = /,?\s{1,3}(?:of\s{1,3})?(\d{4})(?![\p{L}\p{N}]|[,.:]\d)/uy;
const REL_YEAR_AFTER = /\s{1,3}(last|this|next)\s{1,3}year(?![\p{L}\p{N}])/iuy;
const DAY_BEFORE = /(?<![\p{N},.])(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?$/u;
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(${WEEKDAY_ALT}),?\\s{1,3}$`, "iu");

/** A month name's match and what stands around it: a day after or before, a year after. */
type Reading = { key: string; month: number; short: boolean; afterName: number; start: number; end: number; day: number | null; year: number | null; da: boolean; matchEnd: number };

/** Day and year around a month name: "August 3", "August 3, 2019", "3 August", "October 2021", "June of 2019". */
function readAround(text: DateText, m: RegExpExecArray): Reading | null {
  const { body } = text;
  const key = m[1].toLowerCase();
  const short = SHORT_MONTHS.has(key);
  const afterName = m.index + m[1].length;
  const r: Reading = { key, month: MONTH_BY_WORD[key], short, afterName, start: m.index, day: null, year: null, da: false, matchEnd: m.index + m[0].length,
    // A full name's trailing dot is the sentence's, not the month's ("on 4 July.").
    end: short ? m.index + m[0].length : afterName };
  DAY_AFTER.lastIndex = short ? r.end : afterName;
  const da = DAY_AFTER.exec(body);
  YEAR_AFTER.lastIndex = short ? r.end : afterName;
  const ya = da ? null : YEAR_AFTER.exec(body);
  const before = body.slice(Math.max(0, r.start - 16), r.start);
  const db = da ? null : DAY_BEFORE.exec(before);
  if (da) {
    r.da = true;
    r.day = +da[1];
    r.year = da[2] ? +da[2] : null;
    r.end = DAY_AFTER.lastIndex;
  } else if (db) {
    r.day = +db[1];
    r.start = r.start - before.length + db.index;
    if (ya) { r.year = +ya[1]; r.end = YEAR_AFTER.lastIndex; }
  } else if (ya) {
    r.year = +ya[1];
    r.end = YEAR_AFTER.lastIndex;
  }
  if (r.year !== null && !validYear(r.year)) {
    r.year = null;
    if (r.day === null) return null;
    if (r.da) r.end = r.matchEnd;
  }
  return r.day !== null && (r.day < 1 || r.day > 31) ? null : r;
}

/** "in August last year", "August 3 this year": the year counts from the anchor. */
function relativeYear(text: DateText, r: Reading): Candidate | null {
  const { body } = text;
  if (r.year !== null || r.short) return null;
  REL_YEAR_AFTER.lastIndex = r.day !== null ? r.end : r.afterName;
  const ry = REL_YEAR_AFTER.exec(body);
  if (!ry) return null;
  const n = ry[1].toLowerCase() === "last" ? -1 : ry[1].toLowerCase() === "next" ? 1 : 0;
  const start = withPrep(text, r.day !== null ? r.start : withPart(text, r.start).start);
  return { start, end: REL_YEAR_AFTER.lastIndex, spec: { t: "relYear", m: r.month, d: r.day, n }, rule: "month-relative-year" };
}

const MAY_PREPS = new Set(["in", "since", "by", "until", "till", "from", "through", "during", "before", "after", "early", "late", "mid", "last", "next", "this"]);

/** "no earlier than June", "no later than July", "as early as March", "as late as May": a month
 *  given as a bound. */
function bound(prev: ReturnType<typeof layerTokensBefore>, lw: string): boolean {
  const pp = prev[prev.length - 2]?.lw ?? "";
  if (lw === "than") return pp === "earlier" || pp === "later" || pp === "sooner";
  return lw === "as" && (pp === "early" || pp === "late" || pp === "soon") && prev[prev.length - 3]?.lw === "as";
}

/** A month alone needs a cue that it is a month: a preposition or modifier before it, or "the"
 *  with a lower-case noun after ("the November election"). Short forms never stand alone. */
function monthAlone(text: DateText, r: Reading): Candidate | null {
  if (r.short) return null;
  const prev = layerTokensBefore(text, r.start, 24);
  const p = prev[prev.length - 1];
  const pp = prev[prev.length - 2];
  const nextTok = layerTokensAfter(text, r.afterName, 24)[0];
  let lw = p?.word ? p.lw : p?.w === "-" && pp && ["mid", "early", "late"].includes(pp.lw) ? pp.lw : "";
  if (lw === "of" && pp?.lw === "as") lw = "as of";
  const theNoun = lw === "the" && nextTok?.word && /^\p{Ll}/u.test(nextTok.w);
  // ("in May, June and July": a month between a comma and the list's next joiner is listed too;
  // not "In August, June Berg said", where a name follows)
  const listed = p?.w === "," && !!nextTok && (nextTok.w === "," || nextTok.lw === "and" || nextTok.lw === "or");
  const joined = (RANGE_JOINERS.has(lw) && lw !== "-") || listed;
  if (bound(prev, lw)) return { start: r.start, end: r.afterName, spec: { t: "m", m: r.month, mod: null }, rule: "month-bound" };
  if (!MONTH_PREPS.has(lw) && !theNoun && !joined) return null;
  if (r.key === "may" && !MAY_PREPS.has(lw)) return null;
  if (p && FREQUENCY_WORDS.has(p.lw)) return null;
  const mod = modifierOf(p);
  const s = withPrep(text, mod ? p!.start : withPart(text, r.start).start);
  return { start: s, end: r.afterName, spec: { t: "m", m: r.month, mod }, rule: mod ? `month-${mod}` : theNoun ? "month-modifier" : "month", needsRange: joined, weak: !!theNoun && !mod };
}

/** A month with a day or a year; a weekday right before ("Friday, May 12") belongs to the date. */
function monthDated(text: DateText, r: Reading): Candidate | null {
  const { body } = text;
  const wb = WEEKDAY_BEFORE.exec(body.slice(Math.max(0, r.start - 14), r.start));
  const start = wb ? r.start - (Math.min(r.start, 14) - wb.index) : r.start;
  const { day, year, month, end } = r;
  if (day !== null && year !== null) return { start: withPrep(text, start), end, spec: { t: "ymd", y: year, m: month, d: day }, rule: "month-day-year" };
  // "Monday, Oct. 26": the weekday picks the year, as a calendar would.
  if (day !== null && wb) return { start: withPrep(text, start), end, spec: { t: "md", m: month, d: day, wd: WEEKDAY_BY_WORD[wb[1].toLowerCase()] }, rule: "month-day-weekday" };
  if (day !== null) return { start: withPrep(text, start), end, spec: { t: "md", m: month, d: day }, rule: "month-day" };
  if (year !== null) return { start: withPrep(text, withPart(text, start).start), end, spec: { t: "ym", y: year, m: month }, rule: "month-year" };
  return null;
}

/** "August 3", "3 August 2019", "October 2021", "in October", "the November election". */
export function findMonths(text: DateText, out: Candidate[]) {
  const { body } = text;
  for (const m of body.matchAll(MONTH_RE)) {
    if (!startsWord(body, m.index)) continue;
    const r = readAround(text, m);
    if (!r) continue;
    const found = relativeYear(text, r) ?? (r.day === null && r.year === null ? monthAlone(text, r) : monthDated(text, r));
    if (found) out.push(found);
  }
}
