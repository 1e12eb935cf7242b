// Days named relative to now: weekdays, yesterday/today/tomorrow, last night, this morning.
import type { Candidate } from "../model";
import { atSentenceStart, isCapitalised, layerTokensAfter, layerTokensBefore, type Tok, type DateText } from "../context";
import { markerOf } from "../tense";
import { DATE_SPEECH_VERBS as SPEECH_VERBS, FREQUENCY_WORDS, MONTH_ALT, MONTH_BY_WORD, WEEKDAY_ALT, WEEKDAY_BY_WORD } from "../../text/lexicon";
import { TEXT_PREPS, modifierOf, startsWord, withPrep } from "./shared";

/** Capitalised words that may open a sentence before a weekday ("Early Tuesday, ..."). */
const WEEKDAY_OPENERS = new Set(["early", "late", "by", "until", "till", "since", "before", "after", "from", "during", "as", "and", "but", "then", "yesterday", "today"]);
const PERIOD_WORDS = new Set(["morning", "afternoon", "evening", "night"]);

const WEEKDAY_RE = new RegExp(`(${WEEKDAY_ALT})(['’]s)?(?![\\p{L}\\p{N}])`, "giu");
const MONTH_DAY_AHEAD = new RegExp(`,?\\s{1,3}(?:the\\s{1,3})?(?:(?:${MONTH_ALT})\\.?\\s{1,3}\\d|\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(?:${MONTH_ALT}))`, "uy");

/** "on Sunday", "last Friday", "Tuesday evening"; not "Sundays", "every Monday", "Super Tuesday". */
export function findWeekdays(text: DateText, out: Candidate[]) {
  const { body } = text;
  for (const m of body.matchAll(WEEKDAY_RE)) {
    if (!startsWord(body, m.index)) continue;
    const wd = WEEKDAY_BY_WORD[m[1].toLowerCase()];
    const nameEnd = m.index + m[1].length;
    MONTH_DAY_AHEAD.lastIndex = nameEnd;
    if (MONTH_DAY_AHEAD.test(body)) continue; // the month finder takes "Friday, May 12"
    const prev = layerTokensBefore(text, m.index, 24);
    const p = prev[prev.length - 1];
    const after = layerTokensAfter(text, m.index + m[0].length, 24);
    const next = after[0];
    if (p && FREQUENCY_WORDS.has(p.lw)) continue;
    const mod = modifierOf(p);
    const prep = p?.word ? p.lw : "";
    const cuedByPrep = TEXT_PREPS.has(prep) || mod !== null || prep === "said" || prep === "says";
    if (p && NAME_MAKERS.has(p.lw)) continue;
    // A capitalised word before it (not a preposition, not at a sentence start) makes a name,
    // unless a verb follows: news style puts a bare weekday between subject and verb ("The
    // court Friday rejected"), and a clause may end on it ("met the envoy Sunday.").
    const dayLike = cuedByPrep || verbFollows(after) || endsClause(after);
    // "The Friday explosions": a sentence-initial "The" before a weekday that modifies a noun.
    const theModifier = p?.lw === "the" && next?.word && /^\p{Ll}/u.test(next.w);
    if (isCapitalised(p) && !dayLike && !theModifier && !WEEKDAY_OPENERS.has(p!.lw)) continue;
    if (isCapitalised(next) && !cuedByPrep && !MONTH_BY_WORD[next!.lw] && !atSentenceStart(body, next!.start)) {
      // "Sunday Times": a name unless a preposition before marks it as a day.
      continue;
    }
    // A possessive clitic is not part of the date ("Friday's vote" → "Friday"): minimal text.
    let end = nameEnd;
    if (!m[2] && next?.word && PERIOD_WORDS.has(next.lw)) end = next.end;
    // "on Monday and Tuesday nights": plural parts of days recur; not a date.
    if (recurring(after)) continue;
    let start = m.index;
    if (mod) {
      start = p!.start;
      const pp = prev[prev.length - 2];
      if (p!.lw === "past" && pp?.lw === "this") start = pp.start;
    }
    out.push({ start: withPrep(text, start), end, spec: { t: "wd", wd, mod }, rule: mod ? `weekday-${mod}` : "weekday" });
  }
}

/** Words that make the weekday after them a name ("Super Tuesday", "Good Friday", "Black Monday"). */
const NAME_MAKERS = new Set(["super", "good", "black", "bloody", "holy", "easter", "palm", "ash", "cyber", "maundy", "shrove", "whit", "low", "passion", "white"]);

/** A verb (or an adverb and a verb) right after the weekday: "Friday rejected", "Friday formally joined". */
function verbFollows(after: Tok[]): boolean {
  let k = 0;
  if (after[k]?.word && after[k].lw.length > 3 && after[k].lw.endsWith("ly")) k++;
  const t = after[k];
  if (!t?.word || !/^\p{Ll}/u.test(t.w)) return false;
  return markerOf(t) !== null || SPEECH_VERBS.has(t.lw);
}

function recurring(after: Tok[]): boolean {
  let k = 0;
  if (after[k]?.lw === "and" && after[k + 1] && WEEKDAY_BY_WORD[after[k + 1].lw.replace(/['’]s$/, "")]) k += 2;
  return !!after[k]?.word && PLURAL_PERIODS.has(after[k].lw);
}
const PLURAL_PERIODS = new Set(["nights", "mornings", "afternoons", "evenings"]);

/** The weekday closes its clause: a full stop or comma right after it. */
function endsClause(after: Tok[]): boolean {
  const t = after[0];
  return !t || t.w === "." || t.w === ",";
}

/**
 * "today" and "tomorrow" meaning nowadays and the future, not a day: "as strong today as it was",
 * "the people of tomorrow", "today's youth" (a possessive before a group noun).
 */
function genericNow(w: string, prev: Tok[], next: Tok | undefined, possessive: boolean): boolean {
  if (w !== "today" && w !== "tomorrow") return false;
  const p = prev[prev.length - 1];
  const pp = prev[prev.length - 2];
  if (!possessive && pp?.lw === "as" && p?.word && next?.lw === "as") return true;
  if (!possessive && p?.lw === "of" && (!next || !next.word)) return true;
  return possessive && !!next && GENERIC_GROUPS.has(next.lw);
}
const GENERIC_GROUPS = new Set(["youth", "children", "kids", "world", "society", "generation", "consumers", "students", "teenagers", "economy", "technology"]);

/** yesterday / today / tomorrow / tonight, "yesterday afternoon", "today's"; "last night", "this morning". */
export function findDeictic(text: DateText, out: Candidate[]) {
  const { body } = text;
  for (const m of body.matchAll(/(yesterday|today|tomorrow|tonight)(['’]s)?(?![\p{L}\p{N}-])/giu)) {
    if (!startsWord(body, m.index, "-")) continue;
    const w = m[1].toLowerCase();
    const prev = layerTokensBefore(text, m.index, 24);
    const p = prev[prev.length - 1];
    // "USA Today", "Today show": a capitalised word before a capitalised "Today" mid-sentence is a name.
    if (/^\p{Lu}/u.test(m[1]) && isCapitalised(p) && !atSentenceStart(body, p!.start) && !TEXT_PREPS.has(p!.lw)) continue;
    const n = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
    let end = m.index + m[1].length;
    const next = layerTokensAfter(text, m.index + m[0].length, 16)[0];
    if (genericNow(w, prev, next, !!m[2])) continue;
    if (!m[2] && (w === "yesterday" || w === "tomorrow") && next?.word && PERIOD_WORDS.has(next.lw)) end = next.end;
    out.push({ start: m.index, end, spec: { t: "offset", unit: "day", n }, rule: `deictic-${w}` });
  }
  for (const m of body.matchAll(/(last|this)\s{1,3}(night|morning|afternoon|evening)(?![\p{L}\p{N}])/giu)) {
    if (!startsWord(body, m.index)) continue;
    const p = layerTokensBefore(text, m.index, 16).pop();
    if (p && (p.lw === "the" || p.lw === "that" || FREQUENCY_WORDS.has(p.lw))) continue;
    const n = m[1].toLowerCase() === "last" && m[2].toLowerCase() === "night" ? -1 : 0;
    if (m[1].toLowerCase() === "last" && n === 0) continue; // "last morning" is not idiomatic
    out.push({ start: m.index, end: m.index + m[0].length, spec: { t: "offset", unit: "day", n }, rule: "deictic-part-of-day" });
  }
}
