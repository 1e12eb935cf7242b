// The one text layer every stage reads, built once per article: paragraphs, sentences, tokens
// with offsets, and the paired quotation marks. Stages take spans and tokens from here instead
// of splitting or scanning the body again, so they agree on where a word, a sentence or a
// quotation starts and ends, and the whole-body passes run once.
import { paragraphRanges, splitSentences } from "../sentences";
import type { Sentence } from "../types";
import { pairMarks, type MarkPair } from "./quote-pairs";
import { tokenize, type Token } from "./tokens";

export type TextLayer = {
  readonly body: string;
  /** [start, end) of each paragraph, blank ones included (as paragraphRanges gives them). */
  readonly paragraphs: ReadonlyArray<readonly [number, number]>;
  readonly sentences: Sentence[];
  /** Words and marks in body order, each knowing its sentence. */
  readonly tokens: Token[];
  /** Quotation-mark pairs, paired within each paragraph. */
  readonly quotePairs: MarkPair[];
};

/** Builds the layer for one body: each pass is linear in the body's length. */
export function readText(body: string): TextLayer {
  const paragraphs = paragraphRanges(body);
  const sentences = splitSentences(body, paragraphs);
  return { body, paragraphs, sentences, tokens: tokenize(body, sentences), quotePairs: pairMarks(body, paragraphs) };
}
