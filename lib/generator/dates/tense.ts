// Which way a date points: the nearest tense marker in the date's own clause. Left of the date
// first (English puts the verb before its time adverbial: "met on Friday"), then right for a
// fronted date ("On Tuesday, the mayor said"). Scans are capped so long sentences stay cheap.
import { tokensIn, type DateText, type Tok } from "./context";
import { TENSE_CLAUSE_OPENERS as CLAUSE_OPENERS, ED_FUTURE, ED_NOT_VERBS, FUTURE_WORDS, PAST_WORDS } from "../text/lexicon";

export type Tense = "past" | "future" | null;

const WINDOW = 140;
const MAX_WORDS = 20;
const HARD_STOPS = new Set([";", ":", "“", "”", "\"", "(", ")", "—", "–", "?", "!"]);
/** "set to", "due to", "about to", "going to": planned or imminent. */
const TO_FUTURE = new Set(["set", "due", "about", "going", "poised", "slated", "scheduled", "expected", "likely", "plans", "planning", "hopes", "wants", "intends", "aims", "is", "are", "has", "have", "needs", "need"]);
/** A determiner or possessive before "plan", "hopes", "due": the word is a noun, not a marker. */
const NOUN_CUES = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "no"]);
/** Forms of "be" that make "scheduled", "expected" a statement about the future ("is expected"). */
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "’s", "remains", "remain"]);
const COMPARATIVE_TIME = new Set(["earlier", "later", "sooner"]);
/** "and", "or" coordinate noun phrases as often as clauses ("Poland and Hungary"): not a stop. */
const WEAK_OPENERS = new Set(["and", "or"]);

/** A reading: the tense, whether it rests only on a weak marker, and where the marker ends. */
export type Reading = { tense: Tense; weak: boolean; at: number };

export function tenseAround(text: DateText, lo: number, hi: number, start: number, end: number): Tense {
  return readTense(text, lo, hi, start, end).tense;
}

export function readTense(text: DateText, lo: number, hi: number, start: number, end: number): Reading {
  const toks = tokensIn(text, Math.max(lo, start - WINDOW), Math.min(hi, end + WINDOW));
  let i = 0;
  while (i < toks.length && toks[i].end <= start) i++;
  let j = i;
  while (j < toks.length && toks[j].start < end) j++;
  // "as early as Tuesday", "as soon as next week": a limit that lies ahead.
  if (earliestLimit(toks, i)) return { tense: "future", weak: false, at: start };
  const left = scan(toks, i - 1, -1);
  if (left.tense && !left.weak) return left;
  const right = scan(toks, j, 1);
  if (right.tense && !right.weak) return right;
  return left.tense ? left : right;
}

function earliestLimit(toks: Tok[], i: number): boolean {
  const [a, b, c] = [toks[i - 3], toks[i - 2], toks[i - 1]];
  if (!a || !b || !c) return false;
  return a.lw === "as" && c.lw === "as" && (b.lw === "early" || b.lw === "soon");
}

/** The first marker in one direction; a weak one ("planned" with no "be") lets the scan go on. */
function scan(toks: Tok[], from: number, step: 1 | -1): Reading {
  let words = 0;
  let weak: Reading | null = null;
  for (let k = from; k >= 0 && k < toks.length && words < MAX_WORDS; k += step) {
    const t = toks[k];
    if (!t.word) {
      if (HARD_STOPS.has(t.w)) break;
      continue;
    }
    words++;
    const next = toks[k + 1];
    const prev = toks[k - 1];
    const found = (tense: Tense): Reading => ({ tense, weak: false, at: t.end });
    if (TO_FUTURE.has(t.lw) && next?.lw === "to" && !nounUse(prev)) return found(step === -1 && pastPerfectBefore(toks, k) ? "past" : "future");
    // "has until Friday to respond", "We have until the summer": time still held lies ahead
    // (the perfect's "has" is past only before a participle)
    if ((t.lw === "has" || t.lw === "have") && (next?.lw === "until" || next?.lw === "till")) return found("future");
    // ("no earlier than June": a comparison that bounds the date, no tense of its own)
    if (COMPARATIVE_TIME.has(t.lw) && next?.lw === "than") continue;
    // "The bank last cut rates in June": "last" before a verb dates it in the past, whatever the
    // verb's form ("cut", "hit", "set" look the same in the present)
    if (t.lw === "last" && step === -1 && lastAsAdverb(prev, next)) return found("past");
    const marker = markerOf(t);
    if (marker === "future" && step === -1 && pastPerfectBefore(toks, k)) return found("past");
    if (marker && nounUse(prev) && FUTURE_WORDS.has(t.lw)) {
      // "the plan", "their hopes": a noun.
    } else if (marker === "future" && ED_FUTURE.has(t.lw) && !BE_FORMS.has(prev?.lw ?? "")) {
      // "A service planned for Saturday was cancelled": the clause's own verb decides.
      weak ??= { tense: "future", weak: true, at: t.end };
    } else if (marker === "past" && step === -1 && (modalBefore(toks, k) || presentPassive(prev) || hypothetical(toks, k))) return found("future");
    else if (marker) return found(marker);
    else if (PRESENT_SCHEDULE.has(t.lw) && !nounUse(prev) && !amountBefore(prev)) return found("future");
    else if (ADJACENT_SCHEDULE.has(t.lw) && step === -1 && words === 1) return found("future");
    else if (t.lw === "effective" && step === -1 && words === 1 && !BECOME.has(prev?.lw ?? "")) return found("future");
    // A clause opener ends the clause; on the left we stop at it, on the right we stop before it
    // ("and" only before a verb: "and were planning", not "Poland and Hungary").
    if (CLAUSE_OPENERS.has(t.lw) && (!WEAK_OPENERS.has(t.lw) || (step === 1 && verbNext(next)))) break;
  }
  return weak ?? { tense: null, weak: false, at: -1 };
}

/** "would sign the bill if it reached his desk before Memorial Day": the past form in a
 *  condition of "would" is no past; the condition lies ahead of the time of speaking. Not
 *  "would not say if the letter arrived Monday", where "if" is "whether". */
function hypothetical(toks: Tok[], k: number): boolean {
  for (let i = k - 1, n = 0; i >= 0 && n < 6; i--) {
    const t = toks[i];
    if (!t.word) {
      if (HARD_STOPS.has(t.w) || t.w === ",") return false;
      continue;
    }
    n++;
    if (t.lw !== "if" && t.lw !== "unless") continue;
    if (WHETHER_BEFORE.has(toks[i - 1]?.lw ?? "")) return false;
    return conditionalModal(toks, i - 1, -1) || conditionalModal(toks, k + 1, 1);
  }
  return false;
}

const WHETHER_BEFORE = new Set(["say", "said", "says", "know", "knew", "asked", "ask", "asks", "tell", "told", "clear", "unclear", "sure", "wondered", "see", "decide", "determine", "whether", "even", "as"]);
const CONDITIONAL_MODALS = new Set(["would", "could", "might", "'d", "’d"]);

function conditionalModal(toks: Tok[], from: number, step: 1 | -1): boolean {
  for (let i = from, n = 0; i >= 0 && i < toks.length && n < 12; i += step) {
    const t = toks[i];
    if (!t.word) {
      if (HARD_STOPS.has(t.w)) return false;
      continue;
    }
    n++;
    if (CONDITIONAL_MODALS.has(t.lw)) return true;
  }
  return false;
}

/** "last" between a subject and its verb, not a determiner's "the last time", "its last meeting". */
function lastAsAdverb(prev: Tok | undefined, next: Tok | undefined): boolean {
  if (!next?.word || !/^\p{Ll}+$/u.test(next.w) || LAST_NOUNS.has(next.lw)) return false;
  return !prev || !prev.word || !(NOUN_CUES.has(prev.lw) || /^(?:at|for|in|on|of|by|to)$/.test(prev.lw));
}
const LAST_NOUNS = new Set(["week", "weekend", "month", "year", "time", "night", "season", "summer", "winter", "spring", "autumn", "fall", "one", "minute", "day", "term", "session", "quarter", "decade", "century"]);

/** "It had been due to expire Friday": a plan that a past perfect puts behind us. */
function pastPerfectBefore(toks: Tok[], k: number): boolean {
  const a = toks[k - 1], b = toks[k - 2];
  return a?.lw === "had" || (a?.lw === "been" && b?.lw === "had");
}

/** "the case is heard in May": a present passive reports a schedule. */
function presentPassive(prev: Tok | undefined): boolean {
  return !!prev && (prev.lw === "is" || prev.lw === "are");
}

function verbNext(t: Tok | undefined): boolean {
  return !!t && t.word && /^\p{Ll}/u.test(t.w) && !NOUN_CUES.has(t.lw);
}

/** "C$44.3 million face amount", "10 host cities": after an amount the word is a noun. */
function amountBefore(prev: Tok | undefined): boolean {
  return !!prev && (/^[$€£]?\d[\d.,]*$/.test(prev.w) || prev.lw === "million" || prev.lw === "billion" || prev.lw === "thousand");
}

function nounUse(prev: Tok | undefined): boolean {
  return !!prev && NOUN_CUES.has(prev.lw);
}

/** Present-tense verbs of schedules: "Voters go to the polls on December 12", "The trial opens on Monday". */
const PRESENT_SCHEDULE = new Set([
  "is", "are", "begins", "starts", "opens", "ends", "closes", "runs", "go", "goes", "meet", "meets",
  "arrives", "arrive", "returns", "expires", "resumes", "resume", "face", "faces", "play", "plays", "hosts",
  "host", "visits", "kicks", "takes", "launches", "debuts", "premieres", "airs", "travels", "travel",
  "reconvenes", "convenes", "reopens", "reopen", "concludes", "conclude", "restarts",
]);
/** Schedule verbs only right before the date ("The inquiry continues on Thursday"): elsewhere
 *  they state what goes on now ("The conflict continues, with gains over the weekend"). */
const ADJACENT_SCHEDULE = new Set(["continues", "continue"]);
/** "effective Feb. 1" names when a change takes hold, which news reports ahead of time ("created
 *  an office, effective Feb. 1"); "became effective Jan. 1" reports one that has. */
const BECOME = new Set(["became", "become", "becomes", "was", "were", "been"]);
// Not "could": as the past of "can" it reports ("could not be reached Monday") as often as it plans.
const MODALS = new Set(["will", "would", "shall", "'ll", "’ll", "to", "going", "must", "should", "may", "might", "can"]);
/** Modals whose perfect ("could have gone") looks back, unlike "will have finished by Friday". */
const WEAK_MODALS = new Set(["must", "should", "may", "might", "can", "could", "would"]);

/** "will remain closed until Monday", "must be returned by June 1": a participle under a modal. */
function modalBefore(toks: Tok[], k: number): boolean {
  let perfect = false;
  for (let i = k - 1, n = 0; i >= 0 && n < 3; i--) {
    const t = toks[i];
    if (!t.word) return false;
    n++;
    if (MODALS.has(t.lw) || t.lw.endsWith("'ll") || t.lw.endsWith("’ll")) return !(perfect && WEAK_MODALS.has(t.lw));
    if (t.lw === "have" || t.lw === "been") perfect = true;
    if (!["be", "been", "remain", "stay", "have", "get", "being", "not", "also", "still", "probably"].includes(t.lw)) return false;
  }
  return false;
}

export function markerOf(t: Tok): Tense {
  const w = t.lw.replace(/’/g, "'");
  if (FUTURE_WORDS.has(w) || w.endsWith("'ll") || ED_FUTURE.has(w)) return "future";
  if (PAST_WORDS.has(w)) return "past";
  if (w.length > 4 && w.endsWith("ed") && !ED_NOT_VERBS.has(w) && /^\p{Ll}/u.test(t.w)) return "past";
  return null;
}
