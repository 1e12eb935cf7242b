// Which way a date points: the nearest tense marker in the date's own clause. Left of the date
// first (English puts the verb before its time adverbial: "met on Friday"), then right for a
// fronted date ("On Tuesday, the mayor said"). Scans are capped so long sentences stay cheap.
import { tokenize, type Tok } from "./context";
import { CLAUSE_OPENERS, ED_FUTURE, ED_NOT_VERBS, FUTURE_WORDS, PAST_WORDS } from "./lexicon";

export type Tense = "past" | "future" | null;

const WINDOW = 140;
const MAX_WORDS = 20;
const HARD_STOPS = new Set([";", ":", "“", "”", "\"", "(", ")", "—", "–", "?", "!"]);
/** "set to", "due to", "about to", "going to": planned or imminent. */
const TO_FUTURE = new Set(["set", "due", "about", "going", "poised", "slated", "scheduled", "expected", "likely", "plans", "planning", "hopes", "wants", "intends", "aims", "is", "are", "has", "have", "needs", "need"]);

export function tenseAround(body: string, lo: number, hi: number, start: number, end: number): Tense {
  const toks = tokenize(body, Math.max(lo, start - WINDOW), Math.min(hi, end + WINDOW));
  let i = 0;
  while (i < toks.length && toks[i].end <= start) i++;
  let j = i;
  while (j < toks.length && toks[j].start < end) j++;
  const left = scan(toks, i - 1, -1);
  if (left) return left;
  return scan(toks, j, 1);
}

function scan(toks: Tok[], from: number, step: 1 | -1): Tense {
  let words = 0;
  for (let k = from; k >= 0 && k < toks.length && words < MAX_WORDS; k += step) {
    const t = toks[k];
    if (!t.word) {
      if (HARD_STOPS.has(t.w)) return null;
      continue;
    }
    words++;
    const next = toks[k + 1];
    if (TO_FUTURE.has(t.lw) && next?.lw === "to") return "future";
    const marker = markerOf(t);
    if (marker === "past" && step === -1 && modalBefore(toks, k)) return "future";
    if (marker) return marker;
    if (PRESENT_SCHEDULE.has(t.lw)) return "future";
    // A clause opener ends the clause; on the left we stop at it, on the right we stop before it.
    if (CLAUSE_OPENERS.has(t.lw)) return null;
  }
  return null;
}

/** Present-tense verbs of schedules: "Voters go to the polls on December 12", "The trial opens on Monday". */
const PRESENT_SCHEDULE = new Set([
  "is", "are", "begins", "starts", "opens", "ends", "closes", "runs", "go", "goes", "meet", "meets",
  "arrives", "arrive", "returns", "expires", "resumes", "face", "faces", "play", "plays", "hosts",
  "host", "visits", "kicks", "takes", "launches", "debuts", "premieres", "airs", "travels", "travel",
]);
const MODALS = new Set(["will", "would", "shall", "'ll", "’ll", "to", "going"]);

/** "will remain closed until Monday", "would be held on Friday": a participle under a modal. */
function modalBefore(toks: Tok[], k: number): boolean {
  for (let i = k - 1, n = 0; i >= 0 && n < 3; i--) {
    const t = toks[i];
    if (!t.word) return false;
    n++;
    if (MODALS.has(t.lw) || t.lw.endsWith("'ll") || t.lw.endsWith("’ll")) return true;
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
