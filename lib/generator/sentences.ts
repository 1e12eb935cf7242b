import type { Sentence } from "./types";

// STUB (owner: generator-speech helper): naive splitter so other stages can run.
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+[.!?]*["”’]?/g;
  for (const m of body.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) continue;
    const start = m.index + lead;
    out.push({ id: out.length, start, end: start + text.length, text, paragraph: 0 });
  }
  return out;
}
