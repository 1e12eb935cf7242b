// Small shared pieces for the question builders and the final checks: a seeded shuffle, spans
// cut from the body, name comparison and display labels.
import { MONTH_NAMES, weekdayNameOfJsDay } from "../text/lexicon";
import type { ClaimStatus, DateGranularity, Span } from "../types";

/** FNV-1a over the text: the seed of every shuffle, so the same article gives the same quiz. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a tiny deterministic generator; no Math.random anywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A span cut from the body itself, so its text always equals the slice. */
export function spanOf(body: string, start: number, end: number): Span {
  return { start, end, text: body.slice(start, end) };
}

/** Per-article memo for the name comparisons, which run over many pairs of names. Built once per
 *  generateQuiz call (see analysis.ts) and passed down: no state outlives one article. */
export type NameMemo = { norm: Map<string, string>; tokens: Map<string, string[]>; same: Map<string, Map<string, boolean>> };
export function newNameMemo(): NameMemo {
  return { norm: new Map(), tokens: new Map(), same: new Map() };
}
function remember<T>(cache: Map<string, T> | undefined, key: string, make: () => T): T {
  if (!cache) return make();
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

/** Folds quote marks, dashes, case and spacing so two renderings of one text compare equal. */
export function normalize(s: string, memo?: NameMemo): string {
  if (!memo || s.length > 400) return normalizeNow(s);
  // (remember() inlined: a closure per call, and this is the generator's most frequent call)
  let v = memo.norm.get(s);
  if (v === undefined) memo.norm.set(s, (v = normalizeNow(s)));
  return v;
}

function normalizeNow(s: string): string {
  const chars = charsOf(s);
  if (chars === "ascii") return normalizeAscii(s);
  return chars === "stable" ? foldStable(s) : fold(s.normalize("NFKC"));
}

/** fold() for a "stable" text (see charsOf): prompts and quotes with curly marks. Lower-cased
 *  whole (on these characters the same as foldChar's case fold), then only the characters fold
 *  changes are replaced, found by one regex scan: a loop over every character cost more. */
function foldStable(s: string): string {
  let lo = 0;
  let hi = s.length;
  while (lo < hi && isEdge(foldChar(s.charCodeAt(lo)))) lo++;
  while (hi > lo && isEdge(foldChar(s.charCodeAt(hi - 1)))) hi--;
  const t = s.slice(lo, hi).toLowerCase();
  let out = "";
  let run = 0; // start of the text not yet copied
  STABLE_CHANGES.lastIndex = 0;
  for (let m = STABLE_CHANGES.exec(t); m; m = STABLE_CHANGES.exec(t)) {
    out += t.slice(run, m.index) + (STABLE_FOLDS[m[0]] ?? " ");
    run = m.index + m[0].length;
  }
  return run === 0 ? t : out + t.slice(run);
}

/** What fold() changes in a stable text once it is lower case: quote marks, dashes, "…", and
 *  white space that is not one plain space (a stable text's only spaces are ASCII and U+00A0). */
const STABLE_CHANGES = /[‘’‚‛“”„‟–—…]|\s{2,}|[\t\n\v\f\r\u00a0]/g;
const STABLE_FOLDS: Record<string, string> = {
  "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "–": "-", "—": "-", "…": "...",
};

/** One character of a "stable" text as fold() leaves it: quote marks and dashes folded, any
 *  space one " ", letters lower case (À–Þ but × have their lower case 32 places on); "…" gives
 *  the first of its three dots (foldStable adds the other two). */
function foldChar(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return c + 32;
    return c === 32 || (c >= 9 && c <= 13) ? 32 : c;
  }
  if (c === 0xa0) return 32;
  if (c === 0x2026) return 46;
  if (c >= 0x2018 && c <= 0x201b) return 39;
  if (c >= 0x201c && c <= 0x201f) return 34;
  if (c === 0x2013 || c === 0x2014) return 45;
  return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : c;
}

/** The same result as fold(s.normalize("NFKC")) for plain ASCII (most names): NFKC and the
 *  quote and dash folds change nothing there, so only the edges, spacing and case are left. */
function normalizeAscii(s: string): string {
  let lo = 0;
  let hi = s.length;
  while (lo < hi && isEdge(s.charCodeAt(lo))) lo++;
  while (hi > lo && isEdge(s.charCodeAt(hi - 1))) hi--;
  const t = s.slice(lo, hi);
  return (needsSpacing(t) ? t.replace(/\s+/g, " ") : t).toLowerCase();
}

/** A tab, line break or double space: most names and prompts have none, and skip the replace. */
function needsSpacing(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 9 && c <= 13) || (c === 32 && t.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}

/** "ascii", "stable" (also Latin-1 letters, curly quotes, dashes and "→", which NFKC leaves as
 *  they are, alone or next to each other: checked over every pair; and the no-break space and
 *  "…", which it always turns into " " and "...", as foldChar does), or "other". NFKC is the
 *  costly step of normalize, and prompts ("… ”?") and names rarely need it. */
function charsOf(s: string): "ascii" | "stable" | "other" {
  // Two regex scans (native, by UTF-16 unit, as the loop over charCodeAt was) instead of a loop.
  if (!NON_ASCII.test(s)) return "ascii";
  return NOT_STABLE.test(s) ? "other" : "stable";
}
const NON_ASCII = /[^\x00-\x7f]/;
const NOT_STABLE = /[^\x00-\x7f\u00a0\u00c0-\u00ff\u2013-\u2015\u2018-\u201f\u2026\u2192]/;

/** An ASCII character fold() strips from either end: `[\s"',.;:!?]`. */
function isEdge(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 34 || c === 39 || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
}

function fold(s: string): string {
  return s
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/^[\s"',.;:!?]+|[\s"',.;:!?]+$/g, "");
}

const NAME_NOISE = new Set([
  "news", "agency", "newspaper", "the", "com", "inc", "ltd", "corp", "mr", "mrs", "ms", "dr", "president", "prime",
  "minister", "spokesman", "spokeswoman", "spokesperson", "former", "us", "u.s", "sir", "lord", "judge", "senator",
  "sen", "rep", "chancellor", "king", "queen", "secretary", "general",
]);
function nameTokens(s: string, memo?: NameMemo): string[] {
  return remember(memo?.tokens, s, () => nameTokensNow(s, memo));
}
function nameTokensNow(s: string, memo?: NameMemo): string[] {
  return normalize(s, memo)
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w && !NAME_NOISE.has(w.replace(/\.$/, "")));
}

/** The same person or body: equal once titles are dropped, one the tail of the other, or the
 *  same surname with the same initial. Deliberately generous: it decides what a distractor may
 *  NOT be, so erring towards "same" only removes choices. */
export function sameName(a: string | null | undefined, b: string | null | undefined, memo?: NameMemo): boolean {
  if (!a || !b) return false;
  if (!memo) return sameNameNow(a, b);
  // Keyed by the ordered pair in two maps: a joined key string was built (and hashed) per call.
  const first = a < b ? a : b;
  const second = a < b ? b : a;
  let inner = memo.same.get(first);
  if (!inner) memo.same.set(first, (inner = new Map()));
  let v = inner.get(second);
  if (v === undefined) inner.set(second, (v = sameNameNow(a, b, memo)));
  return v;
}

function sameNameNow(a: string, b: string, memo?: NameMemo): boolean {
  if ((ACRONYM.test(a) && isAcronymOf(a, b)) || (ACRONYM.test(b) && isAcronymOf(b, a))) return true;
  const x = nameTokens(a, memo);
  const y = nameTokens(b, memo);
  if (!x.length || !y.length) return normalize(a, memo) === normalize(b, memo);
  if (x.join(" ") === y.join(" ")) return true;
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.slice(long.length - short.length).join(" ") === short.join(" ")) return true;
  return x.length === 1 || y.length === 1 || x[0][0] === y[0][0];
}

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  confirmed: "Confirmed",
  denied: "Denied",
  neither_confirmed_nor_denied: "Neither confirmed nor denied",
  reported_unverified: "Reported, not verified",
  // Covers "declined to say" and "did not respond" alike: the article tells only that no answer came.
  no_comment: "Gave no answer",
};

/** Granularity of a normalised date value, or null when it is none of the four forms. */
export function granularityOf(value: string): DateGranularity | null {
  // By length and character, not four regexes: this runs inside sort comparators and labels.
  // The same tests as /^\d{4}-\d{2}-\d{2}$/, /^\d{4}-W\d{2}$/, /^\d{4}-\d{2}$/, /^\d{4}$/.
  const n = value.length;
  if (n < 4 || !digits(value, 0, 4)) return null;
  if (n === 4) return "year";
  if (value[4] !== "-") return null;
  if (n === 7) return digits(value, 5, 7) ? "month" : null;
  if (n === 8) return value[5] === "W" && digits(value, 6, 8) ? "week" : null;
  if (n === 10) return digits(value, 5, 7) && value[7] === "-" && digits(value, 8, 10) ? "day" : null;
  return null;
}

function digits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** First and last day (as UTC ms) a date value covers; for ordering events on a timeline. */
export function dateRange(value: string): [number, number] | null {
  const g = granularityOf(value);
  if (!g) return null;
  const y = Number(value.slice(0, 4));
  if (g === "year") return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  if (g === "month") {
    const m = Number(value.slice(5, 7)) - 1;
    return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 0)];
  }
  if (g === "day") {
    const t = Date.UTC(y, Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
    return [t, t];
  }
  const monday = isoWeekMonday(y, Number(value.slice(6, 8)));
  return [monday, monday + 6 * 86_400_000];
}

function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow * 86_400_000 + (week - 1) * 7 * 86_400_000;
}

function isoWeekOf(t: number): string {
  const d = new Date(t);
  const dow = (d.getUTCDay() + 6) % 7;
  const thursday = t - dow * 86_400_000 + 3 * 86_400_000;
  const y = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(y, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${y}-W${String(week).padStart(2, "0")}`;
}

function dayValue(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** A value shifted by n units of its own granularity (a plausible wrong answer). */
export function shiftDate(value: string, n: number): string | null {
  const g = granularityOf(value);
  const r = dateRange(value);
  if (!g || !r) return null;
  if (g === "day") return dayValue(r[0] + n * 86_400_000);
  if (g === "week") return isoWeekOf(r[0] + n * 7 * 86_400_000);
  const y = Number(value.slice(0, 4));
  if (g === "year") return String(y + n).padStart(4, "0");
  const m = Number(value.slice(5, 7)) - 1 + n;
  const d = new Date(Date.UTC(y, m, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** "Friday, 7 February 2025", "the week of 3 February 2025", "February 2025", "2022". */
export function dateLabel(value: string): string {
  const g = granularityOf(value);
  const r = dateRange(value);
  if (!g || !r) return value;
  const d = new Date(r[0]);
  const dayMonthYear = `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (g === "day") return `${weekdayNameOfJsDay(d.getUTCDay())}, ${dayMonthYear}`;
  if (g === "week") return `The week of Monday, ${dayMonthYear}`;
  if (g === "month") return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return String(d.getUTCFullYear());
}

/** Shortens long quoted words for a prompt, at a word boundary. */
export function clip(text: string, maxWords = 28): string {
  // One anchored match finds whether a word follows the first maxWords (and where they end)
  // instead of an exec and a match array per word. \S+\s+ cannot overlap itself, so a failed
  // match backtracks only inside one word: linear on a huge one-line "sentence" too.
  const t = text.trim();
  const m = wordsRe(maxWords).exec(t);
  if (!m) return t;
  // The first maxWords words joined by single spaces, as a join(" ") of them would be.
  return m[0].replace(/\s+/g, " ").slice(0, -1).replace(/[,;:]$/, "") + " …";
}

/** memo: one regex per word limit (the callers use three or four). */
const WORDS_RES = new Map<number, RegExp>();
function wordsRe(n: number): RegExp {
  let re = WORDS_RES.get(n);
  if (!re) WORDS_RES.set(n, (re = new RegExp(`^(?:\\S+\\s+){${n}}(?=\\S)`)));
  return re;
}

/** Text of the sentence(s) by id, as one span of the body when they are contiguous. */
export function sentenceSpans(body: string, sentences: { id: number; start: number; end: number }[], ids: number[]): Span[] {
  const out: Span[] = [];
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
    const s = sentences[id]?.id === id ? sentences[id] : sentences.find((x) => x.id === id);
    if (s && s.end > s.start) out.push(spanOf(body, s.start, s.end));
  }
  return out;
}

/** Evidence quoted after a colon: in quotation marks unless it already opens with one. */
export function quoteEvidence(text: string, maxWords = 60): string {
  const t = clip(text, maxWords);
  return /^[“"‘'«]/.test(t) ? t : `“${t}”`;
}

/** Quoted words for a prompt, without the comma or colon that led out of the quotation. */
export function quotedWords(text: string, maxWords = 28): string {
  return clip(text, maxWords).replace(/[\s,;:]+$/, "");
}

const ACRONYM = /^[A-Z][A-Z.]{1,10}$/;

/** "FRA" for "Federal Rail Authority", "UN" for "the United Nations". */
export function isAcronymOf(short: string, long: string): boolean {
  const s = short.replace(/\./g, "").trim();
  if (!/^[A-Z]{2,6}$/.test(s)) return false;
  const initials = long
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
  return initials === s;
}

/** The spans a quote's attribution used: the quoted words and, when there is one, the cue. */
export function quoteEvidenceSpans(body: string, q: { start: number; end: number; cue: Span | null }): Span[] {
  const spans = [spanOf(body, q.start, q.end)];
  if (q.cue) spans.push(spanOf(body, q.cue.start, q.cue.end));
  return spans;
}
