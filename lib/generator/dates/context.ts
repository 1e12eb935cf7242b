// Small, bounded look-arounds: the words just before or after a position. Every helper reads at
// most a few dozen characters, so the date stage stays linear on any input. The clause windows
// (tense, speech verbs) and the finders' look-arounds read the text layer's tokens by offset.
import { tokenAt, type Token } from "../text/tokens";

export type Tok = { w: string; lw: string; start: number; end: number; word: boolean };

/** What the date stage reads of the text layer: the body and its tokens. */
export type DateText = { readonly body: string; readonly tokens: readonly Token[] };

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/** Letter or digit; ASCII is decided by code, the rest by a Unicode class. */
export function isWordChar(c: string): boolean {
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return NON_ASCII_WORD.test(c);
}

/**
 * Tokens in [from, to): a word (letters/digits with inner apostrophes: "Friday's", "we’re") or one
 * non-space symbol. A hand-written scanner: this runs for every date on small windows, and a
 * regex iterator there cost more than all the pattern passes together.
 */
export function tokenize(body: string, from: number, to: number): Tok[] {
  const lo = Math.max(0, from), hi = Math.min(body.length, to);
  const out: Tok[] = [];
  let i = lo;
  while (i < hi) {
    const c = body[i];
    if (c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\u00a0" || /\s/.test(c)) { i++; continue; }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < hi) {
        const d = body[j];
        if (isWordChar(d)) { j++; continue; }
        if ((d === "'" || d === "’") && j + 1 < hi && isWordChar(body[j + 1]) && !/[0-9]/.test(body[j + 1])) { j += 2; continue; }
        break;
      }
      const w = body.slice(i, j);
      out.push({ w, lw: w.toLowerCase(), start: i, end: j, word: true });
      i = j;
    } else {
      // Keep a surrogate pair (emoji) as one symbol.
      const code = body.charCodeAt(i);
      const len = code >= 0xd800 && code <= 0xdbff && i + 1 < hi ? 2 : 1;
      out.push({ w: body.slice(i, i + len), lw: body.slice(i, i + len), start: i, end: i + len, word: false });
      i += len;
    }
  }
  return out;
}

const ASCII_WORD = /^[A-Za-z0-9]+$/;

/**
 * The same tokens as tokenize(body, from, to), read from the layer's tokens: a binary search to
 * the first token, then each token in the window (cut to it) as it is or, when it holds more than
 * ASCII letters and digits ("mid-2019", "U.S", "1990's"), split by the scanner above. A layer
 * token never splits a word of this stage (its words are inside the layer's: letters and digits
 * joined by apostrophes), so the split of each token is the split of the window.
 */
export function tokensIn(text: DateText, from: number, to: number): Tok[] {
  const { body, tokens } = text;
  const lo = Math.max(0, from), hi = Math.min(body.length, to);
  const out: Tok[] = [];
  let k = tokenAt(tokens as Token[], lo);
  if (k > 0 && tokens[k - 1].end > lo) k--; // a token cut by the window's start
  for (; k < tokens.length && tokens[k].start < hi; k++) {
    const t = tokens[k];
    const s = Math.max(lo, t.start), e = Math.min(hi, t.end);
    if (s === t.start && e === t.end && (!t.word || ASCII_WORD.test(t.text))) {
      out.push({ w: t.text, lw: t.lower, start: s, end: e, word: t.word });
    } else {
      for (const piece of tokenize(body, s, e)) out.push(piece);
    }
  }
  return out;
}

/** Up to the last few tokens that end at or before `pos` (a cut-off word at the window edge is
 *  dropped), read from the layer's tokens. */
export function layerTokensBefore(text: DateText, pos: number, chars = 48): Tok[] {
  const from = Math.max(0, pos - chars);
  return dropCutFirst(text.body, from, tokensIn(text, from, pos));
}

/** The first few tokens from `pos` on (a cut-off word at the window edge is dropped). */
export function layerTokensAfter(text: DateText, pos: number, chars = 48): Tok[] {
  const to = Math.min(text.body.length, pos + chars);
  return dropCutLast(text.body, to, tokensIn(text, pos, to));
}

function dropCutFirst(body: string, from: number, toks: Tok[]): Tok[] {
  if (from > 0 && toks.length && toks[0].start === from && isWordChar(body[from - 1])) toks.shift();
  return toks;
}

function dropCutLast(body: string, to: number, toks: Tok[]): Tok[] {
  const last = toks[toks.length - 1];
  if (last && last.end === to && to < body.length && isWordChar(body[to])) toks.pop();
  return toks;
}

/** True for a capitalised word ("Times"), false for "the", digits or symbols. */
export function isCapitalised(t: Tok | undefined): boolean {
  return !!t && t.word && /^\p{Lu}/u.test(t.w);
}

/** Is the token at a sentence start (nothing but a sentence mark, quote or line break before)? */
export function atSentenceStart(body: string, pos: number): boolean {
  for (let i = pos - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const c = body[i];
    if (c === " " || c === "\t" || c === "\u00a0") continue;
    return /[.!?\n\r"“”'‘’(\[:;]/.test(c);
  }
  return true;
}
