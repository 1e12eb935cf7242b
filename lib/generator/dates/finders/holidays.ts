// Holidays named as days: fixed ones resolve like "December 25", floating ones by calendar rule
// in the year the tense points to. General calendar knowledge only.
import type { Floating } from "../holidays";
import type { Candidate } from "../model";
import type { DateText } from "../context";
import { mentionsAny, startsWord, validYear, withPrep } from "./shared";

const FIXED: Record<string, [number, number]> = {
  "christmas day": [12, 25], "christmas eve": [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
  "boxing day": [12, 26], "valentine's day": [2, 14], "halloween": [10, 31], "independence day": [7, 4],
  "fourth of july": [7, 4], "veterans day": [11, 11],
};

const FLOATING: Record<string, Floating> = {
  "thanksgiving day": { kind: "nth", m: 11, wd: 4, nth: 4 },
  "thanksgiving": { kind: "nth", m: 11, wd: 4, nth: 4 },
  "memorial day": { kind: "nth", m: 5, wd: 1, nth: -1 },
  "labor day": { kind: "nth", m: 9, wd: 1, nth: 1 },
  "mother's day": { kind: "nth", m: 5, wd: 7, nth: 2 },
  "father's day": { kind: "nth", m: 6, wd: 7, nth: 3 },
  "easter sunday": { kind: "easter", offset: 0 },
  "easter monday": { kind: "easter", offset: 1 },
  "good friday": { kind: "easter", offset: -2 },
  "election day": { kind: "election" },
};

const HOLIDAY_RE = /(Christmas Day|Christmas Eve|New Year['’]s Day|New Year['’]s Eve|Boxing Day|Valentine['’]s Day|Halloween|Independence Day|Fourth of July|Veterans Day|Thanksgiving(?: Day)?|Memorial Day|Labor Day|Mother['’]s Day|Father['’]s Day|Easter Sunday|Easter Monday|Good Friday|Election Day)(?:,?\s{1,3}(\d{4})(?![\p{L}\p{N}]|[,.:]\d))?(?![\p{L}\p{N}])/gu;

/** "on Christmas Day", "Thanksgiving Day", "Election Day 1998"; not "Thanksgiving dinner" (a meal, not a day). */
const GATE = ["Christmas", "New Year", "Boxing", "Valentine", "Halloween", "Independence", "Fourth of", "Veterans", "Thanksgiving", "Memorial", "Labor", "Mother", "Father", "Easter", "Good Friday", "Election"];

export function findHolidays(text: DateText, out: Candidate[]) {
  const { body } = text;
  if (!mentionsAny(body, GATE)) return;
  for (const m of body.matchAll(HOLIDAY_RE)) {
    if (!startsWord(body, m.index)) continue;
    const key = m[1].toLowerCase().replace("’", "'");
    const y = m[2] ? +m[2] : null;
    if (y !== null && !validYear(y)) continue;
    // A bare "Thanksgiving" before a noun is a modifier of that noun ("Thanksgiving weekend").
    if (key === "thanksgiving" && !m[2] && /^\s{1,3}\p{Ll}/u.test(body.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const start = withPrep(text, m.index);
    const end = m.index + m[0].length;
    const fixed = FIXED[key];
    if (fixed) {
      const [month, day] = fixed;
      const spec = y !== null ? { t: "ymd" as const, y, m: month, d: day } : { t: "md" as const, m: month, d: day };
      out.push({ start, end, spec, rule: "holiday" });
    } else {
      out.push({ start, end, spec: { t: "holiday", f: FLOATING[key], y }, rule: "holiday-floating" });
    }
  }
}
