// Pairs quotation marks within each paragraph. Curly doubles nest; straight doubles toggle;
// single marks count only when a clean closer exists (apostrophes look the same). A paragraph
// that opens a quote and never closes it (the quote goes on in the next paragraph) yields a
// quote that runs to the paragraph's end. Every search pointer only moves forward, so the scan
// is linear even with thousands of unmatched marks.
import { paragraphRanges } from "../sentences";

export type MarkPair = {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when unclosed. */
  close: number;
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  style: "double" | "single";
  paragraph: number;
};

const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** A straight or curly single mark at i closes a quote (not an apostrophe inside a word). */
function singleCloses(body: string, i: number, to: number): boolean {
  const next = i + 1 < to ? body[i + 1] : undefined;
  return !isSpace(body[i - 1]) && !isAlnum(next);
}

export function pairMarks(body: string): MarkPair[] {
  const out: MarkPair[] = [];
  let paragraph = 0;
  for (const [from, to] of paragraphRanges(body)) {
    if (body.slice(from, to).trim()) {
      scanParagraph(body, from, to, paragraph, out);
      paragraph++;
    }
  }
  return out;
}

function scanParagraph(body: string, from: number, to: number, paragraph: number, out: MarkPair[]): void {
  // Forward-only caches: the next straight double mark and the next closing single mark.
  let nextStraight = -2;
  let nextSingle = -2;
  const findStraight = (after: number) => {
    if (nextStraight === -1 || nextStraight > after) return nextStraight;
    let k = after + 1;
    while (k < to && body[k] !== '"') k++;
    nextStraight = k < to ? k : -1;
    return nextStraight;
  };
  const findSingle = (after: number) => {
    if (nextSingle === -1 || nextSingle > after) return nextSingle;
    let k = after + 1;
    while (k < to && !((body[k] === "’" || body[k] === "'") && singleCloses(body, k, to))) k++;
    nextSingle = k < to ? k : -1;
    return nextSingle;
  };
  // Forward-only cache of the next curly closer: a straight opener may close with one (" … ”).
  let nextCurly = -2;
  const findCurly = (after: number) => {
    if (nextCurly === -1 || nextCurly > after) return nextCurly;
    let k = after + 1;
    while (k < to && body[k] !== "”") k++;
    nextCurly = k < to ? k : -1;
    return nextCurly;
  };
  let curlyOpener = { at: -1, opener: -1 };
  /** The closer for a straight opener at i: the next straight mark, or an earlier curly closer
   *  with no curly opener between (a mixed pair). */
  const mixedCloser = (i: number, straight: number) => {
    const curly = findCurly(i);
    if (curly < 0 || (straight >= 0 && straight < curly)) return straight;
    if (curlyOpener.at !== curly) curlyOpener = { at: curly, opener: body.lastIndexOf("“", curly) };
    return curlyOpener.opener > i ? straight : curly;
  };
  const push = (open: number, closeMark: number, style: "double" | "single") => {
    const closed = closeMark >= 0;
    let innerStart = open + 1;
    let innerEnd = closed ? closeMark : to;
    while (innerStart < innerEnd && /\s/.test(body[innerStart])) innerStart++;
    while (innerEnd > innerStart && /\s/.test(body[innerEnd - 1])) innerEnd--;
    if (innerEnd > innerStart) {
      out.push({ open, close: closed ? closeMark + 1 : innerEnd, innerStart, innerEnd, closed, style, paragraph });
    }
  };

  let nestingFailed = false;
  let i = from;
  while (i < to) {
    const c = body[i];
    if (c === "“" || c === "„" || c === "«") {
      const closer = c === "«" ? "»" : "”";
      const opener = c === "«" ? "«" : "“";
      if (nestingFailed && c !== "«") {
        const flat = findCurly(i);
        const straight = findStraight(i);
        const k = flat >= 0 && (straight < 0 || flat < straight) ? flat : straight;
        push(i, k, "double");
        if (k < 0) return;
        i = k + 1;
        continue;
      }
      let depth = 1;
      let k = nestingFailed ? to : i + 1;
      for (; k < to; k++) {
        const d = body[k];
        if (d === opener || (c === "„" && d === "„")) depth++;
        else if (d === closer || (c === "„" && d === "“" && depth === 1)) {
          depth--;
          if (depth === 0) break;
        }
      }
      if (k < to) {
        push(i, k, "double");
        i = k + 1;
        continue;
      }
      // The nested scan ran to the paragraph end: later openers would too (quadratic), so they
      // pair flat from now on. Mixed marks (“… ") close at the next straight double mark.
      nestingFailed = true;
      const straight = c === "«" ? -1 : findStraight(i);
      if (straight >= 0) {
        push(i, straight, "double");
        i = straight + 1;
        continue;
      }
      push(i, -1, "double");
      return;
    }
    if (c === '"') {
      const prev = i > from ? body[i - 1] : undefined;
      const next = i + 1 < to ? body[i + 1] : undefined;
      // A mark glued to the word before and followed by space is a stray closer: skip it.
      if (isAlnum(prev) && isSpace(next)) {
        i++;
        continue;
      }
      const k = mixedCloser(i, findStraight(i));
      if (k >= 0) {
        push(i, k, "double");
        i = k + 1;
      } else {
        push(i, -1, "double");
        return;
      }
      continue;
    }
    if (c === "‘" || c === "'") {
      const prev = i > from ? body[i - 1] : undefined;
      const next = i + 1 < to ? body[i + 1] : undefined;
      const opens = !isAlnum(prev) && next !== undefined && /[\p{L}[(.…]/u.test(next);
      if (opens) {
        const k = findSingle(i);
        // A single pair must stay short and inside the paragraph; otherwise it was an apostrophe.
        if (k >= 0 && k - i < 1200) {
          push(i, k, "single");
          i = k + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    i++;
  }
}
