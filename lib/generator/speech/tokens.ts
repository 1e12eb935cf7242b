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
  /** "Peskov's" / "players’": the possessive ending is part of the token. */
  possessive: boolean;
  /** The word without its possessive ending. */
  base: string;
  /** Index of the sentence holding the token. */
  sentence: number;
};

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function isUpperChar(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function tokenize(body: string, sentenceOf: (pos: number) => number): Token[] {
  const out: Token[] = [];
  for (const m of body.matchAll(TOKEN_RE)) {
    const text = m[0];
    const start = m.index;
    const first = text[0];
    const word = /[\p{L}\p{N}]/u.test(first);
    let base = text;
    let possessive = false;
    if (word && text.length > 2 && (text.endsWith("'s") || text.endsWith("’s"))) {
      base = text.slice(0, -2);
      possessive = true;
    }
    out.push({
      start,
      end: start + text.length,
      text,
      lower: text.toLowerCase(),
      word,
      cap: word && isUpperChar(first),
      possessive,
      base,
      sentence: sentenceOf(start),
    });
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
