// Turns what a date expression says into a value at its own granularity, given an anchor day
// (publication date or time of speaking) and the direction the clause's tense points.
import type { DateGranularity } from "../types";
import { floatingDay } from "./holidays";
import type { DateSpec, Modifier } from "./model";
import {
  dayNumber, formatDay, formatIsoWeek, formatMonth, formatYear, fromDayNumber, isoWeekday, isValidDay, weekdayFrom,
} from "./calendar";

/** "untensed": no tense to go by. News style names the year of a date outside the current one,
 *  so a month or day without a year is this year's (failing that, the closer occurrence). */
export type Direction = "past" | "future" | "untensed" | "limit";
/** "by Jan. 14" read on Jan. 15: a deadline just passed is still this one, not next year's. */
const LIMIT_GRACE_DAYS = 7;
export type Resolved = { value: string; granularity: DateGranularity };

/** `anchor` is a day number or null (no publication date: only self-contained dates resolve). */
export function resolveSpec(spec: DateSpec, anchor: number | null, dir: Direction): Resolved | null {
  switch (spec.t) {
    case "ymd":
      return isValidDay(spec.y, spec.m, spec.d) ? day(dayNumber(spec.y, spec.m, spec.d)) : null;
    case "ym":
      return { value: formatMonth(spec.y, spec.m), granularity: "month" };
    case "y":
      return { value: formatYear(spec.y), granularity: "year" };
    case "anaphor":
      return null; // counted from an earlier mention (anaphora.ts)
    case "holiday":
      if (spec.y !== null) return day(floatingDay(spec.f, spec.y));
      if (anchor === null) return null;
      return pickYear((y) => floatingDay(spec.f, y), fromDayNumber(anchor).y, anchor, dir);
    case "season":
      return spec.y !== null ? { value: formatYear(spec.y), granularity: "year" } : anchor === null ? null : season(spec.season, spec.mod, anchor, dir);
  }
  if (anchor === null) return null;
  const a = fromDayNumber(anchor);
  switch (spec.t) {
    case "md":
      if (spec.wd) return weekdayYear(spec.m, spec.d, spec.wd, a.y, anchor);
      if (dir === "limit") return monthDay(spec.m, spec.d, a.y, anchor - LIMIT_GRACE_DAYS, "future");
      return monthDay(spec.m, spec.d, a.y, anchor, dir);
    case "m":
      return month(spec.m, spec.mod, a.y, a.m, dir);
    case "relYear":
      if (spec.d === null) return { value: formatMonth(a.y + spec.n, spec.m), granularity: "month" };
      return isValidDay(a.y + spec.n, spec.m, spec.d) ? day(dayNumber(a.y + spec.n, spec.m, spec.d)) : null;
    case "wd": {
      if (spec.mod === "last") return day(weekdayFrom(anchor, spec.wd, "past", false));
      if (spec.mod === "next") return day(weekdayFrom(anchor, spec.wd, "future", false));
      return day(weekdayFrom(anchor, spec.wd, spec.mod === "this" && dir !== "past" ? "future" : side(dir), true));
    }
    case "weekend":
      // The nearest Saturday on the tense's side (today counts), then its ISO week.
      return { value: formatIsoWeek(weekdayFrom(anchor, 6, side(dir), true)), granularity: "week" };
    case "offset":
    case "ago": {
      const n = spec.t === "ago" ? -spec.n : spec.n;
      if (spec.unit === "day") return day(anchor + n);
      if (spec.unit === "week") return { value: formatIsoWeek(anchor + 7 * n), granularity: "week" };
      if (spec.unit === "month") return { value: formatMonth(a.y, a.m + n), granularity: "month" };
      return { value: formatYear(a.y + n), granularity: "year" };
    }
    case "edge": {
      if (spec.unit === "week") return { value: formatIsoWeek(anchor + 7 * spec.n), granularity: "week" };
      if (spec.unit === "month") return { value: formatMonth(a.y, a.m + spec.n), granularity: "month" };
      return { value: formatMonth(a.y + spec.n, spec.edge === "end" ? 12 : 1), granularity: "month" };
    }
  }
}

/** Weekdays and weekends without a tense count back: news reports what happened. */
function side(dir: Direction): "past" | "future" {
  return dir === "future" || dir === "limit" ? "future" : "past";
}

function day(n: number): Resolved {
  return { value: formatDay(n), granularity: "day" };
}

/** A month and day without a year: the nearest occurrence on the tense's side of the anchor. */
function monthDay(m: number, d: number, year: number, anchor: number, dir: Direction): Resolved | null {
  return pickYear((y) => (isValidDay(y, m, d) ? dayNumber(y, m, d) : null), year, anchor, dir);
}

/** "Monday, Oct. 26": the year near the anchor in which the day falls on that weekday. */
function weekdayYear(m: number, d: number, wd: number, year: number, anchor: number): Resolved | null {
  let best: number | null = null;
  for (const y of [year, year - 1, year + 1]) {
    if (!isValidDay(y, m, d)) continue;
    const n = dayNumber(y, m, d);
    if (isoWeekday(n) === wd && (best === null || Math.abs(n - anchor) < Math.abs(best - anchor))) best = n;
  }
  return best === null ? null : day(best);
}

/** A day that recurs yearly: its occurrence on the tense's side of the anchor (or the closer one). */
function pickYear(dayIn: (y: number) => number | null, year: number, anchor: number, dir: Direction): Resolved | null {
  let before: number | null = null;
  let after: number | null = null;
  for (const y of [year, year - 1, year - 2, year - 3, year - 4]) {
    const n = dayIn(y);
    if (n !== null && n <= anchor) { before = n; break; }
  }
  for (const y of [year, year + 1, year + 2, year + 3, year + 4]) {
    const n = dayIn(y);
    if (n !== null && n >= anchor) { after = n; break; }
  }
  const same = dayIn(year);
  const n = dir === "past" ? before : dir === "future" || dir === "limit" ? after : same ?? closer(anchor, before, after);
  return n === null ? null : day(n);
}

function closer(anchor: number, before: number | null, after: number | null): number | null {
  if (before === null) return after;
  if (after === null) return before;
  return anchor - before <= after - anchor ? before : after;
}

function month(m: number, mod: Modifier, year: number, anchorMonth: number, dir: Direction): Resolved {
  let y = year;
  if (mod === "last") y = m < anchorMonth ? year : year - 1;
  else if (mod === "next") y = m > anchorMonth ? year : year + 1;
  else if (mod === "this") y = year;
  else if (dir === "past") y = m <= anchorMonth ? year : year - 1;
  else if (dir === "future" || dir === "limit") y = m >= anchorMonth ? year : year + 1;
  // No tense: news style names the year of a month outside the current one, so this year's.
  else y = year;
  return { value: formatMonth(y, m), granularity: "month" };
}

/** Days (for a month and day) or months (for a month) from the anchor to the next occurrence,
 *  if it is not today's: "was extended to Nov. 16" written on Oct. 30 → 17. */
export function aheadOf(spec: DateSpec, anchor: number): number | null {
  const a = fromDayNumber(anchor);
  if (spec.t === "md") {
    for (const y of [a.y, a.y + 1]) {
      if (!isValidDay(y, spec.m, spec.d)) continue;
      const n = dayNumber(y, spec.m, spec.d) - anchor;
      if (n > 0) return n;
    }
    return null;
  }
  if (spec.t === "m" && !spec.mod) return spec.m > a.m ? spec.m - a.m : spec.m + 12 - a.m;
  return null;
}

/** A season normalises to the year it starts in; "last summer" is the latest one already over. */
function season(start: number, mod: Modifier, anchor: number, dir: Direction): Resolved {
  const { y, m } = fromDayNumber(anchor);
  // Index months from year 0 so a season's start and end compare as plain integers.
  const now = y * 12 + m;
  const startIn = (yy: number) => yy * 12 + start;
  let year: number;
  if (mod === "this") year = start === 12 && m <= 2 ? y - 1 : y;
  else if (mod === "last") {
    year = y;
    while (startIn(year) + 2 >= now) year--; // the season must have ended before the anchor month
  } else if (mod === "next") {
    year = y - 1;
    while (startIn(year) <= now) year++; // the first one that has not begun yet
  } else if (dir === "future" || dir === "limit") {
    year = y - 1;
    while (startIn(year) + 2 < now) year++; // the current one, or the first one ahead
  } else {
    year = y;
    while (startIn(year) > now) year--; // the latest season that had begun by the anchor
  }
  return { value: formatYear(year), granularity: "year" };
}
