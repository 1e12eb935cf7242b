// The event a date dates, in the sentence's own words: the clause around the date with the date
// taken out ("Putin sent thousands of troops into Ukraine in 2022" → "Putin sent thousands of
// troops into Ukraine"). A fronted date ("On June 14, Putin set out ...") takes the clause after it.
import type { Span } from "../types";

const MAX_WORDS = 14;
// A comma inside a number ("20,000") is not a clause break.
const SEPARATORS = /,(?!\d)|[;:()—–]|\s[-–]\s/g;

export type EventPhrase = { event: string; span: Span } | null;

export function eventFor(body: string, lo: number, hi: number, start: number, end: number): EventPhrase {
  // Clause bounds: the nearest separators around the date, within the sentence.
  const from = Math.max(lo, start - 200);
  const to = Math.min(hi, end + 200);
  let cs = from;
  let ce = to;
  const text = body.slice(from, to);
  for (const m of text.matchAll(SEPARATORS)) {
    const at = from + m.index;
    if (at + m[0].length <= start) cs = at + m[0].length;
    else if (at >= end) { ce = at; break; }
  }
  const afterWords = countWords(body.slice(end, ce));
  // A date alone in its segment ("On June 14,") dates the clause that follows it.
  const contentBefore = body.slice(cs, start).replace(/\b(?:that|has|have|had|said|says|and|but)\b/gi, "");
  if (countWords(contentBefore) === 0 && afterWords === 0 && ce < to) {
    const rest = body.slice(ce + 1, to);
    const m = /,(?!\d)|[;:()—–]/.exec(rest);
    cs = ce + 1;
    ce = m ? ce + 1 + m.index : to;
  }
  const span = trimSpan(body, cs, ce);
  if (!span) return null;
  // The words of the clause without the date itself.
  const inside = start >= span.start && end <= span.end;
  const raw = inside ? body.slice(span.start, start) + " " + body.slice(end, span.end) : span.text;
  let event = raw.replace(/\s+/g, " ").trim();
  event = event.replace(/^(?:and|but|or|then|that|when|while|after|before)\s+/i, "").replace(/\s+(?:that|and|but|or)$/i, "");
  const words = event.split(" ");
  if (words.length > MAX_WORDS) event = words.slice(0, MAX_WORDS).join(" ");
  event = event.replace(/[“”"‘’']+$/u, "").trim();
  if (countWords(event) < 2) return null;
  return { event, span };
}

function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

function trimSpan(body: string, s: number, e: number): Span | null {
  while (s < e && /[\s"“”'‘’.,]/.test(body[s])) s++;
  while (e > s && /[\s"“”'‘’.,]/.test(body[e - 1])) e--;
  if (e <= s) return null;
  return { start: s, end: e, text: body.slice(s, e) };
}
