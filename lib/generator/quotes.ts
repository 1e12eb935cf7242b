// Finds quoted passages and sorts them into kinds. A Quote's span is exactly the words inside
// the marks, so `quote === text === body.slice(start, end)`; a passage that crosses sentences
// is one Quote listing every sentence it touches. Speakers are filled later (attribution.ts).
import type { TextLayer } from "./text/layer";
import { WORK_NOUNS } from "./text/lexicon";
import { sentenceLocator } from "./text/tokens";
import type { Quote, QuoteKind } from "./types";

/** Small words a title may keep in lower case ("the Story of a Port"). */
const TITLE_MINOR = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "with", "by", "from", "as", "vs", "is", "de", "la"]);
/** Words right before a term that mark it as a scare-quoted term rather than speech. */
const TERM_LEADS = new Set(["a", "an", "the", "so-called", "its", "his", "her", "their", "our", "this", "that", "as", "into", "of", "called", "calling", "dubbed", "termed", "branded", "labelled", "labeled", "described"]);

/** Verbs whose object is followed by the speaker's own word for it ("called the plan “reckless”"). */
const CHARACTERISING = new Set(["called", "calls", "calling", "described", "describes", "describing", "branded", "dubbed", "labelled", "labeled", "termed"]);

const wordsOf = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** How many words wordsOf would find, counted only up to `cap`: classifyQuote asks only "at
 *  least 2?" and "at most 4?", and a long quotation need not be split whole for that. */
function wordCountUpTo(s: string, cap: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < cap && WORD.exec(s)) n++;
  WORD.lastIndex = 0;
  return n;
}

/** Participles that give a thing its name. */
const NAME_GIVING = new Set(["named", "nicknamed", "dubbed", "christened", "renamed"]);

/** "Harbour Life: the Story of a Port", "The Daily Harbour": every major word capitalised. */
export function looksLikeTitle(inner: string): boolean {
  if (inner.length > 120 || /[.!?,;]\s*$/.test(inner) || /[.!?]\s/.test(inner)) return false;
  const words = wordsOf(inner);
  if (words.length < 2 || words.length > 12) return false;
  let major = 0;
  for (const [i, w] of words.entries()) {
    const lower = w.toLowerCase();
    if (i > 0 && TITLE_MINOR.has(lower)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return false;
    major++;
  }
  return major >= 2;
}

function lastWords(text: string, n: number): string[] {
  return wordsOf(text.slice(Math.max(0, text.length - 120))).slice(-n).map((w) => w.toLowerCase());
}

/** The kind from the quote's words and the few words before it in its sentence. */
/** A nickname inside a name: George “Jay” Keyworth (one or two capitalised words between two). */
function isNickname(inner: string, before: string, after: string): boolean {
  // (a lower-case word before the first name and none but the surname after: a headline in
  // title case capitalises every word)
  return /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u.test(inner) && /(?:^|\s)\p{Ll}+\s+\p{Lu}\p{Ll}+\s+$/u.test(before) && /^["”’']?\s+\p{Lu}\p{Ll}+(?:[,.;:)]|\s+\p{Ll})/u.test(after);
}

export function classifyQuote(inner: string, before: string, after = ""): QuoteKind {
  // (no kind of its own: like a title, a name is nobody's words)
  if (isNickname(inner, before, after)) return "title";
  const lead = before.trimEnd();
  const prev = lastWords(lead, 3);
  const prev1 = prev[prev.length - 1] ?? "";
  const prev2 = prev[prev.length - 2] ?? "";
  // "the book “...”", "a report titled “...”", "a new blog, “...”"; not the words a speaker
  // characterises a work with ("called the study “alarming but not surprising”")
  const characterised = CHARACTERISING.has(prev[prev.length - 3] ?? "") && /^(?:the|this|that|its|his|her|their)$/.test(prev2) && !looksLikeTitle(inner);
  if (!characterised && (WORK_NOUNS.has(prev1) || (/^(?:titled|entitled|called|named)$/.test(prev1) && WORK_NOUNS.has(prev2)))) {
    if (!/[.!?]\s+\p{Lu}/u.test(inner)) return "title";
  }
  if (looksLikeTitle(inner) && !/[,:]$/.test(lead) && lead.length > 0) return "title";
  // "the team's robot, named “Better Idea of Afghan Girls,” scored": a name given, in title case
  if (NAME_GIVING.has(prev1) && looksLikeTitle(inner.replace(/[.,]$/, ""))) return "title";
  // "on NBC's “Meet the Press.”": a name in title case after a possessive name, with the
  // American stop inside the marks, is a programme's or a work's name
  if (/\p{Lu}[\p{L}.&-]*['’]s?$/u.test(lead) && /[.,]$/.test(inner) && looksLikeTitle(inner.slice(0, -1))) return "title";
  const words = wordCountUpTo(inner, 5);
  const opensSentence = lead.length === 0 || /[,:;—–-]$/.test(lead) || /[.!?]["”’]?$/.test(lead);
  const capital = /^[\p{Lu}\p{N}[(.…'"‘“]/u.test(inner);
  if (opensSentence && capital && words >= 2) return "direct";
  if (words <= 4 && !/[.!?,;:]$/.test(inner) && (TERM_LEADS.has(prev1) || words <= 2)) return "scare";
  return words >= 2 && capital && /[.!?,]$/.test(inner) && opensSentence ? "direct" : "partial";
}

export function findQuotes(text: TextLayer): Quote[] {
  const { body, sentences } = text;
  const locate = sentenceLocator(sentences);
  const out: Quote[] = [];
  // Wire pairs (``…'') are read by the date stage only: quote finding has not been measured on them.
  for (const m of text.quotePairs) {
    if (m.style === "wire") continue;
    const text = body.slice(m.innerStart, m.innerEnd);
    const first = locate(m.innerStart);
    const last = locate(m.innerEnd - 1);
    const sentenceIds: number[] = [];
    if (first >= 0 && last >= first) for (let s = first; s <= last; s++) sentenceIds.push(s);
    else if (first >= 0) sentenceIds.push(first);
    // Text before the mark within its sentence (or paragraph start).
    // (at most 200 characters: enough for the cue words, and linear on endless sentences)
    const sStart = Math.max(first >= 0 ? Math.min(sentences[first].start, m.open) : m.open, m.open - 200);
    const before = body.slice(sStart, m.open);
    out.push({
      start: m.innerStart,
      end: m.innerEnd,
      text,
      kind: classifyQuote(text, before, body.slice(m.innerEnd, m.innerEnd + 24)),
      quote: text,
      speaker: null,
      via: null,
      sentenceIds,
      cue: null,
      sure: false,
      rule: m.closed ? "marks" : "marks-open-ended",
    });
  }
  return out;
}
