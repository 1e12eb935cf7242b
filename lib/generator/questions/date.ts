// Date questions, only when the article has a publication date. A relative expression ("on
// Friday", "next week", "June 14" without a year) asks what it points to, given the article's
// date; an absolute one ("in 2014") asks which date completes the sentence. Distractors are the
// article's other dates of the same granularity, then the same expression read a unit off
// (the Friday a week earlier, the year after): the typical misreadings.
import { indexOfFindings, memoOf, type Analysis } from "../analysis";
import { MONTH_ALT, MONTH_NAMES, weekdayNameOfJsDay } from "../text/lexicon";
import type { DateGranularity, DateMention, Question } from "../types";
import { makeQuestion, type Choice } from "./make";
import { dateLabel, dateRange, granularityOf, normalize, quoteEvidence, sentenceSpans, shiftDate, spanOf } from "./util";

const NOUN: Record<DateGranularity, string> = { day: "date", week: "week", month: "month", year: "year" };
const MONTH_WORD = new RegExp(`\\b(?:${MONTH_ALT})\\b`, "i");
// Wider than the lexicon's weekday names on purpose: "Tues", "Thu" and "Sun" count too here.
const WEEKDAY = /\b(?:mon|tues?|wednes|thurs?|fri|satur|sun)(?:day)?\b/i;

/** True when the words alone give the value (they hold its year, and month when it has one). */
export function isAbsolute(m: DateMention): boolean {
  const year = m.value.slice(0, 4);
  if (!m.text.includes(year)) return false;
  return m.granularity === "year" || MONTH_WORD.test(m.text) || /\d{4}-\d{2}/.test(m.text);
}

export function askableDate(m: DateMention): boolean {
  return granularityOf(m.value) === m.granularity && m.end > m.start && agreesWithWords(m);
}

// Indexed as Date#getUTCDay and #getUTCMonth count, so a match's index is the value to compare.
const WEEKDAY_RES = [0, 1, 2, 3, 4, 5, 6].map((jsDay) => new RegExp(`\\b${weekdayNameOfJsDay(jsDay).toLowerCase()}\\b`));
// A month's first three letters and any ending: "sept.", "sep", "september" all read as 9.
const MONTH_RES = MONTH_NAMES.map((m) => new RegExp(`\\b${m.slice(0, 3).toLowerCase()}[a-z]*\\.?(?:\\s|$)`));

/** A last guard before a date becomes a key: the value must agree with what the words say
 *  outright (the weekday named, the month named, a four-digit year written). */
export function agreesWithWords(m: DateMention): boolean {
  const text = m.text.toLowerCase();
  const range = dateRange(m.value);
  if (!range) return false;
  const d = new Date(range[0]);
  const years = text.match(/\b\d{4}\b/g);
  if (years && !years.includes(m.value.slice(0, 4))) return false;
  if (m.granularity === "day") {
    const day = WEEKDAY_RES.findIndex((re) => re.test(text));
    if (day >= 0 && d.getUTCDay() !== day) return false;
  }
  if (m.granularity === "day" || m.granularity === "month") {
    const month = MONTH_RES.findIndex((re) => re.test(text + " "));
    if (month >= 0 && d.getUTCMonth() !== month) return false;
    const dayNumber = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.replace(/\b\d{4}\b/g, ""));
    if (m.granularity === "day" && month >= 0 && dayNumber && Number(dayNumber[1]) !== d.getUTCDate()) return false;
  }
  return true;
}

function misreadings(m: DateMention): string[] {
  const v = m.value;
  // A month and day without a year: the usual slip is the year.
  if (m.granularity === "day" && MONTH_WORD.test(m.text) && !/\d{4}/.test(m.text)) {
    return [-1, 1].map((n) => `${String(Number(v.slice(0, 4)) + n).padStart(4, "0")}${v.slice(4)}`).filter((x) => granularityOf(x) === "day" && dateRange(x) !== null && dateLabel(x) !== x);
  }
  const steps =
    m.granularity === "day" ? (WEEKDAY.test(m.text) ? [-7, 7, -1] : [-1, 1, -7]) : m.granularity === "year" ? [-1, 1, -2] : [-1, 1, -2];
  return steps.map((n) => shiftDate(v, n)).filter((x): x is string => !!x);
}

/** Values this same expression carries anywhere in the article: none of them may be a distractor. */
function valuesOfSameText(a: Analysis, m: DateMention): Set<string> {
  const same = indexOfFindings(a).valuesInSentence.get(`${m.sentenceId}|${normalize(m.text, memoOf(a).names)}`);
  return new Set([...(same ?? []), m.value]);
}

/** "today", "tonight", "this morning": the publication day itself. Asking for it only tests that
 *  the student read the dateline, so it is asked only when the article offers no other date. */
export function isPublicationDay(m: DateMention, date: string): boolean {
  return m.granularity === "day" && m.value === date && !isAbsolute(m);
}

/** A line that is little more than its date is page furniture ("Published 3 March 2025",
 *  "Updated Tuesday", a dateline "WASHINGTON, March 12 (Xinhua) --"): a question on it asks
 *  nothing about the news. "Congress reconvenes Jan. 24." states something. */
function statesSomething(body: string, sentence: { start: number; end: number }, m: { start: number; end: number }): boolean {
  const rest = (body.slice(sentence.start, m.start) + " " + body.slice(m.end, sentence.end)).replace(/\([^)]{0,30}\)/g, " ");
  const words = rest.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 2 || words.every((w) => w === w.toUpperCase())) return false;
  return !/^(?:published|updated|posted|first|last|date|dated|by)$/i.test(words[0] ?? "") || words.length > 3;
}

export function buildDate(a: Analysis): Question[] {
  if (!a.date) return [];
  const out: Question[] = [];
  const trivial: Question[] = [];
  const asked = new Set<string>();
  const dated = dateLabel(a.date);
  for (const m of a.dates) {
    if (!askableDate(m)) continue;
    const key = `${normalize(m.text, memoOf(a).names)}|${m.value}`;
    if (asked.has(key)) continue;
    const sentence = indexOfFindings(a).sentenceById.get(m.sentenceId) ?? a.sentences.find((s) => s.start <= m.start && m.end <= s.end);
    if (!sentence || m.start < sentence.start || m.end > sentence.end || !statesSomething(a.body, sentence, m)) continue;
    const taken = valuesOfSameText(a, m);
    // The article's nearest dates of the same granularity first, then the typical misreadings.
    const here = dateRange(m.value)?.[0] ?? 0;
    const fromArticle = nearestValues(indexOfFindings(a).sureValues.get(m.granularity) ?? [], here, taken);
    const pool = labelled([...fromArticle.slice(0, 2), ...misreadings(m), ...fromArticle.slice(2)], taken);

    const noun = NOUN[m.granularity];
    const label = dateLabel(m.value);
    const absolute = isAbsolute(m);
    const citations = sentenceSpans(a.body, a.sentences, [sentence.id]);
    const prompt = absolute
      ? `Which ${noun} completes this sentence from the article: “${cloze(a.body, sentence, m)}”?`
      : `The article is dated ${dated}. In “${around(a.body, sentence, m)}”, which ${noun} does “${m.text}” refer to?`;
    const explanation = absolute
      ? `The article gives the ${noun} itself: ${quoteEvidence(sentence.text)}`
      : `Counting from the article's date (${dated}), or from when the words were spoken if they are reported speech, “${m.text}” means ${label.replace(/^The /, "the ")}. The sentence: ${quoteEvidence(sentence.text)}`;
    const q = makeQuestion(a, {
      type: "date",
      prompt,
      answer: { label, value: m.value },
      distractors: pool,
      explanation,
      citations,
      fact: { kind: "date", text: m.text },
      basis: { rules: [`date:${m.rule}`], sure: m.sure, evidence: [spanOf(a.body, m.start, m.end)] },
    });
    if (!q) continue;
    asked.add(key);
    (isPublicationDay(m, a.date) ? trivial : out).push(q);
  }
  return out.length ? out : trivial;
}

/** The values not taken as choices, each labelled only when the question reads that far (it
 *  takes the first few distinct ones; dateLabel was most of the pool's cost). */
function* labelled(values: string[], taken: Set<string>): Generator<Choice> {
  for (const v of values) if (!taken.has(v)) yield { label: dateLabel(v), value: v };
}

/** The words around the expression (a few either side), never the whole sentence: a prompt that
 *  pastes a long quoted sentence reads as a second quotation. Quotation marks inside the excerpt
 *  become single ones, so the prompt's own marks still pair. */
function around(body: string, sentence: { start: number; end: number }, m: DateMention): string {
  const cut = wordWindow(body, sentence, m, 7);
  return cut.replace("____", body.slice(m.start, m.end)).replace(/[“„]/g, "‘").replace(/[”]/g, "’").replace(/"/g, "'");
}

/** The sentence with the date expression blanked, cut to a window of words around the blank.
 *  Scans for spaces instead of matching word runs, so a huge sentence costs linear time. */
function cloze(body: string, sentence: { start: number; end: number }, m: DateMention): string {
  return wordWindow(body, sentence, m, 18);
}

function wordWindow(body: string, sentence: { start: number; end: number }, m: DateMention, WINDOW: number): string {
  let from = m.start;
  for (let n = 0; n <= WINDOW && from > sentence.start; n++) from = body.lastIndexOf(" ", from - 2) + 1 || sentence.start;
  if (from < sentence.start) from = sentence.start;
  let to = m.end;
  for (let n = 0; n < WINDOW && to < sentence.end; n++) {
    const next = body.indexOf(" ", to + 1);
    to = next < 0 || next > sentence.end ? sentence.end : next;
  }
  const before = (from > sentence.start ? "… " : "") + body.slice(from, m.start);
  const after = body.slice(m.end, to) + (to < sentence.end ? " …" : "");
  return `${before}____${after}`.replace(/\s+/g, " ").trim();
}

/** The article's distinct values nearest to `here` first (ties: earlier value first), leaving out
 *  `taken`. Only the first few are ever offered, so a huge article keeps at most a dozen. */
function nearestValues(values: string[], here: number, taken: Set<string>): string[] {
  // memo: each value's distance, read once instead of on every comparison.
  const dists = new Map<string, number>();
  const dist = (v: string) => {
    let d = dists.get(v);
    if (d === undefined) dists.set(v, (d = Math.abs((dateRange(v)?.[0] ?? 0) - here)));
    return d;
  };
  const byDistance = (x: string, y: string) => dist(x) - dist(y) || (x < y ? -1 : 1);
  const best: string[] = [];
  for (const v of values) {
    if (taken.has(v)) continue;
    best.push(v);
    if (best.length > 4 * KEEP) { best.sort(byDistance); best.length = KEEP; }
  }
  return best.sort(byDistance).slice(0, KEEP);
}
/** How many of the article's own nearest values a date question may draw distractors from. */
const KEEP = 8;
