// "Put these events in order": three dated events whose dates do not overlap (a year and a day
// inside it cannot be ordered), earliest first. The choices are orderings; exactly one follows
// the dates, which the checks verify from the choice values.
import type { Analysis } from "../analysis";
import type { DateMention, Question } from "../types";
import { makeQuestion, type Choice } from "./make";
import { memoOf } from "../analysis";
import { countOf, quoteMarksPaired } from "../text/quote-marks";
import { PRONOUNS } from "../text/lexicon";
import { dateLabel, dateRange, hashText, normalize, seededRandom, sentenceSpans, shuffle, spanOf } from "./util";
import { askableDate } from "./date";

const LETTERS = ["A", "B", "C"];
const PERMUTATIONS = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

type Dated = { m: DateMention; event: string; range: [number, number] };

const FUNCTION_WORD = /\b(?:the|a|an|of|to|and|or|but|in|on|at|for|by|with|from|as|that|his|her|their|its|about|into|than)$/i;
// The speech stage's subject pronouns, plus demonstratives that point back just as blindly.
const OPENS_WITH_PRONOUN = new RegExp(`^(?:${[...PRONOUNS, "this", "that", "these", "those"].join("|")})\\b`, "i");
const LEADING_PREPOSITION = /^(?:in|on|at|during|after|before|since|until|by|for|from|with|aboard|amid|over|under|within|of)\b/i;

/** The event's words with the date expression taken out, or null when they do not read as a
 *  clause on their own (cut mid-phrase, an open quote, no subject up front). */
export function eventText(m: DateMention, others: DateMention[] = []): string | null {
  if (!m.event) return null;
  let e = m.event;
  const i = e.indexOf(m.text);
  if (i >= 0) e = e.slice(0, i) + e.slice(i + m.text.length);
  // Another date inside the event's words would make the ordering read off the wrong date.
  if (others.some((o) => o !== m && o.text.length > 2 && e.includes(o.text)) || /\b\d{4}\b/.test(e)) return null;
  e = e.replace(/\s+/g, " ").replace(/^[\s,;:]+|[\s,;:.]+$/g, "").trim();
  const words = e.split(" ");
  if (words.length < 4 || words.length > 24) return null;
  // An event opening with a pronoun ("He was released") does not say who it is about.
  if (OPENS_WITH_PRONOUN.test(e)) return null;
  if (!/^[A-Z]/.test(e) || LEADING_PREPOSITION.test(e) || FUNCTION_WORD.test(e) || /['’]s?$/.test(e)) return null;
  if (!quoteMarksPaired(e) || countOf(e, "(") !== countOf(e, ")")) return null;
  return e;
}

export function buildTimeline(a: Analysis): Question[] {
  if (!a.date) return [];
  const dated: Dated[] = [];
  const perSentence = new Map<number, number>();
  for (const m of a.dates) perSentence.set(m.sentenceId, (perSentence.get(m.sentenceId) ?? 0) + 1);
  for (const m of a.dates) {
    // A sentence with two dates ("On Friday, X said he would … next week") dates two events;
    // which words belong to which is too fine a call to build a key on.
    if (!askableDate(m) || (perSentence.get(m.sentenceId) ?? 0) > 1) continue;
    const event = eventText(m, a.dates);
    const range = dateRange(m.value);
    if (!event || !range) continue;
    // memo: every earlier event is compared with each new one, so their normal forms are kept.
    const norm = normalize(event, memoOf(a).names);
    if (dated.some((d) => normalize(d.event, memoOf(a).names) === norm || overlaps(d.range, range))) continue;
    dated.push({ m, event, range });
  }
  if (dated.length < 3) return [];
  dated.sort((x, y) => x.range[0] - y.range[0]);
  // Up to two questions from disjoint triples, spread over the article's span of time.
  const triples: Dated[][] = [];
  const n = dated.length;
  triples.push([dated[0], dated[Math.floor((n - 1) / 2)], dated[n - 1]]);
  if (n >= 6) triples.push([dated[1], dated[Math.floor(n / 2)], dated[n - 2]]);

  const out: Question[] = [];
  for (const triple of triples) {
    const rand = seededRandom(memoOf(a).bodyHash ^ hashText(triple.map((d) => d.event).join("|")));
    const shown = shuffle(triple, rand); // the order the events are listed in the prompt
    const orderOf = (perm: number[]) => perm.map((i) => shown[i]);
    const asChoice = (perm: number[]): Choice => ({
      label: perm.map((i) => LETTERS[i]).join(" → "),
      value: orderOf(perm).map((d) => d.m.value).join(" → "),
    });
    const right = PERMUTATIONS.find((p) => isAscending(orderOf(p)));
    if (!right) continue;
    const others = shuffle(PERMUTATIONS.filter((p) => p !== right), rand).slice(0, 3);
    const citations = sentenceSpans(a.body, a.sentences, triple.map((d) => d.m.sentenceId));
    const listing = shown.map((d, i) => `(${LETTERS[i]}) ${d.event}`).join("; ");
    const q = makeQuestion(a, {
      type: "timeline",
      prompt: `Put these events from the article in order, earliest first: ${listing}.`,
      answer: asChoice(right),
      distractors: others.map(asChoice),
      explanation: `Earliest first, by the dates the article gives: ${triple
        .map((d) => `${LETTERS[shown.indexOf(d)]} (“${d.m.text}”: ${dateLabel(d.m.value).replace(/^The /, "the ")})`)
        .join(", then ")}.`,
      citations,
      fact: { kind: "timeline", text: triple.map((d) => d.event).join(" | ") },
      basis: {
        rules: [...new Set(triple.map((d) => `date:${d.m.rule}`))],
        sure: triple.every((d) => d.m.sure),
        evidence: triple.map((d) => spanOf(a.body, d.m.start, d.m.end)),
      },
    });
    if (q) out.push(q);
  }
  return out;
}

function overlaps(x: [number, number], y: [number, number]): boolean {
  return x[0] <= y[1] && y[0] <= x[1];
}

function isAscending(list: Dated[]): boolean {
  return list.every((d, i) => i === 0 || list[i - 1].range[1] < d.range[0]);
}
