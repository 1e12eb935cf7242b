// Holidays whose day moves with the year: the nth weekday of a month ("the fourth Thursday of
// November") or a day counted from Easter. Pure calendar arithmetic on day numbers.
import { dayNumber, daysInMonth, isoWeekday } from "./calendar";

export type Floating =
  | { kind: "nth"; m: number; wd: number; nth: number } // nth = -1: the last one
  | { kind: "easter"; offset: number }
  /** The Tuesday after the first Monday of November (US elections). */
  | { kind: "election" };

/** The holiday's day number in year `y`. */
export function floatingDay(f: Floating, y: number): number {
  if (f.kind === "easter") return easterSunday(y) + f.offset;
  if (f.kind === "election") return nthWeekday(y, 11, 1, 1) + 1;
  return nthWeekday(y, f.m, f.wd, f.nth);
}

/** The nth ISO weekday (Monday 1) of a month; nth -1 is the last. */
export function nthWeekday(y: number, m: number, wd: number, nth: number): number {
  if (nth < 0) {
    const last = dayNumber(y, m, daysInMonth(y, m));
    return last - ((isoWeekday(last) - wd + 7) % 7);
  }
  const first = dayNumber(y, m, 1);
  return first + ((wd - isoWeekday(first) + 7) % 7) + 7 * (nth - 1);
}

/** Gregorian Easter Sunday (the anonymous Gregorian computus). */
export function easterSunday(y: number): number {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}
