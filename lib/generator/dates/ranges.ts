// Dates that take their year from another date in the same sentence: "opened on 3 March 2019
// and closed on March 9", and the first end of a range ("from January 23 through March 9").
import { formatMonth } from "./calendar";
import type { Candidate } from "./model";
import type { Resolved } from "./normalise";

type Item = { c: Candidate; s: { start: number } };
type Done = { c: Candidate; res: Resolved | null; rule: string };

/** Words that join a range's two ends ("from January 23 through March 9"). */
const JOINER = /^\s{0,3}(?:through|thru|to|until|till|and|[-–—])\s{0,3}$/i;

/**
 * "opened on 3 March 2019 and closed on March 9": a month or day without a year takes the year of
 * an explicit date earlier in the same sentence, as a reader would.
 */
export function inheritYears(work: Item[]) {
  // The latest earlier date in the same sentence that lends its year; walking forward keeps this
  // linear in the number of dates even when one huge sentence holds thousands of them.
  let lender: { start: number; y: number } | null = null;
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    if (lender && lender.start !== w.s.start) lender = null;
    if (i > 0 && lender) w.c = withYear(w.c, lender.y, "year-from-context") ?? w.c;
    const y = lentYear(w);
    if (y !== null) lender = { start: w.s.start, y };
  }
}

/**
 * "between October and December 2022", "from May to July 2019": a range's first end without a
 * year takes the year its second end gives (the year before when its month comes later).
 */
export function yearsFromRangeEnds(body: string, work: Item[]) {
  for (let i = 0; i + 1 < work.length; i++) {
    const a = work[i].c, b = work[i + 1].c;
    if ((a.spec.t !== "m" && a.spec.t !== "md") || (b.spec.t !== "ym" && b.spec.t !== "ymd") || !rangeEnds(body, a, b)) continue;
    work[i].c = withYear(a, a.spec.m > b.spec.m ? b.spec.y - 1 : b.spec.y, "year-from-range-end") ?? a;
  }
}

/** A month (with or without its day, no modifier) given year y, its rule marking how; else null. */
function withYear(c: Candidate, y: number, how: string): Candidate | null {
  const spec = c.spec;
  if (spec.t === "md") return { ...c, spec: { t: "ymd", y, m: spec.m, d: spec.d }, rule: `${c.rule}-${how}` };
  if (spec.t === "m" && spec.mod === null) return { ...c, spec: { t: "ym", y, m: spec.m }, rule: `${c.rule}-${how}` };
  return null;
}

/** "from January 23 through March 9", "between October and December": a range's two ends. */
function rangeEnds(body: string, a: Candidate, b: Candidate): boolean {
  return JOINER.test(body.slice(a.end, b.start)) && /^(?:from|between)\s/i.test(body.slice(a.start, a.end));
}

/** The year a date lends to later dates of its sentence. A bare year lends it only when it frames
 *  the sentence ("In 2019, ... on March 3"); inside another clause ("a plan approved in 1987 ...
 *  through Sept. 29") it dates that clause. */
function lentYear(w: Item): number | null {
  const prev = w.c.spec;
  const framing = prev.t === "y" && w.c.start - w.s.start <= 1;
  return prev.t === "ymd" || prev.t === "ym" || framing ? prev.y : null;
}

/**
 * A range's first end lies before its second: "is to run from January 23 through March 9", read
 * on January 28 with a future verb, starts on the January 23 just past, not next year's.
 */
export function orderRangeStarts(body: string, work: Done[]) {
  for (let i = 0; i + 1 < work.length; i++) {
    const a = work[i], b = work[i + 1];
    if (!a.res || !b.res || (a.c.spec.t !== "md" && a.c.spec.t !== "m")) continue;
    if (!rangeEnds(body, a.c, b.c)) continue;
    if (a.res.value <= b.res.value) continue;
    const y = +a.res.value.slice(0, 4) - 1;
    const earlier = `${String(y).padStart(4, "0")}${a.res.value.slice(4)}`;
    // Only a one-year slip is a range read the wrong way round (and Feb 29 needs its leap year).
    if (earlier > b.res.value || (a.res.value.endsWith("-02-29") && y % 4 !== 0)) continue;
    a.res = { ...a.res, value: earlier };
    a.rule = `${a.rule}-range-start`;
  }
}

/** What lists a month after another: a comma, "and" or "or" ("in May, June and July"). */
const LISTED = /^\s{0,3}(?:,\s{0,3}(?:and\s|or\s)?|and\s|or\s)\s{0,3}$/i;

/**
 * "last October and November", "in May, June and July": a bare month listed right after another
 * month, with no tense of its own to go by, lies in the year nearest the month before it. Read
 * alone, "November" with an infinitive for its verb ("used the telescope to observe it last
 * October and November") would have been this year's. (A tensed month keeps its own reading:
 * lists do not always run forward, "the past two polls, in February and October".)
 */
export function continueListedMonths(body: string, work: Done[]) {
  for (let i = 0; i + 1 < work.length; i++) {
    const a = work[i], b = work[i + 1];
    if (!a.res || !b.res || a.res.granularity !== "month" || b.c.spec.t !== "m" || b.c.spec.mod !== null || !b.rule.endsWith("-untensed")) continue;
    if (!LISTED.test(body.slice(a.c.end, b.c.start))) continue;
    const [y, m] = a.res.value.split("-").map(Number);
    const bm = b.c.spec.m;
    // the year that puts b nearest a, on either side
    const year = Math.abs(bm - m) <= 6 ? y : bm > m ? y - 1 : y + 1;
    const value = formatMonth(year, bm);
    if (value === b.res.value) continue;
    b.res = { ...b.res, value };
    b.rule = `${b.rule}-listed`;
  }
}
