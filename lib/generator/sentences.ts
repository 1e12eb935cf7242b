import { NEVER_FINAL_TITLES, SENTENCE_OPENERS, SHORT_MONTHS, SPEECH_VERBS } from "./text/lexicon";
import type { Sentence } from "./types";

// Rule-based sentence splitter. One linear pass per paragraph, no backtracking regexes, so any
// input (200k chars on one line, CRLF, HTML, emoji) splits in time proportional to its length.
// Offsets are UTF-16 indexes into the untouched body: body.slice(start, end) === text.

/** Never ends a sentence: the lexicon's titles before a name ("Mr. Smith", "Gen. Lee", "St.
 *  Louis") and the abbreviations that always run on ("vs.", "e.g.", "approx."). */
const TITLE_ABBR = new Set([
  ...NEVER_FINAL_TITLES,
  "ft", "vs", "v", "cf", "e.g", "i.e", "eg", "ie", "approx", "ca", "esp", "dept", "univ", "assn", "gov't",
]);
/** Before a number only ("No. 5", "Vol. 2", "p. 12"). */
const NUMBER_ABBR = new Set(["no", "nos", "vol", "vols", "pp", "p", "fig", "figs", "art", "sec", "ch", "nr", "op", "ed"]);
/** Can end a sentence as well as sit inside one: split only before a typical sentence opener.
 *  The month abbreviations are the lexicon's; the weekday ones are not dates there, only here. */
const AMBIGUOUS_ABBR = new Set([
  ...SHORT_MONTHS,
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "jr", "sr", "inc", "ltd", "corp", "co", "bros", "plc", "llc", "etc", "al", "ave", "blvd", "rd", "hwy", "sq",
  "a.m", "p.m", "am", "pm",
]);

const TERMINALS = ".!?…";
const WIDE_TERMINALS = "。！？"; // CJK: no space follows
const CLOSERS = "\"'”’»)]}";
const OPENING = "\"'“‘«([{¿¡";

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00a0" || c === "\f" || c === "\v" || c === "\u2028" || c === "\u2029";
}
function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}
function isWordChar(c: string): boolean {
  return isDigit(c) || c !== c.toUpperCase() || c !== c.toLowerCase() || c === "'" || c === "’";
}

/** Paragraphs are separated by a line that holds only white space. Returns [start, end) pairs. */
export function paragraphRanges(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let paraStart = 0;
  let i = 0;
  const n = body.length;
  while (i < n) {
    // (by char code: a one-character string per look cost more than the rest of the scan)
    if (body.charCodeAt(i) !== 10) {
      i++;
      continue;
    }
    // Look ahead over one line of blanks: a second newline there closes the paragraph.
    let j = i + 1;
    while (j < n && isBlank(body.charCodeAt(j))) j++;
    if (j < n && body.charCodeAt(j) === 10) {
      out.push([paraStart, i]);
      // swallow any further blank lines
      let k = j + 1;
      for (;;) {
        let m = k;
        while (m < n && isBlank(body.charCodeAt(m))) m++;
        if (m < n && body.charCodeAt(m) === 10) k = m + 1;
        else break;
      }
      paraStart = k;
      i = k;
    } else {
      i = j;
    }
  }
  out.push([paraStart, n]);
  return out;
}

/** " ", "\t" or "\r": a blank line may hold them. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/** The word (letters, digits, inner dots) that ends right before position `dot`. */
function wordBefore(text: string, dot: number, floor: number): string {
  let s = dot;
  while (s > floor && dot - s < 40 && (isWordChar(text[s - 1]) || (text[s - 1] === "." && s - 1 > floor && isWordChar(text[s - 2])))) s--;
  return text.slice(s, dot);
}

/** The next word starting at `from` (skipping opening marks). */
function wordAfter(text: string, from: number, limit: number): string {
  let s = from;
  while (s < limit && OPENING.includes(text[s])) s++;
  let e = s;
  while (e < limit && e - s < 40 && isWordChar(text[e])) e++;
  return text.slice(s, e);
}

/** Decides whether a full stop at `dot` (followed by white space then `next`) ends the sentence. */
function periodEnds(text: string, dot: number, floor: number, nextPos: number, limit: number): boolean {
  const word = wordBefore(text, dot, floor);
  const lower = word.toLowerCase();
  const nextWord = wordAfter(text, nextPos, limit);
  const opener = SENTENCE_OPENERS.has(nextWord.toLowerCase()) || OPENING.includes(text[nextPos]);
  if (!word) return true;
  if (TITLE_ABBR.has(lower)) return false;
  if (NUMBER_ABBR.has(lower) && isDigit(text[nextPos] ?? "")) return false;
  if (AMBIGUOUS_ABBR.has(lower)) return opener;
  // Dotted acronyms ("U.S.", "L.A.", "p.m.") and single-letter initials ("L. Ron").
  if (word.includes(".") || (word.length === 1 && isUpper(word))) return opener;
  return true;
}

const QUOTE_CLOSERS = "\"”’»";
/** One to four capitalised words and a lower-case speech verb: "Olsen said", "Jane Doe asked",
 *  "Rep. Jo Ortiz (D-Texas) asked" (a party's parenthetical may come between). */
const NAME_CUE = new RegExp(
  "(?!(?:He|She|It|They|We|I|You)\\s)(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4}(?:\\([DRI](?:-[\\p{L}.]+)?\\)\\s+)?(?:" + [...SPEECH_VERBS].filter((v) => !v.endsWith("ing")).join("|") + ")\\b",
  "uy",
);
function cueFollows(body: string, at: number, to: number, bare: boolean): boolean {
  NAME_CUE.lastIndex = at;
  const m = NAME_CUE.exec(body);
  if (m === null || at + m[0].length > to) return false;
  return !bare || /^[.,]/.test(body.slice(at + m[0].length, at + m[0].length + 1));
}

/** The terminal run at i (with its closing marks): where it ends, and whether a sentence ends there. */
function terminalRun(body: string, i: number, segStart: number, to: number): { end: number; split: boolean } {
  const c = body[i];
  // Run of terminals, then closing marks.
  let e = i + 1;
  while (e < to && TERMINALS.includes(body[e])) e++;
  while (e < to && CLOSERS.includes(body[e])) e++;
  // A boundary needs white space next, then something that can open a sentence.
  let k = e;
  while (k < to && isSpace(body[k])) k++;
  if (k === e || k >= to) {
    return { end: e, split: false };
  }
  const next = body[k];
  const canOpen = isUpper(next) || isDigit(next) || OPENING.includes(next) || (!isLower(next) && !",;:-–—)".includes(next));
  if (!canOpen) {
    return { end: e, split: false };
  }
  const run = body.slice(i, e);
  // “Really?” Olsen said. — a question or exclamation inside a quote, then its cue
  // (after a full stop only when the cue is all the next sentence holds: “It is over.” Olsen said.)
  if (e > i + 1 && QUOTE_CLOSERS.includes(body[e - 1]) && cueFollows(body, k, to, c === ".")) {
    return { end: e, split: false };
  }
  const ellipsis = run.startsWith("...") || run.startsWith("…");
  const singleDot = run[0] === "." && !ellipsis && (run.length === 1 || !TERMINALS.includes(run[1]));
  if (singleDot && !periodEnds(body, i, segStart, k, to)) {
    return { end: e, split: false };
  }
  if (ellipsis && !isUpper(next) && !OPENING.includes(next)) {
    return { end: e, split: false };
  }
  return { end: e, split: true };
}

function splitParagraph(body: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let segStart = from;
  // How far the current piece is known to hold no word: a run of wordless pieces ("? ? ? …")
  // keeps joining the next one, and rescanning it from its start each time would be quadratic.
  let wordlessTo = from;
  let i = from;
  const push = (end: number) => {
    let s = segStart;
    let e = end;
    while (s < e && isSpace(body[s])) s++;
    while (e > s && isSpace(body[e - 1])) e--;
    // A piece with no word in it ("..." between two sentences) joins the next sentence.
    let hasWord = false;
    for (let k = Math.max(s, wordlessTo); k < e && !hasWord; k++) hasWord = isWordChar(body[k]) && body[k] !== "'" && body[k] !== "’";
    if (!hasWord && end < to) {
      wordlessTo = Math.max(wordlessTo, e);
      return;
    }
    if (e > s) out.push({ id: out.length, start: s, end: e, text: body.slice(s, e), paragraph });
    segStart = end;
    wordlessTo = end;
  };
  const lineBreaks = headingLines(body, from, to);
  while (i < to) {
    // Fast path: most characters are no terminal at all.
    const code = body.charCodeAt(i);
    if (code === 10 && lineBreaks.has(i)) {
      push(i);
      i++;
      continue;
    }
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026 && code !== 0x3002 && code !== 0xff01 && code !== 0xff1f) {
      i++;
      continue;
    }
    const c = body[i];
    if (WIDE_TERMINALS.includes(c)) {
      let e = i + 1;
      while (e < to && (WIDE_TERMINALS.includes(body[e]) || CLOSERS.includes(body[e]) || body[e] === "」" || body[e] === "』")) e++;
      push(e);
      i = e;
      continue;
    }
    if (!TERMINALS.includes(c)) {
      i++;
      continue;
    }
    const { end: e, split } = terminalRun(body, i, segStart, to);
    if (split) push(e);
    i = e;
  }
  push(to);
}

/** Line breaks inside a paragraph that end a line of its own: a headline, a byline or a date
 *  line pasted above the text ("Ferry operator fined over deck collapse\nBy Anna Kowalski"). Such
 *  a line has no closing stop, the next starts with a capital, a quote mark or a digit, and it
 *  is short against the paragraph's longest line (a hard-wrapped paragraph's lines are all
 *  about as long, and break anywhere). */
function headingLines(body: string, from: number, to: number): Set<number> {
  const out = new Set<number>();
  const first = body.indexOf("\n", from);
  if (first < 0 || first >= to) return out;
  const lines: Array<[number, number]> = [];
  for (let s = from; s < to;) {
    const nl = body.indexOf("\n", s);
    const e = nl < 0 || nl > to ? to : nl;
    lines.push([s, e]);
    s = e + 1;
  }
  // (a loop, not Math.max(...): a paragraph of one-letter lines would overflow the call stack)
  let longest = 0;
  for (const [s, e] of lines) longest = Math.max(longest, e - s);
  for (let k = 0; k + 1 < lines.length; k++) {
    const [s, e] = lines[k];
    const line = body.slice(s, e).trim();
    const next = body.slice(lines[k + 1][0], lines[k + 1][1]).trimStart();
    if (!line || /[.!?…:;,"'”’)\]\-–—]$/.test(line) || !/^[\p{Lu}\p{N}"“‘']/u.test(next)) continue;
    if (line.length <= 60 || line.length < 0.7 * longest) out.add(e);
  }
  return out;
}

/** Sentences in body order; `paragraphs` (from paragraphRanges) when the caller has them. */
export function splitSentences(body: string, paragraphs: ReadonlyArray<readonly [number, number]> = paragraphRanges(body)): Sentence[] {
  const out: Sentence[] = [];
  if (!body) return out;
  let paragraph = 0;
  for (const [s, e] of paragraphs) {
    const before = out.length;
    splitParagraph(body, s, e, paragraph, out);
    if (out.length > before) paragraph++;
  }
  return out;
}
