// Calendar arithmetic on whole day numbers (days since 1970-01-01, UTC). Everything goes through
// Date.UTC or plain integers so the host time zone can never shift a date.

export type Ymd = { y: number; m: number; d: number };

const DAY_MS = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO weekday: Monday 1 … Sunday 7. 1970-01-01 was a Thursday. */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function formatDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatMonth(y: number, m: number): string {
  // Normalise month overflow (month 0 = December of the year before).
  const idx = y * 12 + (m - 1);
  const yy = Math.floor(idx / 12);
  return `${pad(yy, 4)}-${pad(idx - yy * 12 + 1)}`;
}

export function formatYear(y: number): string {
  return pad(y, 4);
}

/** ISO 8601 week of a day: the week belongs to the year holding its Thursday. */
export function formatIsoWeek(n: number): string {
  const thursday = n - isoWeekday(n) + 4;
  const year = fromDayNumber(thursday).y;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Parses a strict YYYY-MM-DD string into a day number, or null. */
export function parseIsoDay(s: string | null | undefined): number | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return isValidDay(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** The given ISO weekday nearest the anchor in one direction; `inclusive` allows the anchor itself. */
export function weekdayFrom(anchor: number, weekday: number, dir: "past" | "future", inclusive: boolean): number {
  const wd = isoWeekday(anchor);
  if (dir === "past") {
    let back = (wd - weekday + 7) % 7;
    if (back === 0 && !inclusive) back = 7;
    return anchor - back;
  }
  let ahead = (weekday - wd + 7) % 7;
  if (ahead === 0 && !inclusive) ahead = 7;
  return anchor + ahead;
}
