// "Show the evidence": the student picks the sentence that supports their answer. The pick is
// right when it is one of the sentences the question cites. Pure, so the rule is tested directly
// and the answer path only adds a call.

export type Span = { start: number; end: number };
export type NumberedSpan = Span & { id: number };

/** The sentences a question cites: those its citation spans overlap (a clipped citation counts). */
export function citedSentenceIds(sentences: NumberedSpan[], citations: Span[]): number[] {
  return sentences.filter((s) => citations.some((c) => c.start < s.end && c.end > s.start)).map((s) => s.id);
}

/** Whether the picked sentence is one the question cites; a number naming no sentence is false. */
export function isEvidenceFound(picked: number, sentences: NumberedSpan[], citations: Span[]): boolean {
  return citedSentenceIds(sentences, citations).includes(picked);
}
