// Evidence from the words around a name: a verb after it ("X said", "X reported"), an inverted
// cue ("said X"), a hearer ("told the X"), a colon or relative clause, a possessive document.
import {
  JOURNALIST_NOUNS, NAMING_VERBS, ORG_WORDS, OUTLET_HEADS, OUTLET_NOUNS, PLACE_PREPOSITIONS, PREPOSITIONS, RELAY_VERBS, ROLE_WORDS, SPEECH_VERBS, VERB_FILLERS, WEEKDAY_BY_WORD,
} from "./text/lexicon";
import { wrongWayCloser, type Token } from "./text/tokens";
import { isAllCaps, type Chunk } from "./entity-chunks";
import { wordAt, type EvCtx, type EvidenceRule, type Site } from "./entity-evidence";

// Sets, not /^(…)$/ regexes: these run on every token near every name, and a whole-string
// alternation is exactly a membership test.
const QUOTE_OPENERS = new Set(['"', "“"]);
const PAIR_CLOSERS = new Set([",", ".", ";", ")"]);
const APPOSITIVE_STOPS = new Set([".", ";", ":", "!", "?", '"', "“", "”"]);
const INVERTED_CUE_BEFORE = new Set([",", '"', "”", "’", "'"]);
const QUOTED_AS = new Set(["quoted", "quotes", "quoting", "cited", "cites", "citing"]);
const APOSTROPHES = new Set(["'", "’"]);
const AFTER_HEARER = new Set(["that", "in", "on", "by", "at", ",", ".", ":", ";", "after", "before", "during", "last", "earlier", "late"]);
const INTERVIEW_PREPS = new Set(["with", "to"]);
const INTERVIEW_HEADS = new Set(["interview", "interviews", "speaking", "talking", "spoke", "comments", "remarks", "statement", "statements"]);

/** Index after an appositive ", ... ," that starts at i (a comma), or -1. */
/** "X has called the plan “…”": a naming verb with a quotation a few words on. */
function namesQuote(ec: EvCtx, k: number): boolean {
  if (!NAMING_VERBS.has(ec.tokens[k].lower)) return false;
  for (let j = k + 1; j < ec.tokens.length && j <= k + 5; j++) if (QUOTE_OPENERS.has(ec.tokens[j].text)) return true;
  return false;
}

export function skipAppositive(ec: EvCtx, i: number): number {
  if (wordAt(ec, i)?.text !== ",") return -1;
  for (let k = i + 1; k < ec.tokens.length && k - i <= 30; k++) {
    const t = ec.tokens[k];
    if (t.sentence !== ec.tokens[i].sentence) return -1;
    if (t.text === ",") return k + 1;
    // (a stop that does not end the sentence is an abbreviation's: "a cardiologist at St. Mary's Hospital,")
    if (APPOSITIVE_STOPS.has(t.text) && !(t.text === "." && ec.tokens[k + 1]?.sentence === t.sentence)) return -1;
  }
  return -1;
}

/** The chunk is followed (after an appositive and fillers) by a speech or relay verb. */
function verbAfter(ec: EvCtx, to: number, chunkFrom: number): { verb: Token; at: number } | null {
  let k = to;
  const app = skipAppositive(ec, k);
  if (app > 0) {
    // "Acme, Jane Doe, said": the name in the appositive speaks, not the phrase before it.
    const inner = ec.tokens.slice(k + 1, app - 1);
    if (inner.length > 0 && inner.every((t) => t.cap || !t.word)) return null;
    k = app;
  } else if (ec.tokens[k]?.text === ",") {
    // "The minister, Jane Doe, said" seen from the name: only when a comma opens the name too.
    let c = chunkFrom - 1;
    while (c >= 0 && c > chunkFrom - 4 && ec.tokens[c].word && (ec.tokens[c].cap || ROLE_WORDS.has(ec.tokens[c].lower))) c--;
    if (ec.tokens[c]?.text !== ",") return null;
    k++;
  }
  while (k < ec.tokens.length && VERB_FILLERS.has(ec.tokens[k].lower)) k++;
  const t = wordAt(ec, k);
  if (t && t.sentence === ec.tokens[to - 1].sentence && (SPEECH_VERBS.has(t.lower) || RELAY_VERBS.has(t.lower) || namesQuote(ec, k))) return { verb: t, at: k };
  return null;
}

/** "X: “…”" speaks; ", who" is a person; ", which" a body. */
const clauseEvidence: EvidenceRule = (ec, c, g, x) => {
  // "Jane Doe: “…”": a name introducing a quotation speaks.
  if (x.after?.text === ":" && x.after2 && QUOTE_OPENERS.has(x.after2.text)) g.speaks++;
  // "X quoted Jane Doe as saying": the one quoted speaks.
  if (x.before && QUOTED_AS.has(x.before.lower) && x.after?.lower === "as" && x.after2 && SPEECH_VERBS.has(x.after2.lower)) g.speaks++;
  if (x.after?.text === "," && x.after2?.lower === "who") g.person += 1;
  if (x.after?.text === "," && x.after2?.lower === "which") g.org += 1;
};

/** "Abbas Araqchi was quoted as saying by IRNA": the one quoted speaks (the outlet quotes). */
const quotedPassiveEvidence: EvidenceRule = (ec, c, g) => {
  const be = wordAt(ec, c.to);
  const verb = wordAt(ec, c.to + 1);
  if (be && verb && /^(?:was|were|is|are)$/.test(be.lower) && /^(?:quoted|cited)$/.test(verb.lower) && wordAt(ec, c.to + 2)?.lower === "as") g.speaks++;
};

/** "based in Austin, Texas, said": the region set off by commas after a place is located by
 *  the place's preposition too (not "In Geneva, Lind said", a subject after a fronted place; nor
 *  "the head of Acme, Jane Doe, said", an apposition after "of"). */
function secondOfPlacePair(ec: EvCtx, c: Chunk): boolean {
  if (wordAt(ec, c.from - 1)?.text !== "," || !PAIR_CLOSERS.has(wordAt(ec, c.to)?.text ?? "")) return false;
  let k = c.from - 2;
  while (k >= 0 && c.from - 2 - k < 4 && ec.tokens[k].word && ec.tokens[k].cap) k--;
  const prep = wordAt(ec, k);
  return k < c.from - 2 && !!prep && prep.word && !prep.cap && prep.lower !== "of" && PLACE_PREPOSITIONS.has(prep.lower);
}

/** "reported a 12% fall", "reports net income of …", "reported record sales": results a firm
 *  reports of itself, not news an outlet relays. */
function reportsResults(ec: EvCtx, v: number): boolean {
  if (!/^report(?:s|ed)?$/.test(ec.tokens[v].lower)) return false;
  let k = v + 1;
  if (/^(?:a|an|its|their|his|her)$/.test(wordAt(ec, k)?.lower ?? "")) k++;
  const next = wordAt(ec, k);
  return !!next && (/^[$€£]?\d/.test(next.text) || RESULT_WORDS.has(next.lower));
}

const RESULT_WORDS = new Set([
  "record", "quarterly", "annual", "net", "revenue", "revenues", "earnings", "profit", "profits", "loss", "losses", "sales",
  "income", "fall", "rise", "drop", "decline", "increase", "growth", "surplus", "deficit", "first-quarter", "second-quarter",
  "third-quarter", "fourth-quarter", "full-year", "half-year", "operating", "pretax", "pre-tax", "higher", "lower", "strong", "weak",
]);

/** A speech or relay verb after the name (not one located by a place preposition). */
const verbEvidence: EvidenceRule = (ec, c, g, x) => {
  const v = verbAfter(ec, c.to, c.from);
  const located = (x.before && PLACE_PREPOSITIONS.has(x.before.lower)) || (x.the && x.before2 && PLACE_PREPOSITIONS.has(x.before2.lower)) || secondOfPlacePair(ec, c);
  if (v && !located) {
    const presentNoun = /s$/.test(v.verb.lower) && wordAt(ec, v.at + 1)?.lower !== "that";
    if (RELAY_VERBS.has(v.verb.lower) && presentNoun) {
      // "Earlier reports have ...": a noun, not a verb.
    } else if (reportsResults(ec, v.at)) {
      // "Pinnacle Devices reported a 12% fall in revenue": a firm reporting its own results.
      g.org += 2;
    } else if (RELAY_VERBS.has(v.verb.lower)) {
      // "X reported", "X quoted Y as saying": relaying is what outlets do.
      g.outlet += v.verb.lower.startsWith("quot") || v.verb.lower.startsWith("report") ? 2 : 1;
    } else g.speaks++;
  }
};

/** "X's statement/analysis ... concluded": the owner speaks through a document. */
const possessiveDocEvidence: EvidenceRule = (ec, c, g) => {
  // "X's statement/analysis ... concluded": the owner speaks through a document.
  const lastName = ec.tokens[c.to - 1];
  // ("The head of Norway's largest pension fund said": a preposition's object is no subject)
  const before = wordAt(ec, c.from - 1);
  if (lastName.possessive && !(before && before.word && !before.cap && PREPOSITIONS.has(before.lower))) {
    for (let k = c.to; k < ec.tokens.length && k - c.to < 10; k++) {
      const t = ec.tokens[k];
      // ("Iran's foreign minister said": the minister speaks, not the country)
      if (!t.word || t.cap || t.sentence !== lastName.sentence || ROLE_WORDS.has(t.lower)) break;
      if (SPEECH_VERBS.has(t.lower) && k > c.to) {
        g.speaks++;
        break;
      }
    }
  }
};

/** "said X" after a quotation (also "said auditor X"). */
const invertedCueEvidence: EvidenceRule = (ec, c, g) => {
  // "said X" after a quotation: an inverted cue.
  // (also "…," said auditor X / said local resident X)
  for (let k = c.from - 1; k >= 0 && k >= c.from - 4; k--) {
    const t = ec.tokens[k];
    // (", told reporters in Jerusalem that": a preposition's object is where, not who)
    if (!t.word || t.cap || (PLACE_PREPOSITIONS.has(t.lower) && t.lower !== "of")) break;
    if (SPEECH_VERBS.has(t.lower)) {
      const p = wordAt(ec, k - 1);
      // (", told Reuters the meeting …": the one told hears, an inverted cue names a speaker)
      if (p && !/^(?:told|tells|telling)$/.test(t.lower) && (INVERTED_CUE_BEFORE.has(p.text) || wrongWayCloser(ec.tokens, k - 1))) g.speaks++;
      break;
    }
  }
};

/** "told Ann Berg, a teacher", "told Lind, the radio host", "told X, who …": a description
 *  after the name makes the hearer a person, not an outlet. */
function describedAsPerson(ec: EvCtx, to: number): boolean {
  if (wordAt(ec, to)?.text !== ",") return false;
  // ("told Ann Berg, who answered her door": an outlet is "which")
  if (wordAt(ec, to + 1)?.lower === "who") return true;
  if (!/^(?:a|an|the)$/.test(wordAt(ec, to + 1)?.lower ?? "")) return false;
  for (let k = to + 2; k < to + 6; k++) {
    const t = wordAt(ec, k);
    if (!t || !t.word || t.cap) return false;
    // ("the radio host": an outlet noun may modify the person's role)
    if (ROLE_WORDS.has(t.lower) || t.lower === "who") return true;
  }
  return false;
}

/** The forms of "tell" whose object is a hearer: "told the X", "telling the X", "tells the X". */
const TOLD = new Set(["told", "telling", "tells"]);

const BROADCAST_WORDS = new Set(["radio", "television", "tv", "news"]);

/** "told CBS' Face the Nation", "said on NBC’s “Meet the Press”", "told CNN's Anna Berg": an
 *  acronym owning the programme or host a statement is told to is a broadcaster. (Only an
 *  acronym or a broadcaster's name: "told Olsen's staff", "on Olsen's website" own things too.) */
function programOwner(ec: EvCtx, c: Chunk, x: Site): boolean {
  const own = x.names[x.names.length - 1];
  // ("CBS' Face the Nation": after a final s the possessive is a bare apostrophe)
  const bare = own && !own.possessive && /s$/i.test(own.text) && APOSTROPHES.has(x.after?.text ?? "") && x.after!.start === own.end;
  // (or a name holding a broadcast noun: "told BBC Radio Four's Any Questions")
  const broadcaster = x.names.length === 1 ? isAllCaps(own?.base ?? "") : x.lows.some((w) => BROADCAST_WORDS.has(w));
  if (!own || !(own.possessive || bare) || !broadcaster) return false;
  const lead = x.the ? x.before2 : x.before;
  if (!lead || !(TOLD.has(lead.lower) || ((lead.lower === "on" || lead.lower === "to") && x.before2 && !x.before2.cap))) return false;
  const at = bare ? c.to + 1 : c.to;
  const next = wordAt(ec, at);
  const title = next && !next.word && QUOTE_OPENERS.has(next.text) ? wordAt(ec, at + 1) : next;
  return !!title && title.word && title.cap && !ROLE_WORDS.has(title.lower);
}

/** "told the X", "in an interview with X": a hearer in the news is usually an outlet. */
const hearerEvidence: EvidenceRule = (ec, c, g, x) => {
  const plain = x.lows.every((w) => !ROLE_WORDS.has(w) && !ORG_WORDS.has(w));
  const told = !!x.before && (TOLD.has(x.before.lower) || (x.the && TOLD.has(x.before2?.lower ?? "")));
  // "Ann Berg of the Rail Union", "told Ann Berg of the Ledger": a plain name the chunks split
  // before "of" is a person of that body, heard or not (a body's own name keeps its "of":
  // "Bank of Westland")
  const of = x.after?.lower === "of" && !x.the && x.names.length >= 2 && !!(wordAt(ec, c.to + 1)?.cap || (wordAt(ec, c.to + 1)?.lower === "the" && wordAt(ec, c.to + 2)?.cap));
  if (of) {
    if (plain) g.person += 2;
    return;
  }
  // "told the X" / "told X that": the hearer of a statement in the news is usually an outlet.
  // ("told Iowans", "speaking to Americans": a people in the plural hears a speech, not an outlet)
  const people = x.names.length === 1 && PEOPLE_PLURAL.test(x.lastLow);
  if (plain && told && !people) {
    // "told the X", "told X that/in/on/.": a name heard by a statement's speaker is an outlet
    // unless it shows up as a person elsewhere (then the person evidence outweighs this).
    const next = x.after?.lower ?? ".";
    if (describedAsPerson(ec, c.to)) g.person += 2;
    // ("told Reuters Tuesday": a weekday after the hearer is the time of the telling)
    else if (OUTLET_HEADS.has(x.lastLow) || x.the || AFTER_HEARER.has(next) || next in WEEKDAY_BY_WORD) g.outlet += 2;
  }
  if (programOwner(ec, c, x)) g.outlet += 2;
  // "told a Ledger reporter": the journalist's paper.
  if (plain && (x.before?.lower === "a" || x.before?.lower === "an") && x.before2 && TOLD.has(x.before2.lower) && JOURNALIST_NOUNS.has(x.after?.lower ?? "")) g.outlet += 2;
  // "in an interview with (broadcaster) X", "speaking to the X": an interviewer is an outlet.
  const { prep, head } = headBefore(ec, c);
  if (plain && !people && INTERVIEW_PREPS.has(prep) && INTERVIEW_HEADS.has(head)) g.outlet += 2;
  // A broadcaster (only an acronym or an outlet head: "said on Capitol Hill" is a place) one
  // appears on, speaks on ("said on CNN"), is interviewed by ("in a Harbour Radio interview") or
  // whose member is told ("told Chris Vik of NRTV").
  const before = x.before?.lower ?? "";
  const maybe = prep === "on" || before === "on" || before === "of" || before === "by" || x.after?.lower === "interview" || (x.the && x.before2?.lower === "of");
  if (!maybe || !(OUTLET_HEADS.has(x.lastLow) || isAllCaps(x.names[0].base))) return;
  if (plain && prep === "on" && (head === "appearance" || head === "appearances")) g.outlet += 2;
  if (before === "on" && x.before2 && (SPEECH_VERBS.has(x.before2.lower) || saidAtTime(ec, c.from - 2))) g.outlet += 2;
  // "an interview aired Sunday on NRTV", "published by NRTV"
  if ((before === "on" || before === "by") && shownAt(ec, c.from - 2)) g.outlet += 2;
  if (x.after?.lower === "interview" && (before === "a" || before === "an")) g.outlet += 2;
  if (heardMemberOf(ec, c, x)) g.outlet += 2;
};

const PEOPLE_PLURAL = /(?:ans|crats|ites)$/;
const SAYING_TIME = new Set(["week", "month", "night", "weekend", "morning", "evening", "afternoon", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** The word before a time of at most two words ending at k ("last week", "Sunday"); `leads` are
 *  the words that may open it. k itself when no time ends there. */
function beforeTime(ec: EvCtx, k: number, leads: RegExp): number {
  let j = k;
  while (j >= 0 && k - j < 2 && ec.tokens[j].word && (SAYING_TIME.has(ec.tokens[j].lower) || (j < k && leads.test(ec.tokens[j].lower)))) j--;
  return j;
}

/** "said last week on X", "said Sunday on X": a time of the saying between the verb and "on"
 *  (k is the time's last word). */
function saidAtTime(ec: EvCtx, k: number): boolean {
  const j = beforeTime(ec, k, /^(?:last|this|early|late)$/);
  return j < k && j >= 0 && SPEECH_VERBS.has(ec.tokens[j].lower);
}

/** "aired (Sunday)", "published (last week)" ending at k, after an interview or a report. */
function shownAt(ec: EvCtx, k: number): boolean {
  const j = beforeTime(ec, k, /^(?:last|this)$/);
  return j >= 1 && /^(?:published|aired|airing|broadcast|posted)$/.test(ec.tokens[j].lower) && /^(?:interview|interviews|report|article|story|piece|profile|podcast|broadcast|op-ed|column)$/.test(ec.tokens[j - 1].lower);
}

/** The words before the name, past "the" and outlet nouns: the preposition and the word before it. */
function headBefore(ec: EvCtx, c: Chunk): { prep: string; head: string } {
  let k = c.from - 1;
  while (k >= 0 && c.from - k <= 3 && ec.tokens[k].word && !ec.tokens[k].cap && (ec.tokens[k].lower === "the" || OUTLET_NOUNS.has(ec.tokens[k].lower) || ec.tokens[k].lower === "broadcaster")) k--;
  return { prep: wordAt(ec, k)?.lower ?? "", head: wordAt(ec, k - 1)?.lower ?? "" };
}

/** "told Chris Vik of NRTV": the name is the body a told person is of. */
function heardMemberOf(ec: EvCtx, c: Chunk, x: Site): boolean {
  let k = c.from - (x.the ? 2 : 1);
  if (ec.tokens[k]?.lower !== "of") return false;
  const of = k;
  while (k - 1 >= 0 && of - k < 3 && ec.tokens[k - 1].word && ec.tokens[k - 1].cap) k--;
  return k < of && TOLD.has(ec.tokens[k - 1]?.lower ?? "");
}

export const CONTEXT_RULES: EvidenceRule[] = [clauseEvidence, verbEvidence, quotedPassiveEvidence, possessiveDocEvidence, invertedCueEvidence, hearerEvidence];
