// Small, bounded look-arounds: the words just before or after a position. Every helper reads at
// most a few dozen characters, so the date stage stays linear on any input.

export type Tok = { w: string; lw: string; start: number; end: number; word: boolean };

// A word (letters/digits with inner apostrophes or dots like "U.S."), or one non-space symbol.
const TOKEN = /([\p{L}\p{N}]+(?:['’][\p{L}]+)*)|[^\s\p{L}\p{N}]/gu;

export function tokenize(body: string, from: number, to: number): Tok[] {
  const lo = Math.max(0, from), hi = Math.min(body.length, to);
  const out: Tok[] = [];
  if (hi <= lo) return out;
  const s = body.slice(lo, hi);
  for (const m of s.matchAll(TOKEN)) {
    const w = m[0];
    out.push({ w, lw: w.toLowerCase(), start: lo + m.index, end: lo + m.index + w.length, word: m[1] !== undefined });
  }
  return out;
}

/** Up to the last few tokens that end at or before `pos` (a cut-off word at the window edge is dropped). */
export function tokensBefore(body: string, pos: number, chars = 48): Tok[] {
  const from = Math.max(0, pos - chars);
  const toks = tokenize(body, from, pos);
  if (from > 0 && toks.length && toks[0].start === from && /[\p{L}\p{N}]/u.test(body[from - 1] ?? "")) toks.shift();
  return toks;
}

export function tokensAfter(body: string, pos: number, chars = 48): Tok[] {
  const to = Math.min(body.length, pos + chars);
  const toks = tokenize(body, pos, to);
  const last = toks[toks.length - 1];
  if (last && last.end === to && /[\p{L}\p{N}]/u.test(body[to] ?? "")) toks.pop();
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
