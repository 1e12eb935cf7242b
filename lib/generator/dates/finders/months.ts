// Calendar dates: numeric forms, month names with or without day and year, fixed holidays.
import type { Candidate } from "../model";
import { tokensAfter, tokensBefore } from "../context";
import { FREQUENCY_WORDS, MONTH_ALT, MONTH_BY_WORD, RANGE_JOINERS, SHORT_MONTHS, WEEKDAY_ALT, WEEKDAY_BY_WORD } from "../../text/lexicon";
import { modifierOf, startsWord, validYear, withPart, withPrep } from "./shared";

const MONTH_PREPS = new Set(["in", "since", "by", "until", "till", "from", "through", "throughout", "during", "before", "after", "between", "of", "for", "last", "next", "this", "early", "late", "mid", "as of", "end", "start"]);

/** 2023-05-17, and 25/05/2023 only when day and month cannot be swapped. */
export function findNumeric(body: string, out: Candidate[]) {
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
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(${WEEKDAY_ALT}),?\\s{1,3}$`, "iu");

/** "August 3", "3 August 2019", "October 2021", "in October", "the November election". */
export function findMonths(body: string, out: Candidate[]) {
  for (const m of body.matchAll(MONTH_RE)) {
    if (!startsWord(body, m.index)) continue;
    const key = m[1].toLowerCase();
    const month = MONTH_BY_WORD[key];
    const short = SHORT_MONTHS.has(key);
    let start = m.index;
    const afterName = m.index + m[1].length;
    // A full name's trailing dot is the sentence's, not the month's ("on 4 July.").
    let end = short ? m.index + m[0].length : afterName;

    // Day (and year) after: "August 3", "August 3, 2019".
    DAY_AFTER.lastIndex = short ? end : afterName;
    const da = DAY_AFTER.exec(body);
    // Year alone after: "October 2021", "June of 2019".
    YEAR_AFTER.lastIndex = short ? end : afterName;
    const ya = da ? null : YEAR_AFTER.exec(body);
    // Day before: "3 August", "the 3rd of August".
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

    // "in August last year", "August 3 this year": the year counts from the anchor.
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
      let lw = p?.word ? p.lw : p?.w === "-" && pp && ["mid", "early", "late"].includes(pp.lw) ? pp.lw : "";
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
      out.push({ start: s, end: afterName, spec: { t: "m", m: month, mod }, rule: mod ? `month-${mod}` : theNoun ? "month-modifier" : "month", needsRange: joined, weak: !!theNoun && !mod });
      continue;
    }

    // A weekday right before ("Friday, May 12") belongs to this date.
    const wb = WEEKDAY_BEFORE.exec(body.slice(Math.max(0, start - 14), start));
    if (wb) start = start - (Math.min(start, 14) - wb.index);
    if (day !== null && year !== null) {
      out.push({ start: withPrep(body, start), end, spec: { t: "ymd", y: year, m: month, d: day }, rule: "month-day-year" });
    } else if (day !== null) {
      // "Monday, Oct. 26": the weekday picks the year, as a calendar would.
      if (wb) out.push({ start: withPrep(body, start), end, spec: { t: "md", m: month, d: day, wd: WEEKDAY_BY_WORD[wb[1].toLowerCase()] }, rule: "month-day-weekday" });
      else out.push({ start: withPrep(body, start), end, spec: { t: "md", m: month, d: day }, rule: "month-day" });
    } else if (year !== null) {
      const part = withPart(body, start);
      out.push({ start: withPrep(body, part.start), end, spec: { t: "ym", y: year, m: month }, rule: "month-year" });
    }
  }
}
