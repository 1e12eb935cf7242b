// The pattern stage: an ordered list of small finders (finders/*), each a flat regex plus bounded
// look-arounds (no nested quantifiers, so no catastrophic backtracking on huge or odd input). A
// finder only says what the words are; anchors and tense are applied later by the resolver.
import { isRelative, type Candidate } from "./model";
import type { DateText } from "./context";
import { findDeictic, findWeekdays } from "./finders/days";
import { findAnaphoric } from "./finders/anaphoric";
import { findHolidays } from "./finders/holidays";
import { findMonths, findNumeric } from "./finders/months";
import { findAgo, findCurrentPeriods, findEdges, findPeriods, findSeasons, findWeekends } from "./finders/relative";
import { findSpelledYears } from "./finders/spelled";
import { findYears } from "./finders/years";

export function findCandidates(text: DateText): Candidate[] {
  const out: Candidate[] = [];
  findNumeric(text, out);
  findMonths(text, out);
  findWeekdays(text, out);
  findDeictic(text, out);
  findPeriods(text, out);
  findCurrentPeriods(text, out);
  findAgo(text, out);
  findEdges(text, out);
  findSeasons(text, out);
  findWeekends(text, out);
  findHolidays(text, out);
  findAnaphoric(text, out);
  findYears(text, out);
  findSpelledYears(text, out);
  return pickNonOverlapping(out.filter((c) => !titleInSentence(text.body, c) && !weekOnWeekday(text.body, c)));
}

/** "on Tuesday week", "Friday fortnight" (British: a week or two after the coming one): the
 *  weekday alone would give the wrong day, and its offset is rare enough to leave unread. */
function weekOnWeekday(body: string, c: Candidate): boolean {
  return c.spec.t === "wd" && /^\s+(?:week|fortnight)(?![\p{L}'’])/u.test(body.slice(c.end, c.end + 12));
}

/** "told ABC's This Week", "on The Hour Next Week": a relative expression written in title case
 *  inside a sentence is a name (a programme, a column), not a date. At a sentence's or line's
 *  start the capitals are ordinary ("Last week, …"). */
const TITLE_PERIOD = /^(?:This|Last|Next|Past) (?:Week|Weekend|Month|Year|Morning|Afternoon|Evening|Night)$/;
function titleInSentence(body: string, c: Candidate): boolean {
  if (!isRelative(c.spec) || !TITLE_PERIOD.test(body.slice(c.start, c.end))) return false;
  // (an opening quote mark is skipped: ABC's "This Week" is quoted mid-sentence too)
  const before = /(\S)\s*["“]?$/u.exec(body.slice(Math.max(0, c.start - 8), c.start));
  if (!before) return false;
  // a plural possessive's apostrophe ("ABC News' “This Week”") is mid-sentence, not a closing quote
  if (/\p{L}s['’]\s*["“]?$/u.test(body.slice(Math.max(0, c.start - 8), c.start))) return true;
  return !/[.!?:;"“”'‘’—\-(]/.test(before[1]);
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
