// The claim stage's view of the shared tokens: the words of a span as a noun-phrase reader wants
// them. A word keeps the joiners it ends with ("players’", "U.S" from "U.S.", "well--known"),
// a trailing dot is dropped, a combining mark splits a word, and of the marks only quotation
// marks, commas, semicolons, colons, brackets and dashes remain (they end a phrase); other marks
// and emoji are left out. Built from the layer's tokens by offset, so no stage scans the body
// for words a second time. (This is the word rule the claim stage always had; it is a view, not
// a second tokenizer.)
import { tokenAt, type Token } from "./tokens";

export type PhraseToken = { text: string; start: number; end: number };

const PHRASE_MARKS = new Set(["“", "”", '"', "‘", ",", ";", ":", "(", ")", "—", "–"]);
/** Characters a phrase word may hold: letters, digits, combining marks and the inner joiners. */
const WORD_CHARS = /^[\p{L}\p{N}\p{M}'’.&-]+$/u;
const WORD_START = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;

/** The phrase words and marks of body[from, to), in order. A token cut by either end counts
 *  only with its part inside (as if the span were the whole text). */
export function phraseTokens(body: string, tokens: Token[], from: number, to: number): PhraseToken[] {
  const out: PhraseToken[] = [];
  let word: { start: number; end: number } | null = null;
  const flush = () => {
    if (!word) return;
    let end = word.end;
    while (body.charCodeAt(end - 1) === 46 && end - 1 > word.start) end--; // trailing "."
    out.push({ text: body.slice(word.start, end), start: word.start, end });
    word = null;
  };
  const addWordPart = (start: number, end: number) => {
    if (word && word.end === start) {
      word.end = end;
      return;
    }
    flush();
    // A word starts at a letter or digit: leading joiners ("'s" cut from "Olsen's") are not part of it.
    let first = start;
    while (first < end && !WORD_START.test(body[first])) first++;
    if (first < end) word = { start: first, end };
  };
  let k = tokenAt(tokens, from);
  if (k > 0 && tokens[k - 1].end > from) k--; // a token cut by `from`
  for (; k < tokens.length && tokens[k].start < to; k++) {
    const start = Math.max(from, tokens[k].start);
    const end = Math.min(to, tokens[k].end);
    if (end <= start) continue;
    const text = body.slice(start, end);
    if (!WORD_CHARS.test(text)) {
      flush();
      if (PHRASE_MARKS.has(text)) out.push({ text, start, end });
      continue;
    }
    // A combining mark ends a phrase word (the claim rules compare plain letters): the parts
    // between marks are words of their own.
    let at = start;
    for (const m of MARK.test(text) ? text.matchAll(MARKS) : []) {
      addWordPart(at, start + m.index);
      flush();
      at = start + m.index + m[0].length;
    }
    addWordPart(at, end);
  }
  flush();
  return out;
}
