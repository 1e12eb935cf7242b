// A wire story's dateline ("CITY, August 7 (Agency) --") says when the story was filed. Its date
// becomes the anchor for relative dates, since "Friday" in the story counts from the filing day,
// not from the day a newspaper or archive stamped it.
import { dayNumber, fromDayNumber, isValidDay } from "./calendar";
import { MONTH_ALT, MONTH_BY_WORD } from "../text/lexicon";

export type Dateline = { start: number; end: number; day: number };

/** A filing date this many days before the publication date is still the same story's. */
const MAX_LAG_DAYS = 3;

const DATELINE = new RegExp(
  `^\\s{0,4}\\p{Lu}[\\p{Lu}.'’ -]{1,40}(?:,\\s\\p{Lu}[\\p{L}.' ]{1,30})?,\\s(${MONTH_ALT})\\.?\\s(\\d{1,2})(?:,\\s(\\d{4}))?\\s{0,3}(?:\\([^)\\n]{1,40}\\))?\\s{0,3}(?:--|—|–|_)`,
  "du",
);

export function findDateline(body: string, pub: number | null): Dateline | null {
  const m = DATELINE.exec(body.slice(0, 160));
  if (!m || pub === null) return null;
  const month = MONTH_BY_WORD[m[1].toLowerCase()];
  const d = +m[2];
  // The date's own span: from the month name to the day or year.
  const start = m.indices![1][0];
  const end = (m.indices![3] ?? m.indices![2])[1];
  let y = m[3] ? +m[3] : fromDayNumber(pub).y;
  if (!isValidDay(y, month, d)) return null;
  // No year given: the dateline is on or just before the publication date (across New Year too).
  if (!m[3] && dayNumber(y, month, d) > pub) y--;
  if (!isValidDay(y, month, d)) return null;
  const day = dayNumber(y, month, d);
  if (pub - day < 0 || pub - day > MAX_LAG_DAYS) return null;
  return { start, end, day };
}
