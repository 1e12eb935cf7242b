// Small, bounded look-arounds: the words just before or after a position. Every helper reads at
// most a few dozen characters, so the date stage stays linear on any input.

export type Tok = { w: string; lw: string; start: number; end: number; word: boolean };

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

/** Up to the last few tokens that end at or before `pos` (a cut-off word at the window edge is dropped). */
export function tokensBefore(body: string, pos: number, chars = 48): Tok[] {
  const from = Math.max(0, pos - chars);
  const toks = tokenize(body, from, pos);
  if (from > 0 && toks.length && toks[0].start === from && isWordChar(body[from - 1])) toks.shift();
  return toks;
}

export function tokensAfter(body: string, pos: number, chars = 48): Tok[] {
  const to = Math.min(body.length, pos + chars);
  const toks = tokenize(body, pos, to);
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
