// Cuts an article body into paragraphs and marked/unmarked runs without losing an offset, so a
// citation's span (offsets into the untouched body) highlights exactly `body.slice(start, end)`.

export type Run = { start: number; end: number; text: string; marked: boolean };
export type Paragraph = { start: number; end: number; runs: Run[] };

type Range = { start: number; end: number };

/** Paragraphs are separated by blank lines in the article format. */
export function paragraphRanges(body: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of body.matchAll(/\n[ \t]*\n\s*/g)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < body.length) out.push({ start, end: body.length });
  return out;
}

/** Sorted, non-overlapping ranges: two questions citing one sentence make one mark. */
export function mergeRanges(spans: Range[], max: number): Range[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(max, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function segmentArticle(body: string, spans: Range[]): Paragraph[] {
  const marks = mergeRanges(spans, body.length);
  return paragraphRanges(body).map((p) => {
    const runs: Run[] = [];
    let at = p.start;
    const push = (end: number, marked: boolean) => {
      if (end > at) runs.push({ start: at, end, text: body.slice(at, end), marked });
      at = Math.max(at, end);
    };
    for (const m of marks) {
      if (m.end <= p.start || m.start >= p.end) continue;
      push(Math.max(m.start, p.start), false);
      push(Math.min(m.end, p.end), true);
    }
    push(p.end, false);
    return { start: p.start, end: p.end, runs };
  });
}

export type SentenceRun = { start: number; end: number; text: string; sentence: number | null };
export type SentenceParagraph = { start: number; end: number; runs: SentenceRun[] };

/**
 * The body as paragraphs of runs, each either one numbered sentence or the text between
 * sentences: what the evidence picker and the misreading map make selectable. No offset is lost.
 */
export function segmentSentences(body: string, sentences: { id: number; start: number; end: number }[]): SentenceParagraph[] {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  return paragraphRanges(body).map((p) => {
    const runs: SentenceRun[] = [];
    let at = p.start;
    const push = (end: number, sentence: number | null) => {
      if (end > at) runs.push({ start: at, end, text: body.slice(at, end), sentence });
      at = Math.max(at, end);
    };
    for (const s of sorted) {
      if (s.end <= p.start || s.start >= p.end) continue;
      push(Math.max(s.start, p.start), null);
      push(Math.min(s.end, p.end), s.id);
    }
    push(p.end, null);
    return { start: p.start, end: p.end, runs };
  });
}
