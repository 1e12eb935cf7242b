// Test support only: a plain sentence splitter so the date tests do not depend on the real
// splitter's details, and a runner that checks every span slices the body exactly.
import type { DateMention, Sentence } from "../types";
import { findDates } from "./index";
import { readText } from "../text/layer";

export function simpleSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["”’]?)?/g;
  for (const m of body.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (!text) continue;
    const start = m.index + lead;
    out.push({ id: out.length, start, end: start + text.length, text, paragraph: 0 });
  }
  return out;
}

export function run(body: string, date: string | null): DateMention[] {
  const found = findDates({ ...readText(body), sentences: simpleSentences(body) }, date);
  for (const d of found) {
    if (body.slice(d.start, d.end) !== d.text) throw new Error(`span [${d.start}, ${d.end}) does not slice to “${d.text}”`);
    if (d.eventSpan && body.slice(d.eventSpan.start, d.eventSpan.end) !== d.eventSpan.text) throw new Error("event span does not slice");
  }
  return found;
}

/** "text=value" pairs in order, for compact table rows. */
export function pairs(body: string, date: string | null): string[] {
  return run(body, date).map((d) => `${d.text}=${d.value}`);
}

/** [body, expected "text=value" pairs, publication date (the table's default when omitted)]. */
export type Row = [string, string[], (string | null)?];

/** [body, expected "text=value@rule" triples, publication date]: a row that also pins the rule id. */
export function pairsWithRules(body: string, date: string | null): string[] {
  return run(body, date).map((d) => `${d.text}=${d.value}@${d.rule}${d.sure ? "" : "?"}`);
}
