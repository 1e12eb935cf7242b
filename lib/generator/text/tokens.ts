// A flat token stream over the body: words (letters/digits with inner hyphens, apostrophes,
// dots) and single punctuation marks, each with its offsets. The pattern has no nested
// quantifier over overlapping classes, so it runs in linear time on any input.

export type Token = {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** A word (not punctuation). */
  word: boolean;
  /** First letter upper case. */
  cap: boolean;
  /** "Olsen's" / "players’": the possessive ending is part of the token. */
  possessive: boolean;
  /** The word without its possessive ending. */
  base: string;
  /** Index of the sentence holding the token. */
  sentence: number;
};

const ALNUM_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/;

function isAlnumAt(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral (emoji …): punctuation for our purposes
  // C1 controls never occur in real text, only inside mis-decoded UTF-8 ("JesÃ\u0083Â…s"):
  // kept inside the word so that a name with such bytes is not cut in two.
  if (c >= 0x80 && c <= 0x9f) return true;
  // General Punctuation (curly quotes, dashes, "…"): no letter, digit or mark there (checked over
  // the block), and these are the commonest non-ASCII characters of news text.
  if (c >= 0x2000 && c <= 0x206f) return false;
  return ALNUM_RE.test(body[i]);
}
function isSpaceAt(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  // General Punctuation: its white space by code (the same set as /\s/ there, checked).
  if (c >= 0x2000 && c <= 0x206f) return c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
  return SPACE_RE.test(body[i]);
}
/** - ' ’ . & between two word characters join them into one word (by code: no 1-character
 *  string per look). */
function isJoinerAt(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;
}

/** s.toLowerCase(), but a text already in lower-case ASCII is returned as it is: a slice of a
 *  body with curly quotes is a two-byte string, which V8 lowers by its slow general path (about
 *  five times the cost), and most words are lower case already. */
export function toLower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}

export function isUpperChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Tokens in body order: words (letters/digits joined by single - ' ’ . &) and single
 * punctuation marks. A hand-written scanner: one pass, no regex backtracking.
 * `sentences` must be sorted (as splitSentences returns them).
 */
export function tokenize(body: string, sentences: ReadonlyArray<{ start: number; end: number }>): Token[] {
  const out: Token[] = [];
  const n = body.length;
  let s = 0;
  let i = 0;
  while (i < n) {
    if (isSpaceAt(body, i)) {
      i++;
      continue;
    }
    const start = i;
    let word = false;
    if (isAlnumAt(body, i)) {
      word = true;
      i++;
      for (;;) {
        while (i < n && isAlnumAt(body, i)) i++;
        if (i + 1 < n && isJoinerAt(body, i) && isAlnumAt(body, i + 1)) {
          i++;
          continue;
        }
        break;
      }
    } else {
      // one mark; keep a surrogate pair (emoji) whole so no token splits a character
      const c = body.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const text = body.slice(start, i);
    let base = text;
    let possessive = false;
    if (word && text.length > 2) {
      const c2 = text.charCodeAt(text.length - 2);
      if ((c2 === 39 || c2 === 0x2019) && text.charCodeAt(text.length - 1) === 115) {
        base = text.slice(0, -2);
        possessive = true;
      }
    }
    // Sentences and tokens both run left to right: one forward pointer finds the sentence.
    while (s < sentences.length && sentences[s].end <= start) s++;
    const sentence = s < sentences.length && sentences[s].start <= start ? s : -1;
    out.push({ start, end: i, text, lower: word ? toLower(text) : text, word, cap: word && isUpperChar(text[0]), possessive, base, sentence });
  }
  return out;
}

/** Maps a body offset to its sentence index (or -1 between sentences) in O(log n). */
export function sentenceLocator(sentences: Array<{ start: number; end: number }>): (pos: number) => number {
  return (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
}

/** Index of the first token whose start is >= pos. */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token k is an opening mark typed where a closer belongs ("…here,“ said"): glued to the token
 *  before it. The text layer pairs it as the closer (quote-pairs.ts); cue and name readers skip it
 *  as one. */
export function wrongWayCloser(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === "“" && k > 0 && tokens[k].start === tokens[k - 1].end;
}
