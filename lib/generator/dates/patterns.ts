// The pattern stage: an ordered list of small finders, each a flat regex plus bounded look-arounds
// (no nested quantifiers, so no catastrophic backtracking on huge or odd input). A finder only
// says what the words are; anchors and tense are applied later by the resolver.
import type { Candidate, Modifier } from "./model";
import { atSentenceStart, isCapitalised, tokensAfter, tokensBefore, type Tok } from "./context";
import {
  COUNT_NOUNS, FREQUENCY_WORDS, HEDGES, MONTHS, NUMBER_WORDS, RANGE_JOINERS, SHORT_MONTHS,
  WEEKDAYS, YEAR_DETERMINERS, YEAR_PREPS,
} from "./lexicon";

/** Prepositions that become part of a date's text ("on Sunday", "as of March 4"). */
const TEXT_PREPS = new Set(["on", "in", "since", "by", "until", "till", "from", "during", "before", "after", "between", "at", "throughout", "as of"]);
const MONTH_PREPS = new Set(["in", "since", "by", "until", "till", "from", "through", "throughout", "during", "before", "after", "between", "of", "for", "last", "next", "this", "early", "late", "mid", "as of", "end", "start"]);
/** Capitalised words that may open a sentence before a weekday ("Early Tuesday, ..."). */
const WEEKDAY_OPENERS = new Set(["early", "late", "by", "until", "till", "since", "before", "after", "from", "during", "as", "and", "but", "then", "yesterday", "today"]);
const CHANGE_WORDS = new Set(["up", "down", "rose", "fell", "risen", "fallen", "increased", "decreased", "dropped", "climbed", "jumped", "grew", "declined", "rising", "falling", "compared", "cut", "raised", "reduced"]);
const WEAK_YEAR_PREPS = new Set(["from", "by", "of", "for", "to", "between", "and", "or"]);
const YEAR_SUBJECT_VERBS = new Set(["was", "is", "has", "had", "saw", "marked", "will", "would", "brought", "began", "ended", "proved", "became"]);
const PERIOD_WORDS = new Set(["morning", "afternoon", "evening", "night"]);

const MONTH_ALT = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const WEEKDAY_ALT = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

export function findCandidates(body: string): Candidate[] {
  const out: Candidate[] = [];
  findNumeric(body, out);
  findMonths(body, out);
  findWeekdays(body, out);
  findDeictic(body, out);
  findPeriods(body, out);
  findAgo(body, out);
  findEdges(body, out);
  findSeasons(body, out);
  findHolidays(body, out);
  findYears(body, out);
  return pickNonOverlapping(out);
}

// ------------------------------------------------------------------ shared helpers

/** The preposition (or "as of") right before `start`, if any. */
function prepBefore(body: string, start: number): { lw: string; start: number } | null {
  const toks = tokensBefore(body, start, 24);
  const last = toks[toks.length - 1];
  if (!last || !last.word) return null;
  const prev = toks[toks.length - 2];
  if (last.lw === "of" && prev?.lw === "as") return { lw: "as of", start: prev.start };
  return { lw: last.lw, start: last.start };
}

/** Extends a date's start over a text preposition ("on", "in", "as of"). */
function withPrep(body: string, start: number): number {
  const p = prepBefore(body, start);
  return p && TEXT_PREPS.has(p.lw) ? p.start : start;
}

/** early/mid/late before a month or year ("in early June", "mid-2023"): returns the new start. */
function withPart(body: string, start: number): { start: number; part: string | null } {
  const toks = tokensBefore(body, start, 16);
  const last = toks[toks.length - 1];
  const prev = toks[toks.length - 2];
  if (last?.w === "-" && prev?.lw === "mid" && last.end === start) return { start: prev.start, part: "mid" };
  if (last && (last.lw === "early" || last.lw === "late" || last.lw === "mid")) return { start: last.start, part: last.lw };
  return { start, part: null };
}

function modifierOf(t: Tok | undefined): Modifier {
  if (!t) return null;
  if (t.lw === "last" || t.lw === "past") return "last";
  if (t.lw === "next" || t.lw === "coming") return "next";
  if (t.lw === "this") return "this";
  return null;
}

function numberValue(w: string): number | null {
  if (/^\d{1,3}$/.test(w)) return Number(w);
  return NUMBER_WORDS[w.toLowerCase()] ?? null;
}

/** True when `i` starts a word: checked in code because a leading regex look-behind makes V8
 *  try every position slowly (a measured 5-10x cost on news text). */
function startsWord(body: string, i: number, alsoNot = ""): boolean {
  if (i === 0) return true;
  const c = body[i - 1];
  return !/[\p{L}\p{N}]/u.test(c) && !alsoNot.includes(c);
}

function validYear(y: number): boolean {
  return y >= 1000 && y <= 2099;
}

// ------------------------------------------------------------------ finders

/** 2025-02-10, and 10/02/2025 only when day and month cannot be swapped. */
function findNumeric(body: string, out: Candidate[]) {
  for (const m of body.matchAll(/(\d{4})-(\d{2})-(\d{2})(?![\p{N}]|-\d)/gu)) {
    if (!startsWord(body, m.index, "-/.")) continue;
    const y = +m[1], mo = +m[2], d = +m[3];
    if (!validYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    out.push({ start: withPrep(body, m.index), end: m.index + m[0].length, spec: { t: "ymd", y, m: mo, d }, rule: "numeric-iso" });
  }
  for (const m of body.matchAll(/(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\p{N}]|[/.]\d)/gu)) {
    if (!startsWord(body, m.index, "/.")) continue;
    const a = +m[1], b = +m[3], y = +m[4];
    if (!validYear(y)) continue;
    let mo: number, d: number;
    if (a > 12 && b <= 12) { d = a; mo = b; } else if (b > 12 && a <= 12) { mo = a; d = b; } else if (a === b) { mo = a; d = b; } else continue;
    if (mo < 1 || d < 1 || d > 31) continue;
    out.push({ start: withPrep(body, m.index), end: m.index + m[0].length, spec: { t: "ymd", y, m: mo, d }, rule: "numeric-dmy" });
  }
}

const MONTH_RE = new RegExp(`(${MONTH_ALT})(\\.?)(?![\\p{L}\\p{N}])`, "gu");
const DAY_AFTER = /\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[,.:]\d)(?:,?\s{1,3}(\d{4})(?![\p{L}\p{N}]|[,.:]\d))?/uy;
const YEAR_AFTER = /,?\s{1,3}(?:of\s{1,3})?(\d{4})(?![\p{L}\p{N}]|[,.:]\d)/uy;
const REL_YEAR_AFTER = /\s{1,3}(last|this|next)\s{1,3}year(?![\p{L}\p{N}])/iuy;
const DAY_BEFORE = /(?<![\p{N},.])(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?$/u;
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WEEKDAY_ALT}),?\\s{1,3}$`, "iu");

/** "June 14", "14 June 2019", "February 2022", "in November", "the November election". */
function findMonths(body: string, out: Candidate[]) {
  for (const m of body.matchAll(MONTH_RE)) {
    if (!startsWord(body, m.index)) continue;
    const key = m[1].toLowerCase();
    const month = MONTHS[key];
    const short = SHORT_MONTHS.has(key);
    let start = m.index;
    const afterName = m.index + m[1].length;
    // A full name's trailing dot is the sentence's, not the month's ("on 4 July.").
    let end = short ? m.index + m[0].length : afterName;

    // Day (and year) after: "June 14", "June 14, 2019".
    DAY_AFTER.lastIndex = short ? end : afterName;
    const da = DAY_AFTER.exec(body);
    // Year alone after: "February 2022", "June of 2019".
    YEAR_AFTER.lastIndex = short ? end : afterName;
    const ya = da ? null : YEAR_AFTER.exec(body);
    // Day before: "14 June", "the 14th of June".
    const before = body.slice(Math.max(0, start - 16), start);
    const db = da ? null : DAY_BEFORE.exec(before);

    let day: number | null = null;
    let year: number | null = null;
    if (da) {
      day = +da[1];
      year = da[2] ? +da[2] : null;
      end = DAY_AFTER.lastIndex;
    } else if (db) {
      day = +db[1];
      start = start - before.length + db.index;
      if (ya) { year = +ya[1]; end = YEAR_AFTER.lastIndex; }
    } else if (ya) {
      year = +ya[1];
      end = YEAR_AFTER.lastIndex;
    }
    if (year !== null && !validYear(year)) { year = null; if (day === null) continue; end = da ? m.index + m[0].length : end; }
    if (day !== null && (day < 1 || day > 31)) continue;

    // "in August last year", "June 14 this year": the year counts from the anchor.
    if (year === null && !short) {
      REL_YEAR_AFTER.lastIndex = day !== null ? end : afterName;
      const ry = REL_YEAR_AFTER.exec(body);
      if (ry) {
        const n = ry[1].toLowerCase() === "last" ? -1 : ry[1].toLowerCase() === "next" ? 1 : 0;
        out.push({ start: withPrep(body, day !== null ? start : withPart(body, start).start), end: REL_YEAR_AFTER.lastIndex, spec: { t: "relYear", m: month, d: day, n }, rule: "month-relative-year" });
        continue;
      }
    }
    if (day === null && year === null) {
      // A month alone needs a cue that it is a month: a preposition or modifier before it, or
      // "the" with a lower-case noun after ("the November election"). Short forms never stand alone.
      if (short) continue;
      const prev = tokensBefore(body, start, 24);
      const p = prev[prev.length - 1];
      const pp = prev[prev.length - 2];
      const nextTok = tokensAfter(body, afterName, 24)[0];
      let lw = p?.word ? p.lw : p?.w === "-" && pp?.lw === "mid" ? "mid" : "";
      if (lw === "of" && pp?.lw === "as") lw = "as of";
      const theNoun = (lw === "the") && nextTok?.word && /^\p{Ll}/u.test(nextTok.w);
      const joined = RANGE_JOINERS.has(lw) && lw !== "-";
      if (!MONTH_PREPS.has(lw) && !theNoun && !joined) continue;
      if (key === "may" && !["in", "since", "by", "until", "till", "from", "through", "during", "before", "after", "early", "late", "mid", "last", "next", "this"].includes(lw)) continue;
      if (p && FREQUENCY_WORDS.has(p.lw)) continue;
      const mod = modifierOf(p);
      let s = start;
      if (mod) s = p!.start;
      else { const part = withPart(body, s); s = part.start; }
      s = withPrep(body, s);
      out.push({ start: s, end: afterName, spec: { t: "m", m: month, mod }, rule: mod ? `month-${mod}` : "month", needsRange: joined });
      continue;
    }

    // A weekday right before ("Friday, March 4") belongs to this date.
    const wb = WEEKDAY_BEFORE.exec(body.slice(Math.max(0, start - 14), start));
    if (wb) start = start - (Math.min(start, 14) - wb.index);
    if (day !== null && year !== null) {
      out.push({ start: withPrep(body, start), end, spec: { t: "ymd", y: year, m: month, d: day }, rule: "month-day-year" });
    } else if (day !== null) {
      out.push({ start: withPrep(body, start), end, spec: { t: "md", m: month, d: day }, rule: "month-day" });
    } else if (year !== null) {
      const part = withPart(body, start);
      out.push({ start: withPrep(body, part.start), end, spec: { t: "ym", y: year, m: month }, rule: "month-year" });
    }
  }
}

const WEEKDAY_RE = /((?:mon|tues|wednes|thurs|fri|satur|sun)day)(['’]s)?(?![\p{L}\p{N}])/giu;
const MONTH_DAY_AHEAD = new RegExp(`,?\\s{1,3}(?:the\\s{1,3})?(?:(?:${MONTH_ALT})\\.?\\s{1,3}\\d|\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(?:${MONTH_ALT}))`, "uy");

/** "on Sunday", "last Friday", "Thursday afternoon"; not "Sundays", "every Monday", "Super Tuesday". */
function findWeekdays(body: string, out: Candidate[]) {
  for (const m of body.matchAll(WEEKDAY_RE)) {
    if (!startsWord(body, m.index)) continue;
    const wd = WEEKDAYS[m[1].toLowerCase()];
    const nameEnd = m.index + m[1].length;
    MONTH_DAY_AHEAD.lastIndex = nameEnd;
    if (MONTH_DAY_AHEAD.test(body)) continue; // the month finder takes "Friday, March 4"
    const prev = tokensBefore(body, m.index, 24);
    const p = prev[prev.length - 1];
    const after = tokensAfter(body, m.index + m[0].length, 24);
    const next = after[0];
    if (p && FREQUENCY_WORDS.has(p.lw)) continue;
    const mod = modifierOf(p);
    const prep = p?.word ? p.lw : "";
    const cuedByPrep = TEXT_PREPS.has(prep) || mod !== null || prep === "said" || prep === "says";
    // A capitalised word before it (not a preposition, not at a sentence start) makes a name.
    if (isCapitalised(p) && !cuedByPrep && !WEEKDAY_OPENERS.has(p!.lw)) continue;
    if (isCapitalised(next) && !cuedByPrep && !MONTHS[next!.lw] && !atSentenceStart(body, next!.start)) {
      // "Sunday Times": a name unless a preposition before marks it as a day.
      continue;
    }
    let end = m.index + m[0].length;
    if (!m[2] && next?.word && PERIOD_WORDS.has(next.lw)) end = next.end;
    let start = m.index;
    if (mod) {
      start = p!.start;
      const pp = prev[prev.length - 2];
      if (p!.lw === "past" && pp?.lw === "this") start = pp.start;
    }
    out.push({ start: withPrep(body, start), end, spec: { t: "wd", wd, mod }, rule: mod ? `weekday-${mod}` : "weekday" });
  }
}

/** yesterday / today / tomorrow / tonight, "yesterday afternoon", "today's"; "last night", "this morning". */
function findDeictic(body: string, out: Candidate[]) {
  for (const m of body.matchAll(/(yesterday|today|tomorrow|tonight)(['’]s)?(?![\p{L}\p{N}-])/giu)) {
    if (!startsWord(body, m.index, "-")) continue;
    const w = m[1].toLowerCase();
    const prev = tokensBefore(body, m.index, 24);
    const p = prev[prev.length - 1];
    // "USA Today", "Today show": a capitalised word before a capitalised "Today" mid-sentence is a name.
    if (/^\p{Lu}/u.test(m[1]) && isCapitalised(p) && !atSentenceStart(body, p!.start) && !TEXT_PREPS.has(p!.lw)) continue;
    const n = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
    let end = m.index + m[0].length;
    const next = tokensAfter(body, end, 16)[0];
    if (!m[2] && (w === "yesterday" || w === "tomorrow") && next?.word && PERIOD_WORDS.has(next.lw)) end = next.end;
    out.push({ start: m.index, end, spec: { t: "offset", unit: "day", n }, rule: `deictic-${w}` });
  }
  for (const m of body.matchAll(/(last|this)\s{1,3}(night|morning|afternoon|evening)(?![\p{L}\p{N}])/giu)) {
    if (!startsWord(body, m.index)) continue;
    const p = tokensBefore(body, m.index, 16).pop();
    if (p && (p.lw === "the" || p.lw === "that" || FREQUENCY_WORDS.has(p.lw))) continue;
    const n = m[1].toLowerCase() === "last" && m[2].toLowerCase() === "night" ? -1 : 0;
    if (m[1].toLowerCase() === "last" && n === 0) continue; // "last morning" is not idiomatic
    out.push({ start: m.index, end: m.index + m[0].length, spec: { t: "offset", unit: "day", n }, rule: "deictic-part-of-day" });
  }
}

/** last/next/this week|weekend|month|year, "earlier this week", "later this year"; not "the past year". */
function findPeriods(body: string, out: Candidate[]) {
  const re = /(last|next|this|past)\s{1,3}(week|weekend|month|year)(['’]s)?(?![\p{L}\p{N}])/giu;
  for (const m of body.matchAll(re)) {
    if (!startsWord(body, m.index)) continue;
    const rel = m[1].toLowerCase();
    const prev = tokensBefore(body, m.index, 32);
    let k = prev.length - 1;
    let start = m.index;
    // "this past week" is last week; "past week" alone is a span.
    if (rel === "past") {
      if (prev[k]?.lw !== "this") continue;
      start = prev[k].start;
      k--;
    }
    // "earlier this week", "later this year", "late last year".
    if (prev[k] && ["earlier", "later", "early", "late"].includes(prev[k].lw)) { start = prev[k].start; k--; }
    const p = prev[k];
    // "the last week", "the past year", "for the next month", "every last week": spans, not dates.
    if (p && (p.lw === "the" || p.lw === "a" || p.lw === "that" || p.lw === "its" || FREQUENCY_WORDS.has(p.lw))) continue;
    const unitWord = m[2].toLowerCase();
    const unit = unitWord === "weekend" ? "week" : (unitWord as "week" | "month" | "year");
    const n = rel === "last" || rel === "past" ? -1 : rel === "next" ? 1 : 0;
    out.push({ start: withPrep(body, start), end: m.index + m[0].length, spec: { t: "offset", unit, n }, rule: `period-${rel}-${unitWord}` });
  }
}

const AGO_BEFORE = /(?<![\p{L}\p{N}])(\[?)(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(\]?)\s{1,3}(day|week|month|year)(s?)\s{1,3}$/iu;

/** "three days ago", "[Ten] years ago"; not "nearly a decade ago", "about two years ago". */
function findAgo(body: string, out: Candidate[]) {
  for (const g of body.matchAll(/ago(?![\p{L}\p{N}])/giu)) {
    if (!startsWord(body, g.index)) continue;
    const from = Math.max(0, g.index - 40);
    const m = AGO_BEFORE.exec(body.slice(from, g.index));
    if (!m) continue;
    const start = from + m.index;
    const n = numberValue(m[2]);
    if (n === null || n === 0) continue;
    if (n > 1 && !m[5]) continue;
    if (n === 1 && m[5] && /^\d/.test(m[2]) === false) continue;
    const prev = tokensBefore(body, start, 24);
    const p = prev[prev.length - 1];
    if (p && (HEDGES.has(p.lw) || p.w === "~")) continue;
    const unit = m[4].toLowerCase() as "day" | "week" | "month" | "year";
    out.push({ start, end: g.index + 3, spec: { t: "ago", unit, n }, rule: `ago-${unit}` });
  }
}

/** "by the end of the year" → December; "at the end of the month" → that month; "the start of next year" → January. */
function findEdges(body: string, out: Candidate[]) {
  const re = /the\s{1,3}(end|start|beginning)\s{1,3}of\s{1,3}(the|this|next|last)\s{1,3}(week|month|year)(?![\p{L}\p{N}])/giu;
  for (const m of body.matchAll(re)) {
    if (!startsWord(body, m.index)) continue;
    const rel = m[2].toLowerCase();
    const n = rel === "next" ? 1 : rel === "last" ? -1 : 0;
    const edge = m[1].toLowerCase() === "end" ? "end" : "start";
    out.push({ start: withPrep(body, m.index), end: m.index + m[0].length, spec: { t: "edge", unit: m[3].toLowerCase() as "week" | "month" | "year", n, edge }, rule: `edge-${edge}` });
  }
}

const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

const SEASON_YEAR_AFTER = /\s{1,3}(?:of\s{1,3})?(\d{4})(?![\p{L}\p{N}]|[,.:]\d)/uy;

/** "last summer", "in the spring", "summer 2019", "the winter of 2010" → a year. */
function findSeasons(body: string, out: Candidate[]) {
  for (const m of body.matchAll(/(spring|summer|autumn|fall|winter)(?![\p{L}\p{N}])/giu)) {
    if (!startsWord(body, m.index)) continue;
    const season = SEASONS[m[1].toLowerCase()];
    let end = m.index + m[0].length;
    SEASON_YEAR_AFTER.lastIndex = end;
    const ya = SEASON_YEAR_AFTER.exec(body);
    const y = ya ? +ya[1] : null;
    if (y !== null && !validYear(y)) continue;
    if (ya) end = SEASON_YEAR_AFTER.lastIndex;
    const prev = tokensBefore(body, m.index, 32);
    let k = prev.length - 1;
    let start = m.index;
    let rel: string | null = null;
    let hasThe = false;
    if (prev[k] && ["last", "this", "next", "past"].includes(prev[k].lw)) {
      rel = prev[k].lw;
      start = prev[k].start;
      k--;
      if (rel === "past") {
        if (prev[k]?.lw !== "this") continue;
        start = prev[k].start;
        k--;
      }
    } else if (prev[k]?.lw === "the") {
      hasThe = true;
      start = prev[k].start;
      k--;
    }
    if (y === null) {
      if (!rel && !hasThe) continue;
      if (hasThe) {
        // "in the summer" is a date; "the fall of the city" and bare "the summer" are not.
        const p = prev[k];
        if (!p || !["in", "during", "by", "since", "until", "through", "throughout", "over"].includes(p.lw)) continue;
        const next = tokensAfter(body, end, 16)[0];
        if (next?.lw === "of") continue;
      }
    }
    const mod: Modifier = rel === "last" || rel === "past" ? "last" : rel === "next" ? "next" : rel === "this" ? "this" : null;
    out.push({ start: withPrep(body, start), end, spec: { t: "season", season, mod, y }, rule: y !== null ? "season-year" : "season" });
  }
}

const HOLIDAYS: Record<string, [number, number]> = {
  "christmas day": [12, 25], "christmas eve": [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
  "boxing day": [12, 26], "valentine's day": [2, 14], "halloween": [10, 31],
};

/** Fixed-date holidays named as days ("on Christmas Day", "New Year's Eve"); resolved like "December 25". */
function findHolidays(body: string, out: Candidate[]) {
  const re = /(Christmas Day|Christmas Eve|New Year['’]s Day|New Year['’]s Eve|Boxing Day|Valentine['’]s Day|Halloween)(?:\s{1,3}(\d{4})(?![\p{L}\p{N}]|[,.:]\d))?(?![\p{L}\p{N}])/gu;
  for (const m of body.matchAll(re)) {
    if (!startsWord(body, m.index)) continue;
    const [month, day] = HOLIDAYS[m[1].toLowerCase().replace("’", "'")];
    const spec = m[2] ? { t: "ymd" as const, y: +m[2], m: month, d: day } : { t: "md" as const, m: month, d: day };
    out.push({ start: withPrep(body, m.index), end: m.index + m[0].length, spec, rule: "holiday" });
  }
}

/** Bare years: "in 2014", "since 1958", "the 2022 invasion", "from 2004 to 2009", "mid-2023". */
function findYears(body: string, out: Candidate[]) {
  const re = /(?<![\p{L}\p{N}$£€¥#@&+_])(1\d{3}|20\d{2})(['’]s)?(?![\p{L}\p{N}_%]|[.,:/]\d)/gu;
  for (const m of body.matchAll(re)) {
    const y = +m[1];
    const start = m.index;
    const yEnd = start + m[1].length;
    const before1 = body[start - 1] ?? "";
    const before2 = body[start - 2] ?? "";
    if (/[.,/:]/.test(before1) && /\p{N}/u.test(before2)) continue; // "1,2000", "3.1999"
    if (m[2] && m[1].endsWith("0")) continue; // "1960's" is a decade
    const after = body.slice(yEnd, yEnd + 8);
    if (/^\s?[-–]\s?\d{2}(?!\d)/.test(after)) continue; // "2024-25": a season or fiscal year
    if (/^\s?(?:percent|per cent|%)/i.test(after)) continue;
    const next = tokensAfter(body, yEnd + (m[2]?.length ?? 0), 24)[0];
    if (next?.word && COUNT_NOUNS.has(next.lw)) continue;
    const prev = tokensBefore(body, start, 32);
    const p = prev[prev.length - 1];
    const pp = prev[prev.length - 2];

    if (p?.w === "-" && pp?.lw === "mid" && p.end === start) {
      out.push({ start: withPrep(body, pp.start), end: yEnd, spec: { t: "y", y }, rule: "year-mid" });
      continue;
    }
    // A range's second end: "2004–2009", "from 2004 to 2009", "between 2010 and 2012"; a list
    // item after another year ("in 2010, 2011 and 2012").
    if (p && (RANGE_JOINERS.has(p.lw) || (p.w === "," && pp && /^\d{4}$/.test(pp.w)))) {
      out.push({ start, end: yEnd, spec: { t: "y", y }, rule: "year-range-end", needsRange: true });
      continue;
    }
    let lw = p?.word ? p.lw : "";
    if (lw === "of" && pp?.lw === "as") lw = "as of";
    // "up from 1200", "rose to 1500": after a verb of change the number is an amount.
    if ((lw === "from" || lw === "to" || lw === "by") && pp?.word && CHANGE_WORDS.has(pp.lw)) continue;
    // Weak prepositions also take counts ("of 1200 cases"): only years from 1700 on.
    if (WEAK_YEAR_PREPS.has(lw) && y < 1700) continue;
    if (YEAR_PREPS.has(lw)) {
      if (lw === "early" || lw === "late" || lw === "mid") {
        out.push({ start: withPrep(body, p!.start), end: yEnd, spec: { t: "y", y }, rule: "year-part" });
      } else {
        const s = lw === "year" ? start : lw === "as of" ? pp!.start : TEXT_PREPS.has(lw) ? p!.start : start;
        out.push({ start: s, end: yEnd, spec: { t: "y", y }, rule: "year-prep" });
      }
      continue;
    }
    // "the 2022 invasion", "his 1987 book", "the 2016 U.S. presidential election": a year modifying
    // a common noun. A noun phrase that ends in a capitalised word ("the 2018 World Cup", "the 2020
    // Olympics in Tokyo") is an event's name: not a date mention.
    const possessive = p?.word && /['’]s$/.test(p.w);
    if ((YEAR_DETERMINERS.has(lw) || possessive) && y >= 1800 && next?.word && !nounPhraseIsName(body, yEnd)) {
      out.push({ start, end: yEnd, spec: { t: "y", y }, rule: "year-modifier" });
      continue;
    }
    // A year opening a sentence as its subject: "2012 was a record year."
    if (y >= 1800 && atSentenceStart(body, start) && next?.word && YEAR_SUBJECT_VERBS.has(next.lw)) {
      out.push({ start, end: yEnd, spec: { t: "y", y }, rule: "year-subject" });
      continue;
    }
    // A range's first end without a preposition: "2004–2009".
    if (/^\s?[–-]\s?(1\d{3}|20\d{2})(?!\d)/.test(after) && !isCapitalised(next)) {
      out.push({ start, end: yEnd, spec: { t: "y", y }, rule: "year-range-start" });
    }
  }
}

const NP_STOPS = new Set(["of", "in", "at", "on", "for", "and", "or", "with", "to", "by", "from", "as", "that", "which", "who", "was", "were", "is", "are", "has", "had", "have", "will", "would", "said", "says"]);

/** Does the noun phrase after a year end in a capitalised word (a name)? Reads at most six words. */
function nounPhraseIsName(body: string, from: number): boolean {
  const toks = tokensAfter(body, from, 64);
  let last: Tok | null = null;
  let words = 0;
  for (const t of toks) {
    if (!t.word) {
      // Dots inside initials ("U.S.") and hyphens inside compounds do not end the phrase.
      if ((t.w === "." || t.w === "-") && last && last.end === t.start) continue;
      break;
    }
    if (NP_STOPS.has(t.lw) || COUNT_NOUNS.has(t.lw)) break;
    last = t;
    if (++words >= 6) break;
  }
  return last === null || /^\p{Lu}/u.test(last.w);
}

// ------------------------------------------------------------------ overlaps and ranges

/** Longest candidate wins an overlap; a range end is kept only right after another date. */
function pickNonOverlapping(all: Candidate[]): Candidate[] {
  const sorted = [...all].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  const out: Candidate[] = [];
  for (const c of kept) {
    if (c.needsRange) {
      const prev = out[out.length - 1];
      if (!prev || c.start - prev.end > 24) continue;
    }
    out.push({ ...c, needsRange: undefined });
  }
  return out;
}
