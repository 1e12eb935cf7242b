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
  /** "wire": old wire copy's ASCII pairs, ``…'' (a pass of its own, see wirePairs). */
  style: "double" | "single" | "wire";
  paragraph: number;
};

const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** A straight or curly single mark at i closes a quote (not an apostrophe inside a word). */
function singleCloses(body: string, i: number, to: number): boolean {
  const next = i + 1 < to ? body[i + 1] : undefined;
  return !isSpace(body[i - 1]) && !isAlnum(next);
}

/** Every quotation-mark pair in body order; `paragraphs` as paragraphRanges gives them. */
export function pairMarks(body: string, paragraphs: ReadonlyArray<readonly [number, number]> = paragraphRanges(body)): MarkPair[] {
  const out: MarkPair[] = [];
  let paragraph = 0;
  for (const [from, to] of paragraphs) {
    if (body.slice(from, to).trim()) {
      scanParagraph(body, from, to, paragraph, out);
      wirePairs(body, from, to, paragraph, out);
      paragraph++;
    }
  }
  return out.sort((a, b) => a.open - b.open || b.close - a.close);
}

/** Wire copy's ASCII quotes: `` opens, the next '' in the paragraph closes. A pass apart from the
 *  scan, which reads the same '' as two single marks: its pairs stay exactly as they were. */
function wirePairs(body: string, from: number, to: number, paragraph: number, out: MarkPair[]): void {
  for (let i = body.indexOf("``", from); i >= 0 && i < to; i = body.indexOf("``", i)) {
    const k = body.indexOf("''", i + 2);
    if (k < 0 || k >= to) return;
    let innerStart = i + 2;
    let innerEnd = k;
    while (innerStart < innerEnd && /\s/.test(body[innerStart])) innerStart++;
    while (innerEnd > innerStart && /\s/.test(body[innerEnd - 1])) innerEnd--;
    if (innerEnd > innerStart) out.push({ open: i, close: k + 2, innerStart, innerEnd, closed: true, style: "wire", paragraph });
    i = k + 2;
  }
}

/** One paragraph's scan: forward-only caches of the next straight double, closing single and
 *  curly closing mark, so every search pointer only moves forward. */
type Scan = {
  body: string;
  from: number;
  to: number;
  paragraph: number;
  out: MarkPair[];
  nextStraight: number;
  nextSingle: number;
  nextCurly: number;
  nextWrongWay: number;
  curlyOpener: { at: number; opener: number };
  /** A nested curly scan ran to the paragraph end: later openers pair flat (else quadratic). */
  nestingFailed: boolean;
};

/** The next position after `after` where `hit` holds, cached in `key` (-1: none). */
function findNext(sc: Scan, key: "nextStraight" | "nextSingle" | "nextCurly" | "nextWrongWay", after: number, hit: (k: number) => boolean): number {
  if (sc[key] === -1 || sc[key] > after) return sc[key];
  let k = after + 1;
  while (k < sc.to && !hit(k)) k++;
  sc[key] = k < sc.to ? k : -1;
  return sc[key];
}
// (marks compared by char code here and in the scans below: every character of every paragraph
// passes these tests, and a string per character cost more than the tests)
const findStraight = (sc: Scan, after: number) => findNext(sc, "nextStraight", after, (k) => sc.body.charCodeAt(k) === 0x22);
const findCurly = (sc: Scan, after: number) => findNext(sc, "nextCurly", after, (k) => sc.body.charCodeAt(k) === 0x201d);
/** A mark at k shaped like a closer: glued to the words before it, a space or the end after. */
const closerShaped = (sc: Scan, k: number) => !isSpace(sc.body[k - 1]) && isSpace(k + 1 < sc.to ? sc.body[k + 1] : undefined);
/** “ typed the wrong way round as a closer. */
const findWrongWay = (sc: Scan, after: number) => findNext(sc, "nextWrongWay", after, (k) => sc.body.charCodeAt(k) === 0x201c && closerShaped(sc, k));
const findSingle = (sc: Scan, after: number) =>
  findNext(sc, "nextSingle", after, (k) => (sc.body.charCodeAt(k) === 0x2019 || sc.body.charCodeAt(k) === 0x27) && singleCloses(sc.body, k, sc.to));

/** The closer for a straight opener at i: the next straight mark, or an earlier curly closer
 *  with no curly opener between (a mixed pair " … ”). */
function mixedCloser(sc: Scan, i: number, straight: number): number {
  const curly = findCurly(sc, i);
  if (curly < 0 || (straight >= 0 && straight < curly)) return straight;
  if (sc.curlyOpener.at !== curly) sc.curlyOpener = { at: curly, opener: sc.body.lastIndexOf("“", curly) };
  return sc.curlyOpener.opener > i ? straight : curly;
}

/** Records the pair (or the open quote to the paragraph end, closeMark -1); returns where the scan
 *  goes on, or -1 when the paragraph is done. */
function push(sc: Scan, open: number, closeMark: number, style: "double" | "single"): number {
  const { body } = sc;
  const closed = closeMark >= 0;
  let innerStart = open + 1;
  let innerEnd = closed ? closeMark : sc.to;
  while (innerStart < innerEnd && /\s/.test(body[innerStart])) innerStart++;
  while (innerEnd > innerStart && /\s/.test(body[innerEnd - 1])) innerEnd--;
  if (innerEnd > innerStart) sc.out.push({ open, close: closed ? closeMark + 1 : innerEnd, innerStart, innerEnd, closed, style, paragraph: sc.paragraph });
  return closed ? closeMark + 1 : -1;
}

/** The closer of a curly or low opener at i, counting nested openers; -1 when none. */
function nestedCloser(sc: Scan, i: number): number {
  const c = sc.body.charCodeAt(i);
  const closer = c === 0xab ? 0xbb : 0x201d; // « » / ”
  const opener = c === 0xab ? 0xab : 0x201c; // « / “
  let depth = 1;
  let straight = false;
  for (let k = i + 1; k < sc.to; k++) {
    const d = sc.body.charCodeAt(k);
    if (d === 0x22) {
      // "“At this point, I think so," said X. "We …”": the first straight mark, glued to the words
      // before it and followed by a space, closes the curly opener (mixed marks, not a nested pair).
      if (!straight && c === 0x201c && depth === 1 && closerShaped(sc, k)) return k;
      straight = true;
    }
    // "… for her here,“ said X": an opening mark glued to the words before it and followed by a
    // space is a closer typed the wrong way round (unless a straight mark closed the quote first).
    if (d === 0x201c && c === 0x201c && depth === 1 && !straight && closerShaped(sc, k)) return k;
    if (d === opener || (c === 0x201e && d === 0x201e)) depth++;
    else if (d === closer || (c === 0x201e && d === 0x201c && depth === 1)) {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}

/** “ „ «: a nested pair; after a failed nested scan, the first closer (curly or straight). */
function curlyAt(sc: Scan, i: number): number {
  const c = sc.body[i];
  if (sc.nestingFailed && c !== "«") {
    const flat = findCurly(sc, i);
    const straight = findStraight(sc, i);
    return push(sc, i, flat >= 0 && (straight < 0 || flat < straight) ? flat : straight, "double");
  }
  const k = sc.nestingFailed ? -1 : nestedCloser(sc, i);
  if (k >= 0) return push(sc, i, k, "double");
  // Mixed marks (“… ") close at the next straight double mark.
  sc.nestingFailed = true;
  return push(sc, i, c === "«" ? -1 : findStraight(sc, i), "double");
}

/** ": toggles with the next straight (or a mixed curly) closer; a stray closer is skipped. */
function straightAt(sc: Scan, i: number): number {
  const prev = i > sc.from ? sc.body[i - 1] : undefined;
  const next = i + 1 < sc.to ? sc.body[i + 1] : undefined;
  // A mark glued to the word before and followed by space is a stray closer: skip it.
  if (isAlnum(prev) && isSpace(next)) return i + 1;
  const closer = mixedCloser(sc, i, findStraight(sc, i));
  // ("A course correction is needed now.“ at the paragraph's end: a closer typed the wrong way)
  return push(sc, i, closer >= 0 ? closer : findWrongWay(sc, i), "double");
}

/** ‘ ': a quote only with a clean closer within reach; otherwise an apostrophe. */
function singleAt(sc: Scan, i: number): number {
  const prev = i > sc.from ? sc.body[i - 1] : undefined;
  const next = i + 1 < sc.to ? sc.body[i + 1] : undefined;
  const opens = !isAlnum(prev) && next !== undefined && /[\p{L}[(.…]/u.test(next);
  if (!opens) return i + 1;
  const k = findSingle(sc, i);
  // A single pair must stay short and inside the paragraph; otherwise it was an apostrophe.
  return k >= 0 && k - i < 1200 ? push(sc, i, k, "single") : i + 1;
}

function scanParagraph(body: string, from: number, to: number, paragraph: number, out: MarkPair[]): void {
  const sc: Scan = { body, from, to, paragraph, out, nextStraight: -2, nextSingle: -2, nextCurly: -2, nextWrongWay: -2, curlyOpener: { at: -1, opener: -1 }, nestingFailed: false };
  let i = from;
  while (i >= 0 && i < to) {
    const c = body.charCodeAt(i);
    if (c === 0x201c || c === 0x201e || c === 0xab) i = curlyAt(sc, i); // “ „ «
    else if (c === 0x22) i = straightAt(sc, i); // "
    else if (c === 0x2018 || c === 0x27) i = singleAt(sc, i); // ‘ '
    else i++;
  }
}
