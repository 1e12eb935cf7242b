// The event a date dates, in the sentence's own words: the clause around the date with the date
// taken out ("Rebels took the town in 2019" → "Rebels took the town"). A fronted date
// ("On August 3, the council voted ...") takes the clause after it.
import { EVENT_SPEECH_VERBS } from "../text/lexicon";
import type { Span } from "../types";

const MAX_WORDS = 16;
/** Words an event must not end on: a cut there leaves a dangling phrase. */
const DANGLING = new Set(["the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "at", "for", "by", "with", "from", "as", "that", "his", "her", "their", "its", "about", "into", "than", "he", "she", "they", "it", "had", "has", "have", "was", "were", "is", "are", "could", "would", "will", "be", "not", "who", "which", "when", "what", "how", "this", "these", "those", "our", "my", "your", "some", "any", "very"]);
// A comma inside a number ("20,000") is not a clause break.
const SEPARATORS = /,(?!\d)|[;:()—]|(?<!\d)\s[-–]\s(?!\d)/g;

/** Only a clause opening with a verb of saying borrows the sentence's opening name. */
const SPEECH_START = new RegExp(`^(?:${[...EVENT_SPEECH_VERBS].join("|")})\\b`);

export type EventPhrase = { event: string; span: Span } | null;

/** A year used as a modifier dates its noun: "the 2016 census" → "2016 census". */
function modifiedNoun(body: string, hi: number, start: number, end: number): EventPhrase {
  const m = /^\s{1,3}(\p{Ll}[\p{L}-]*)(?:\s{1,3}(\p{Ll}[\p{L}-]*))?/u.exec(body.slice(end, Math.min(hi, end + 60)));
  if (!m) return null;
  const words = [m[1], m[2]].filter((w): w is string => !!w && !DANGLING.has(w.toLowerCase()) && !/^(?:of|in|on)$/i.test(w));
  const first = words[0] === m[1] ? [m[1], ...(m[2] && words[1] === m[2] ? [m[2]] : [])] : [];
  if (!first.length) return null;
  const last = first[first.length - 1];
  const stop = body.indexOf(last, end) + last.length;
  return { event: body.slice(start, stop).replace(/\s+/g, " "), span: { start, end: stop, text: body.slice(start, stop) } };
}

export function eventFor(body: string, lo: number, hi: number, start: number, end: number, modifier = false): EventPhrase {
  const noun = modifier ? modifiedNoun(body, hi, start, end) : null;
  if (noun) return noun;
  // Clause bounds: the nearest separators around the date, within the sentence.
  const from = Math.max(lo, start - 200);
  const to = Math.min(hi, end + 200);
  let cs = from;
  let ce = to;
  const text = body.slice(from, to);
  // exec, not matchAll: matchAll clones the regex on every call (once per date).
  SEPARATORS.lastIndex = 0;
  for (let m = SEPARATORS.exec(text); m; m = SEPARATORS.exec(text)) {
    const at = from + m.index;
    if (at + m[0].length <= start) cs = at + m[0].length;
    else if (at >= end) { ce = at; break; }
  }
  const afterWords = countWords(body.slice(end, ce));
  // A date alone in its segment ("On August 3,") dates the clause that follows it.
  const contentBefore = body.slice(cs, start).replace(/\b(?:that|has|have|had|said|says|and|but)\b/gi, "");
  if (countWords(contentBefore) === 0 && afterWords === 0 && ce < to) {
    const SEP = /,(?!\d)|[;:()—]|(?<!\d)\s[-–]\s(?!\d)/;
    let rest = body.slice(ce + 1, to);
    let m = SEP.exec(rest);
    cs = ce + 1;
    // Skip an apposition after the date ("Yesterday, the last day of the fair, the judges met").
    if (m && /^\s*\p{Ll}/u.test(rest) && !/\s(?:was|were|is|are|had|has|said)\s/.test(rest.slice(0, m.index))) {
      cs = cs + m.index + m[0].length;
      rest = body.slice(cs, to);
      m = SEP.exec(rest);
    }
    ce = m ? cs + m.index : to;
  }
  const span = trimSpan(body, cs, ce);
  if (!span) return null;
  // The words of the clause without the date itself.
  const inside = start >= span.start && end <= span.end;
  const raw = inside ? body.slice(span.start, start) + " " + body.slice(end, span.end) : span.text;
  // Quotation marks are punctuation, not the event's words; apostrophes inside words stay.
  let event = raw.replace(/[“”"]/g, "").replace(/(^|\s)[‘']|[’'](?=\s|$)/g, "$1").replace(/\s+/g, " ").trim();
  event = event.replace(/^(?:and|but|or|then|that|when|while|after|before)\s+/i, "");
  // A clause whose subject sits before a comma ("The mayor, who ..., told aides last week that ...")
  // borrows the sentence's short opening name.
  if (/^\p{Ll}/u.test(event) && SPEECH_START.test(event)) {
    const head = /^([^,;:]{1,40}),/.exec(body.slice(lo, Math.min(hi, lo + 41)));
    if (head && /^\p{Lu}/u.test(head[1]) && countWords(head[1]) <= 4 && lo + head[1].length <= Math.min(start, span.start)) event = `${head[1].trim()} ${event}`;
  }
  let words = event.split(" ");
  if (words.length > MAX_WORDS) words = words.slice(0, MAX_WORDS);
  while (words.length > 2 && DANGLING.has(words[words.length - 1].toLowerCase().replace(/[^\p{L}]/gu, ""))) words.pop();
  event = words.join(" ").replace(/[\s,;:]+$/, "").trim();
  if (countWords(event) < 2) return null;
  return { event, span };
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** How many runs of letters and digits `s` holds: the count of `/[\p{L}\p{N}]+/gu` matches,
 *  without making the match array (called several times per date). */
function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      w = WORD_CHAR.test(s.slice(i, i + 2)); // one code point outside the BMP
      i++;
    } else w = WORD_CHAR.test(s[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

function trimSpan(body: string, s: number, e: number): Span | null {
  while (s < e && /[\s"“”'‘’.,]/.test(body[s])) s++;
  while (e > s && /[\s"“”'‘’.,]/.test(body[e - 1])) e--;
  if (e <= s) return null;
  return { start: s, end: e, text: body.slice(s, e) };
}
