// Token-level view of the article for attribution: which tokens sit inside quotes, where each
// entity is mentioned (outside quotes only: a name inside a quote never speaks), the speech cues
// around a quote, and subjects of clauses and sentences for pronouns.
import {
  CALENDAR_WORDS,
  GROUP_NOUNS,
  NAMING_VERBS,
  OPENER_WORDS,
  ORG_WORDS,
  OUTLET_NOUNS,
  PREPOSITIONS,
  PRONOUNS,
  PROXY_NOUNS,
  RELAY_VERBS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEECH_VERBS,
  VERB_FILLERS,
} from "./lexicon";
import { tokenAt, tokenize, type Token } from "./tokens";
import type { Entity, Quote, Sentence, Span } from "../types";

export type SubjectRef =
  | { kind: "entity"; entity: Entity; from: number; to: number }
  | { kind: "pronoun"; pronoun: string; from: number }
  | { kind: "unnamed"; from: number }
  | { kind: "elided" }
  | { kind: "raw"; name: string; from: number }
  | { kind: "clause-subject" };

export type Cue = {
  verb: string;
  /** Token index of the cue's verb (or of "according"). */
  verbStart: number;
  span: Span;
  rule: string;
  /** Only punctuation between the verb and the quote ("X said: “…”"). */
  tight: boolean;
  speaker: SubjectRef;
  /** Outlet named as the hearer or relay of this very cue ("told the X", "X quoted Y"). */
  via: Entity | null;
  /** When this cue is an outlet relaying ("X reported that"), the outlet, for later cues. */
  relayVia: Entity | null;
};

export type IndirectFinding = {
  clause: Span;
  speaker: Entity | string | null;
  via: Entity | null;
  cue: Span;
  sentence: number;
  sure: boolean;
  rule: string;
};

export type Speech = ReturnType<typeof analyseSpeech>;

const MARK = /^["“”‘’'«»„]$/;
const PASSIVE = new Set(["been", "was", "were", "is", "are", "be", "being", "get", "got", "gets"]);
const DETERMINERS = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those", "your", "no", "any", "every"]);
const TIME_SKIP = new Set(["on", "last", "this", "week", "month", "year", "earlier", "later", "night", "morning", "afternoon", "evening", "then", "in", "a", "an", "statement", "interview", "recent", "also", "today", "yesterday", "late", "early", "separately", "again"]);
/** Verbs whose complement clause is what was said ("X said (that) …"). */
const INDIRECT_VERBS = new Set(
  ("said says told tells stated states added adds claimed claims announced announces reported reports wrote writes " +
    "insisted insists argued argues warned warns explained explains noted notes asserted asserts suggested suggests " +
    "acknowledged acknowledges admitted admits confirmed confirms denied denies predicted predicts alleged alleges " +
    "maintained maintains replied replies responded responds declared declares promised promises vowed vows").split(" "),
);
/** How far (in tokens) cues and subjects are looked for around a quote: keeps long sentences linear. */
const WINDOW = 80;
const CONJ = new Set(["and", "but", "or", "then", "so", "nor", "yet"]);
const CLAUSE_OPENERS = new Set(["he", "she", "it", "they", "we", "i", "you", "there", "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those", "some", "many", "no", "all", "both"]);

export function analyseSpeech(body: string, sentences: Sentence[], entities: Entity[], quotes: Quote[]) {
  const tokens: Token[] = tokenize(body, sentences);
  const n = tokens.length;

  // Tokens inside any quote's words.
  const inQuote = new Uint8Array(n);
  for (const q of quotes) {
    for (let k = tokenAt(tokens, q.start); k < n && tokens[k].start < q.end; k++) inQuote[k] = 1;
  }
  // Mentions outside quotes, by first and last token.
  const mentionEnd = new Map<number, { entity: Entity; from: number; to: number }>();
  const mentionStart = new Map<number, { entity: Entity; from: number; to: number }>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const from = tokenAt(tokens, m.start);
      let to = from;
      while (to < n && tokens[to].end < m.end) to++;
      if (from >= n || to >= n || inQuote[from]) continue;
      const rec = { entity: e, from, to };
      // Longer mentions win a shared token.
      const old = mentionEnd.get(to);
      if (!old || old.to - old.from < to - from) mentionEnd.set(to, rec);
      const oldS = mentionStart.get(from);
      if (!oldS || oldS.to - oldS.from < to - from) mentionStart.set(from, rec);
    }
  }
  // Sentence token ranges.
  const sentFrom = new Array<number>(sentences.length).fill(-1);
  const sentTo = new Array<number>(sentences.length).fill(-1);
  for (let k = 0; k < n; k++) {
    const s = tokens[k].sentence;
    if (s < 0) continue;
    if (sentFrom[s] < 0) sentFrom[s] = k;
    sentTo[s] = k + 1;
  }
  // Per sentence: any speech verb outside quotes; the first word outside quotes.
  const speechVerbIn = new Uint8Array(sentences.length);
  const firstFreeWord = new Int32Array(sentences.length).fill(-1);
  for (let k = 0; k < n; k++) {
    const s = tokens[k].sentence;
    if (s < 0 || inQuote[k] || !tokens[k].word) continue;
    if (firstFreeWord[s] < 0) firstFreeWord[s] = k;
    if (!speechVerbIn[s] && SPEECH_VERBS.has(tokens[k].lower) && !DETERMINERS.has(tokens[k - 1]?.lower ?? "")) speechVerbIn[s] = 1;
  }
  const quoteRange = (q: Quote) => {
    const a = tokenAt(tokens, q.start);
    let b = a;
    while (b < n && tokens[b].start < q.end) b++;
    return { a, b };
  };
  const spanOf = (from: number, to: number): Span => {
    const start = tokens[from].start;
    const end = tokens[Math.max(from, to - 1)].end;
    return { start, end, text: body.slice(start, end) };
  };
  const isVerbAt = (k: number, set: Set<string>) => {
    const t = tokens[k];
    if (!t || !t.word || inQuote[k] || !set.has(t.lower)) return false;
    const p = tokens[k - 1];
    if (p && (DETERMINERS.has(p.lower) || (p.possessive && p.word))) return false; // "the report", "the frog's call"
    // "the United States": a capitalised word inside a sentence is a name's, not a verb.
    if (t.cap && p && p.word && p.sentence === t.sentence && !inQuote[k - 1]) return false;
    return true;
  };
  const isPassive = (k: number) => {
    let j = k - 1;
    while (j >= 0 && tokens[j].word && VERB_FILLERS.has(tokens[j].lower) && !PASSIVE.has(tokens[j].lower)) j--;
    return j >= 0 && PASSIVE.has(tokens[j].lower);
  };

  /** Token `from` opens its clause: nothing before it in the sentence but marks or a conjunction. */
  function opensClause(from: number, floor: number): boolean {
    const p = tokens[from - 1];
    if (from <= floor || !p || p.sentence !== tokens[from].sentence) return true;
    return (!p.word && p.text !== ",") || CONJ.has(p.lower);
  }

  /** What stands in subject position before the verb at v (not before `floor`). */
  function subjectBefore(v: number, floor: number): SubjectRef {
    let k = v - 1;
    let skipped = 0;
    while (k >= floor && skipped < 6 && tokens[k].word && !mentionEnd.has(k) && (VERB_FILLERS.has(tokens[k].lower) || TIME_SKIP.has(tokens[k].lower) || CALENDAR_WORDS.has(tokens[k].lower) || /^\d+$/.test(tokens[k].text))) {
      k--;
      skipped++;
    }
    if (k < floor || inQuote[k]) return { kind: "elided" };
    const t = tokens[k];
    const m = mentionEnd.get(k);
    if (m) {
      // "a spokesman for (the) (Westland's) Interior Ministry said": the body is a prepositional object.
      let pi = m.from - 1;
      while (pi >= floor && pi > m.from - 4 && tokens[pi].word && (tokens[pi].possessive || tokens[pi].lower === "the" || (tokens[pi].cap && !PREPOSITIONS.has(tokens[pi].lower)))) pi--;
      const p = tokens[pi];
      if (p && p.word && PREPOSITIONS.has(p.lower) && pi >= floor) {
        const pp = tokens[pi - 1];
        // "Judge Jane Doe of the District Court said": the titled person before "of" speaks.
        const owner = p.lower === "of" && pi - 1 >= floor ? mentionEnd.get(pi - 1) : undefined;
        if (owner && owner.entity.kind === "person") return { kind: "entity", entity: owner.entity, from: owner.from, to: owner.to };
        if (!(p.lower === "to" && pp?.lower === "according")) return { kind: "unnamed", from: m.from };
      }
      return { kind: "entity", entity: m.entity, from: m.from, to: m.to };
    }
    if (!t.word) {
      if (t.text === ",") {
        // "The minister, Jane Doe, said": the name itself is the appositive.
        const named = mentionEnd.get(k - 1);
        if (named && k - 1 >= floor) {
          // (also "Her colleague, Professor Adam Chu, described …")
          let c = named.from - 1;
          while (c >= floor && c > named.from - 4 && tokens[c].word && (tokens[c].cap || ROLE_WORDS.has(tokens[c].lower))) c--;
          if (tokens[c]?.text === ",") return { kind: "entity", entity: named.entity, from: named.from, to: named.to };
        }
        // Appositive: "X, a spokesman for Y, said" / "X, who …, said". An appositive may hold
        // commas and names of its own ("X, director at the University of Y, Z, said"): a name
        // that opens the clause wins over a nearer one inside the appositive.
        let nearest: SubjectRef | null = null;
        for (let c = k - 1; c >= floor && c >= k - 45; c--) {
          if (inQuote[c] || /^[.;:!?]$/.test(tokens[c].text)) break;
          if (tokens[c].text !== ",") continue;
          const before = mentionEnd.get(c - 1);
          if (before && c - 1 >= floor) {
            const ref: SubjectRef = { kind: "entity", entity: before.entity, from: before.from, to: before.to };
            if (opensClause(before.from, floor)) return ref;
            nearest ??= ref;
            continue;
          }
          if (c - 1 >= floor && PRONOUNS.has(tokens[c - 1].lower)) return nearest ?? { kind: "pronoun", pronoun: tokens[c - 1].lower, from: c - 1 };
        }
        if (nearest) return nearest;
        // Sentence-initial "X, 45, said" where the name is the first token.
      }
      return { kind: "elided" };
    }
    if (PRONOUNS.has(t.lower)) return { kind: "pronoun", pronoun: t.lower, from: k };
    if (t.lower === "who" || t.lower === "which") {
      const before = tokens[k - 1]?.text === "," ? mentionEnd.get(k - 2) : mentionEnd.get(k - 1);
      if (before) return { kind: "entity", entity: before.entity, from: before.from, to: before.to };
      return { kind: "unnamed", from: k };
    }
    if (CONJ.has(t.lower)) return { kind: "elided" };
    if (!t.cap) {
      // "Nordpress news agency quoted", "the Harbour Daily newspaper reported"
      if (OUTLET_NOUNS.has(t.lower) || t.lower === "news") {
        for (let j = k - 1; j >= floor && j >= k - 2; j--) {
          const mm = mentionEnd.get(j);
          if (mm) return { kind: "entity", entity: mm.entity, from: mm.from, to: mm.to };
          if (!(tokens[j].lower === "news" || OUTLET_NOUNS.has(tokens[j].lower))) break;
        }
      }
      if (PROXY_NOUNS.has(t.lower)) return { kind: "unnamed", from: k };
      // "the ministry said" after "the Westland Interior Ministry": the one body named so before.
      if (tokens[k - 1]?.lower === "the" && k - 1 >= floor && ORG_WORDS.has(t.lower)) {
        const named = entities.filter((e) => e.kind !== "person" && e.name.toLowerCase().split(/\s+/).pop() === t.lower && (e.mentions[0]?.start ?? Infinity) < t.start);
        if (named.length === 1) return { kind: "entity", entity: named[0], from: k - 1, to: k };
      }
      // "Harbour Weekly's recent analysis … concluded": the owner speaks.
      for (let j = k - 1; j >= floor && j >= k - 10; j--) {
        const tj = tokens[j];
        if (!tj.word || inQuote[j]) break;
        if (PROXY_NOUNS.has(tj.lower)) break;
        const mm = mentionEnd.get(j);
        if (mm) {
          if (tokens[mm.to].possessive) return { kind: "entity", entity: mm.entity, from: mm.from, to: mm.to };
          break;
        }
      }
      return { kind: "unnamed", from: k };
    }
    // An unrecognised capitalised name: use its words, but unsure.
    let j = k;
    while (j - 1 >= floor && tokens[j - 1].word && tokens[j - 1].cap && k - j < 3) j--;
    const words = tokens.slice(j, k + 1).filter((x) => !OPENER_WORDS.has(x.lower) && !GROUP_NOUNS.has(x.lower) && !PROXY_NOUNS.has(x.lower));
    if (words.length === 0) return { kind: "unnamed", from: k };
    const raw = body.slice(words[0].start, words[words.length - 1].end).replace(/['’]s$/, "");
    return { kind: "raw", name: raw, from: j };
  }

  /** After a leading name, the person the noun phrase ends on: "said [Harbour Party] spokesman
   *  Lars Eide", "said [Olsen's] top aide Per Lind". Stops at punctuation, prepositions, conjunctions. */
  function headPerson(from: number): { entity: Entity; from: number; to: number } | null {
    for (let x = from; x < n && x < from + 8; x++) {
      const t = tokens[x];
      if (inQuote[x]) return null;
      if (!t.word) {
        if (t.text === "." && tokens[x - 1]?.cap && tokens[x - 1].text.length <= 4) continue; // "Lt."
        return null;
      }
      if (PREPOSITIONS.has(t.lower) || CONJ.has(t.lower) || t.lower === "who" || SPEECH_VERBS.has(t.lower)) return null;
      const mm = mentionStart.get(x);
      if (mm && mm.entity.kind === "person") return mm;
      if (mm) x = mm.to;
    }
    return null;
  }

  /** Mention (or pronoun) right after position k: "said Olsen", "quoted Olsen as saying". */
  function nounAfter(k: number): SubjectRef {
    let j = k;
    if (tokens[j]?.lower === "the") j++;
    if (j >= n || inQuote[j]) return { kind: "elided" };
    const m = mentionStart.get(j);
    if (m) {
      const head = headPerson(m.to + 1);
      if (head) return { kind: "entity", entity: head.entity, from: head.from, to: head.to };
      return { kind: "entity", entity: m.entity, from: m.from, to: m.to };
    }
    if (PRONOUNS.has(tokens[j].lower) && j === k) return { kind: "pronoun", pronoun: tokens[j].lower, from: j };
    // "said auditor Jane Doe", "said local resident John Roe, 45": a short lead before the name.
    for (let x = j; x < n && x < j + 4 && !inQuote[x] && (tokens[x].word || (tokens[x].text === "." && tokens[x - 1]?.cap && tokens[x - 1].text.length <= 4)); x++) {
      const mm = mentionStart.get(x);
      if (mm) return { kind: "entity", entity: mm.entity, from: mm.from, to: mm.to };
    }
    if (tokens[j].word && !tokens[j].cap) return { kind: "unnamed", from: j };
    return { kind: "elided" };
  }

  /** The outlet mentioned last before token v within the three sentences before, if any. */
  function lastOutletBefore(v: number): Entity | null {
    const s = tokens[v].sentence;
    for (let k = v - 1; k >= 0 && k > v - 4 * WINDOW && tokens[k].sentence >= s - 3; k--) {
      const m = mentionEnd.get(k);
      if (m) {
        if (m.entity.kind === "outlet") return m.entity;
        k = m.from;
      }
    }
    return null;
  }

  /** Outlet told or spoken to: "told the X", "stated to X", "said in an interview with X". */
  function hearerAfter(v: number): Entity | null {
    let j = v + 1;
    if (tokens[j]?.lower === "to") j++;
    if (tokens[j]?.lower === "the") {
      j++;
      // "told the paper": the outlet last named in the preceding sentences.
      const noun = tokens[j];
      if (noun && !inQuote[j] && /^(paper|newspaper|broadcaster|channel|agency|magazine|station|outlet|website|tabloid)$/.test(noun.lower)) {
        return lastOutletBefore(v);
      }
    }
    // "told state broadcaster X", "told the local newspaper X"
    for (let x = j; x < n && x < j + 3; x++) {
      const m = mentionStart.get(x);
      if (m) return m.entity.kind === "outlet" ? m.entity : null;
      if (!tokens[x].word || tokens[x].cap || inQuote[x]) return null;
      if (!(OUTLET_NOUNS.has(tokens[x].lower) || /^(state|local|national|regional|public|private|news|daily|weekly|online|german|french|british)$/.test(tokens[x].lower))) return null;
    }
    return null;
  }

  /**
   * An outlet named as the channel in the cue's own clause: "X, speaking to the Y newspaper,
   * said", "X said in an interview with broadcaster Y", "in comments to the Y", "writing in the Y".
   * Looks from the subject to a few words past the verb; stops at quotes and clause ends.
   */
  function interviewVia(lo: number, v: number): Entity | null {
    if (v >= n) return null;
    const s = tokens[v].sentence;
    const hi = Math.min(n, v + 12);
    for (let k = lo; k < hi; k++) {
      const t = tokens[k];
      if (t.sentence !== s) break;
      if (inQuote[k]) {
        if (k > v) break;
        continue;
      }
      if (k > v && /^[.;:!?]$/.test(t.text)) break;
      const next = tokens[k + 1]?.lower ?? "";
      const channel =
        (/^(interview|interviews|comments|remarks|statement|statements|letter|column|op-ed)$/.test(t.lower) && /^(with|to|for|in|on)$/.test(next)) ||
        (/^(speaking|talking|spoke|talked|writing|wrote)$/.test(t.lower) && /^(to|with|in|on|for)$/.test(next));
      if (!channel) continue;
      const e = outletAt(k + 2);
      if (e) return e;
    }
    return null;
  }

  /** The outlet named at j, after an article and up to three lower-case descriptors. */
  function outletAt(j: number): Entity | null {
    if (/^(the|a|an)$/.test(tokens[j]?.lower ?? "")) j++;
    for (let x = j; x < n && x < j + 4; x++) {
      const m = mentionStart.get(x);
      if (m) return m.entity.kind === "outlet" ? m.entity : null;
      const t = tokens[x];
      if (!t.word || t.cap || inQuote[x]) return null;
      if (!(OUTLET_NOUNS.has(t.lower) || /^(state|local|national|regional|public|private|news|daily|weekly|online|broadcaster|television|tv|radio|newspaper|channel|station|outlet|programme|program|show)$/.test(t.lower))) return null;
    }
    return null;
  }

  /** Builds a cue for the verb at v, given the left floor for its subject. */
  function cueAt(v: number, floor: number, quoteOpen: number): Cue | null {
    const t = tokens[v];
    const lower = t.lower;
    if (isPassive(v)) {
      // "He was quoted (by the X) as saying": the subject speaks, the agent relays.
      if (!/^(quoted|cited)$/.test(lower)) return null;
      let j = v + 1;
      let relay: Entity | null = null;
      if (tokens[j]?.lower === "by") {
        j++;
        if (tokens[j]?.lower === "the") j++;
        const m = mentionStart.get(j);
        if (!m) return null;
        relay = m.entity;
        j = m.to + 1;
      }
      if (tokens[j]?.lower !== "as" || !/^(saying|telling|writing|stating)$/.test(tokens[j + 1]?.lower ?? "")) return null;
      let a = v - 1;
      while (a >= floor && tokens[a].word && (PASSIVE.has(tokens[a].lower) || VERB_FILLERS.has(tokens[a].lower))) a--;
      const subj = subjectBefore(a + 1, floor);
      return mk(v, "from" in subj ? subj.from : v, j + 2, "quoted-passive", subj, relay, null, quoteOpen);
    }
    const isRelay = RELAY_VERBS.has(lower);
    const ing = lower.endsWith("ing");
    // "X quoted Y as saying"
    if (isRelay && /^(quot|cit)/.test(lower)) {
      const obj = nounAfter(v + 1);
      const objEnd = obj.kind === "entity" ? obj.to : obj.kind === "pronoun" ? obj.from : -1;
      if (objEnd >= 0 && tokens[objEnd + 1]?.lower === "as" && /^(saying|telling|writing|stating)$/.test(tokens[objEnd + 2]?.lower ?? "")) {
        const subj = subjectBefore(v, floor);
        const relay = subj.kind === "entity" ? subj.entity : null;
        return mk(v, subj.kind === "entity" ? subj.from : v, objEnd + 3, "quoted-as-saying", obj, relay, null, quoteOpen);
      }
      if (ing) {
        // "quoting Y, …": Y is the source of what follows.
        for (let j = v + 1; j < n && j <= v + 10; j++) {
          if (inQuote[j] || /^[.;:]$/.test(tokens[j].text)) break;
          const m = mentionStart.get(j);
          if (m && !tokens[m.to].possessive) {
            return mk(v, v, m.to + 1, "quoting", { kind: "entity", entity: m.entity, from: m.from, to: m.to }, null, null, quoteOpen);
          }
        }
        return null;
      }
    }
    if (ing && !NAMING_VERBS.has(lower)) {
      // "with Olsen saying: “…”": the participle's own subject speaks.
      const own = mentionEnd.get(v - 1);
      const lead = own ? tokens[own.from - 1] : undefined;
      if (own && own.from >= floor && !tokens[own.to].possessive && (lead?.lower === "with" || opensClause(own.from, floor))) {
        return mk(v, own.from, v + 1, "participle-own-subject", { kind: "entity", entity: own.entity, from: own.from, to: own.to }, null, null, quoteOpen);
      }
    }
    if (ing) {
      // "…, saying “…”" / "calling the plan “…”": the clause's subject speaks.
      if (NAMING_VERBS.has(lower) && quoteOpen >= 0 && quoteOpen - v > 4) return null;
      return mk(v, v, v + 1, NAMING_VERBS.has(lower) ? "naming" : "participle", { kind: "clause-subject" }, null, null, quoteOpen);
    }
    if (NAMING_VERBS.has(lower) && !SPEECH_VERBS.has(lower)) {
      if (quoteOpen < 0 || quoteOpen - v > 4) return null;
      const subj = subjectBefore(v, floor);
      return mk(v, subj.kind === "entity" ? subj.from : v, v + 1, "naming", subj.kind === "elided" || subj.kind === "unnamed" ? { kind: "clause-subject" } : subj, null, null, quoteOpen);
    }
    const subj = subjectBefore(v, floor);
    const from = subj.kind === "entity" || subj.kind === "pronoun" || subj.kind === "raw" || subj.kind === "unnamed" ? subj.from : v;
    const hearer = SPEECH_VERBS.has(lower) ? (hearerAfter(v) ?? interviewVia(Math.max(floor, Math.min(from, v)), v)) : null;
    let relay: Entity | null = null;
    if (isRelay && subj.kind === "entity" && subj.entity.kind === "outlet") relay = subj.entity;
    // "It quoted …": "it" for the outlet named in the sentences before.
    if (isRelay && subj.kind === "pronoun" && subj.pronoun === "it") {
      const e = resolvePronoun("it", v, null, null);
      if (e && e.kind === "outlet") relay = e;
    }
    const end = hearer ? Math.max(v + 1, mentionAfterEnd(v)) : v + 1;
    return mk(v, from, end, isRelay ? "relay" : "speech", subj, hearer, relay, quoteOpen);
  }

  function mentionAfterEnd(v: number): number {
    let j = v + 1;
    if (tokens[j]?.lower === "to") j++;
    if (tokens[j]?.lower === "the") j++;
    const m = mentionStart.get(j);
    return m ? m.to + 1 : v + 1;
  }

  function mk(v: number, from: number, to: number, rule: string, speaker: SubjectRef, via: Entity | null, relayVia: Entity | null, quoteOpen: number): Cue {
    let tight = false;
    if (quoteOpen >= 0 && quoteOpen > v) {
      tight = true;
      for (let j = Math.max(v + 1, to); j < quoteOpen; j++) if (tokens[j].word) tight = false;
    }
    return { verb: tokens[v].lower, verbStart: v, span: spanOf(Math.min(from, v), Math.max(to, v + 1)), rule, tight, speaker, via, relayVia };
  }

  /** "according to X" at token k. */
  function accordingAt(k: number): Cue | null {
    if (tokens[k].lower !== "according" || tokens[k + 1]?.lower !== "to") return null;
    let j = k + 2;
    if (tokens[j]?.lower === "the") j++;
    const m = mentionStart.get(j);
    if (!m) return { verb: "according", verbStart: k, span: spanOf(k, k + 2), rule: "according", tight: false, speaker: { kind: "unnamed", from: k }, via: null, relayVia: null };
    let end = m.to + 1;
    while (end < n && (tokens[end].lower === "news" || OUTLET_NOUNS.has(tokens[end].lower))) end++;
    const relay = m.entity.kind === "outlet" ? m.entity : null;
    return { verb: "according", verbStart: k, span: spanOf(k, end), rule: "according", tight: false, speaker: { kind: "entity", entity: m.entity, from: m.from, to: m.to }, via: null, relayVia: relay };
  }

  /** Cues before a quote in its sentence, left to right (other quotes' words skipped). */
  function cuesBefore(q: Quote): Cue[] {
    const { a } = quoteRange(q);
    const s = q.sentenceIds[0] ?? -1;
    if (s < 0 || sentFrom[s] < 0) return [];
    const floor = Math.max(sentFrom[s], a - WINDOW);
    const quoteOpen = a - 1 >= floor && MARK.test(tokens[a - 1].text) ? a - 1 : a;
    const out: Cue[] = [];
    // Subjects may not reach back over an earlier quote in the sentence.
    let subjFloor = floor;
    for (let k = floor; k < quoteOpen; k++) {
      if (inQuote[k]) {
        subjFloor = k + 1;
        continue;
      }
      const acc = accordingAt(k);
      if (acc) {
        out.push(acc);
        continue;
      }
      if (isVerbAt(k, SPEECH_VERBS) || isVerbAt(k, RELAY_VERBS) || isVerbAt(k, NAMING_VERBS)) {
        const c = cueAt(k, subjFloor, quoteOpen);
        if (c) {
          out.push(c);
          // "quoted … as saying" is one cue: do not read its "saying" again.
          const end = tokenAt(tokens, c.span.end) - 1;
          if (end > k && end < quoteOpen) k = end;
        }
      }
    }
    return out;
  }

  /** The cue right after a quote: "…," Olsen said / said Olsen / Nordpress quoted X as saying. */
  function cueAfter(q: Quote): Cue | null {
    const { b } = quoteRange(q);
    const last = q.sentenceIds[q.sentenceIds.length - 1] ?? -1;
    let k = b;
    while (k < n && !tokens[k].word && !inQuote[k] && /^[,"”’'»\-–—)\]]$/.test(tokens[k].text)) k++;
    if (k >= n || inQuote[k] || tokens[k].sentence !== last || !tokens[k].word) return null;
    const t = tokens[k];
    if (SPEECH_VERBS.has(t.lower) && !t.cap) {
      const subj = nounAfter(k + 1);
      if (subj.kind === "elided") return null;
      const end = subj.kind === "entity" ? subj.to + 1 : "from" in subj ? subj.from + 1 : k + 1;
      const via = hearerAfter(k) ?? interviewVia(end, end);
      return { verb: t.lower, verbStart: k, span: spanOf(k, end), rule: "after-inverted", tight: false, speaker: subj, via, relayVia: null };
    }
    for (let v = k; v < n && v <= k + 10; v++) {
      const abbrev = tokens[v].text === "." && v > k && tokens[v - 1].cap && tokens[v - 1].text.length <= 4; // "Mrs." "Dr."
      if (inQuote[v] || tokens[v].sentence !== last || (/^[.;:!?]$/.test(tokens[v].text) && !abbrev)) break;
      if (!(isVerbAt(v, SPEECH_VERBS) || isVerbAt(v, RELAY_VERBS))) continue;
      const c = cueAt(v, k, -1);
      if (!c) return null;
      // The subject must open the clause right after the quote.
      const sp = c.speaker;
      const from = sp.kind === "entity" || sp.kind === "pronoun" || sp.kind === "raw" || sp.kind === "unnamed" ? sp.from : -1;
      if (c.rule === "quoted-as-saying") {
        const subjStart = tokenAt(tokens, c.span.start);
        if (subjStart > k + 1) return null;
      } else if (sp.kind === "unnamed") {
        // "…," a spokesman said: an unnamed speaker only when a noun phrase opens the clause.
        const opensNp = DETERMINERS.has(tokens[k].lower) || PROXY_NOUNS.has(tokens[k].lower);
        if (!opensNp || from > k + 3) return null;
      } else if (from < 0 || (from > k && !modifiersOnly(k, from))) {
        return null;
      }
      c.rule = `after-${c.rule}`;
      return c;
    }
    return null;
  }

  /** A cue closing the quote's sentence after more words: "“…” for the plan, said Olsen." */
  function lateCueAfter(q: Quote): Cue | null {
    const { b } = quoteRange(q);
    const last = q.sentenceIds[q.sentenceIds.length - 1] ?? -1;
    if (last < 0) return null;
    const stop = Math.min(sentTo[last], b + WINDOW);
    for (let k = b; k < stop; k++) {
      if (inQuote[k]) return null;
      if (tokens[k].text !== ",") continue;
      const v = k + 1 < stop && isVerbAt(k + 1, SPEECH_VERBS) ? k + 1 : -1;
      if (v >= 0) {
        const subj = nounAfter(v + 1);
        if (subj.kind !== "entity") continue;
        return { verb: tokens[v].lower, verbStart: v, span: spanOf(v, subj.to + 1), rule: "after-late-inverted", tight: false, speaker: subj, via: hearerAfter(v), relayVia: null };
      }
      for (let j = k + 2; j < stop && j <= k + 6; j++) {
        if (!isVerbAt(j, SPEECH_VERBS)) continue;
        const c = cueAt(j, k + 1, -1);
        if (!c || c.speaker.kind !== "entity" || c.speaker.from !== k + 1) break;
        return { ...c, rule: "after-late-speech" };
      }
    }
    return null;
  }

  /** Tokens [from, to) are only a noun phrase's lead: "the", a role ("Greenfield chairman"), a possessive. */
  function modifiersOnly(from: number, to: number): boolean {
    if (to - from > 5) return false;
    const roleLed = to - 1 >= from && ROLE_WORDS.has(tokens[to - 1].lower);
    for (let j = from; j < to; j++) {
      const t = tokens[j];
      if (inQuote[j]) return false;
      if (!t.word) {
        if (t.text === "." && j > from && tokens[j - 1].cap) continue; // "Mrs." / "Dr."
        return false;
      }
      if (!(t.cap || t.possessive || roleLed || DETERMINERS.has(t.lower) || ROLE_WORDS.has(t.lower) || ROLE_MODIFIERS.has(t.lower))) return false;
    }
    return true;
  }

  /** First entity in the sentence in subject position (not after a preposition, not a possessive). */
  function sentenceSubject(s: number, before: number, want: (e: Entity) => boolean): Entity | null {
    if (s < 0 || sentFrom[s] < 0) return null;
    for (let k = sentFrom[s]; k < sentTo[s] && k < before && k < sentFrom[s] + WINDOW; k++) {
      if (inQuote[k]) continue;
      const m = mentionStart.get(k);
      if (!m) continue;
      let pi = k - 1;
      while (pi >= sentFrom[s] && pi > k - 4 && tokens[pi].word && (tokens[pi].lower === "the" || tokens[pi].possessive)) pi--;
      const p = tokens[pi];
      const prepositional = p && p.sentence === s && p.word && PREPOSITIONS.has(p.lower);
      // "The Olsen campaign said": a person's name after "the" modifies the noun that is the subject.
      const next = tokens[m.to + 1];
      if (!prepositional && m.entity.kind === "person" && tokens[k - 1]?.lower === "the" && next?.word && !next.cap) return null;
      if (!prepositional && !tokens[m.to].possessive && want(m.entity)) {
        // "Harbour Post columnist Lars Eide calls …": the person the noun phrase ends on.
        const head = headPerson(m.to + 1);
        return head && head.from < before && want(head.entity) ? head.entity : m.entity;
      }
      k = m.to;
    }
    return null;
  }

  function resolvePronoun(pronoun: string, verbTok: number, prevQuote: Quote | null, prevSpeaker: string | null): Entity | null {
    // "they", "we", "I" often stand for unnamed groups or the quoted voice: no guess.
    if (pronoun !== "he" && pronoun !== "she" && pronoun !== "it") return null;
    const want = (e: Entity) => (pronoun === "it" ? e.kind !== "person" : e.kind === "person");
    const s0 = tokens[verbTok]?.sentence ?? -1;
    for (let s = s0 - 1; s >= 0 && s >= s0 - 3; s--) {
      if (prevQuote && prevSpeaker && prevQuote.sentenceIds.includes(s)) {
        const e = entities.find((x) => x.name === prevSpeaker);
        if (e && want(e)) return e;
      }
      const e = sentenceSubject(s, Infinity, want);
      if (e) return e;
    }
    return null;
  }

  function clauseSubject(verbTok: number): Entity | null {
    const s = tokens[verbTok]?.sentence ?? -1;
    if (s < 0) return null;
    // A sentence opened by "He"/"She"/"It" takes the pronoun's referent.
    let first = sentFrom[s];
    while (first < verbTok && first < sentFrom[s] + WINDOW && (!tokens[first].word || inQuote[first])) first++;
    const opener = tokens[first]?.lower ?? "";
    if (first < verbTok && (opener === "he" || opener === "she" || opener === "it")) return resolvePronoun(opener, first, null, null);
    return saidBefore(s, verbTok) ?? sentenceSubject(s, verbTok, () => true);
  }

  /** "…, Olsen said, adding …": the named subject of the nearest speech verb before the participle. */
  function saidBefore(s: number, verbTok: number): Entity | null {
    for (let k = verbTok - 1; k >= sentFrom[s] && k > verbTok - 12; k--) {
      if (inQuote[k]) return null;
      if (!isVerbAt(k, SPEECH_VERBS) || tokens[k].lower.endsWith("ing")) continue;
      const subj = subjectBefore(k, sentFrom[s]);
      if (subj.kind === "entity") return subj.entity;
      const after = nounAfter(k + 1); // "…, said Olsen, adding"
      return after.kind === "entity" ? after.entity : null;
    }
    return null;
  }

  /** ", X news agency reported." at the end of the quote's sentence. */
  function trailingRelay(q: Quote): Entity | null {
    const { b } = quoteRange(q);
    const last = q.sentenceIds[q.sentenceIds.length - 1] ?? -1;
    if (last < 0) return null;
    for (let k = b; k < sentTo[last] && k < b + WINDOW; k++) {
      if (inQuote[k] || !isVerbAt(k, RELAY_VERBS)) continue;
      const subj = subjectBefore(k, b);
      if (subj.kind === "entity" && subj.entity.kind === "outlet") return subj.entity;
    }
    return null;
  }

  /** A cue-less quote opening its sentence right after the previous quote's sentence. */
  function continues(q: Quote, prevQ: Quote): boolean {
    // A sentence with its own (unparsed) speech verb is no silent continuation.
    for (const s of q.sentenceIds) if (speechVerbIn[s]) return false;
    const first = q.sentenceIds[0] ?? -1;
    const prevLast = prevQ.sentenceIds[prevQ.sentenceIds.length - 1] ?? -1;
    if (first < 0 || prevLast < 0 || first - prevLast > 1 || first < prevLast) return false;
    const { a } = quoteRange(q);
    return firstFreeWord[first] < 0 || firstFreeWord[first] >= a;
  }

  /** "X had a warning for them: “…”": the subject of the clause that a colon hands to the quote. */
  function colonSubject(q: Quote): Entity | null {
    const { a } = quoteRange(q);
    let k = a - 1;
    while (k >= 0 && !tokens[k].word && MARK.test(tokens[k].text)) k--;
    if (k < 0 || tokens[k].text !== ":" || inQuote[k]) return null;
    return sentenceSubject(tokens[k].sentence, k, () => true);
  }

  /** "Jane Doe: “…”", "More from Doe: “…”": a name right before the colon that opens the quote. */
  function colonName(q: Quote): Entity | null {
    const { a } = quoteRange(q);
    let k = a - 1;
    while (k >= 0 && !tokens[k].word && MARK.test(tokens[k].text)) k--;
    if (k < 1 || tokens[k].text !== ":" || inQuote[k]) return null;
    const m = mentionEnd.get(k - 1);
    return m && !tokens[m.to].possessive ? m.entity : null;
  }

  /** `next` opens the paragraph right after the one where `q` sits. */
  function startsParagraphAfter(next: Quote, q: Quote): boolean {
    const qs = q.sentenceIds[q.sentenceIds.length - 1] ?? -1;
    const ns = next.sentenceIds[0] ?? -1;
    if (qs < 0 || ns < 0 || sentences[ns].paragraph !== sentences[qs].paragraph + 1) return false;
    if (next.start - sentences[ns].start > 12) return false;
    return body.slice(sentences[ns].start, next.start).replace(/[\s"“‘'«„]/g, "") === "";
  }

  /** The nearest person other than `not` mentioned in the sentence of token v (before v) or
   *  the two sentences before it. */
  function otherPersonBefore(v: number, not: Entity): Entity | null {
    const s0 = tokens[v]?.sentence ?? -1;
    for (let s = s0; s >= 0 && s >= s0 - 2; s--) {
      if (sentFrom[s] < 0) continue;
      const to = s === s0 ? v : sentTo[s];
      for (let k = sentFrom[s]; k < to && k < sentFrom[s] + WINDOW; k++) {
        const m = mentionStart.get(k);
        if (!m || inQuote[k]) continue;
        if (m.entity.kind === "person" && m.entity !== not) return m.entity;
        k = m.to;
      }
    }
    return null;
  }

  /** The outlet that `e` told something in the sentence before token v ("e told the Courier …"). */
  function previousTold(v: number, e: Entity): Entity | null {
    const s = (tokens[v]?.sentence ?? -1) - 1;
    if (s < 0 || sentFrom[s] < 0) return null;
    for (let k = sentFrom[s]; k < sentTo[s] && k < sentFrom[s] + WINDOW; k++) {
      if (!isVerbAt(k, SPEECH_VERBS)) continue;
      const subj = subjectBefore(k, sentFrom[s]);
      if (subj.kind !== "entity" || subj.entity !== e) continue;
      const heard = hearerAfter(k) ?? interviewVia(subj.from, k);
      if (heard) return heard;
    }
    return null;
  }

  /** Indirect speech in every sentence: "X said (that) …", "X told Y that …", "according to X, …". */
  function indirectCandidates(): IndirectFinding[] {
    const out: IndirectFinding[] = [];
    for (let s = 0; s < sentences.length; s++) {
      if (sentFrom[s] < 0) continue;
      const from = sentFrom[s];
      const to = sentTo[s];
      let relayVia: Entity | null = null;
      let quotingSource: Entity | null = null;
      for (let k = from; k < to; k++) {
        if (inQuote[k]) continue;
        const acc = accordingAt(k);
        if (acc && acc.speaker.kind === "entity") {
          // "According to X, (quoting Y,) clause" or "clause, according to X."
          const after = tokenAt(tokens, acc.span.end);
          let j = after;
          if (tokens[j]?.text === ",") j++;
          if (tokens[j]?.lower === "quoting") {
            const qc = cueAt(j, from, -1);
            if (qc && qc.speaker.kind === "entity") quotingSource = qc.speaker.entity;
            while (j < to && tokens[j].text !== ",") j++;
            j++;
          }
          // "According to X, which cited two officials, …": skip the relative clause.
          if ((tokens[j]?.lower === "which" || tokens[j]?.lower === "who") && j < to) {
            let c = j;
            while (c < to && tokens[c].text !== "," && !inQuote[c]) c++;
            if (c < to && tokens[c].text === ",") j = c + 1;
          }
          const atStart = k === from || (k === from + 1 && !tokens[from].word);
          let clause: Span | null = null;
          if (atStart && j < to) clause = clauseSpan(j, to);
          else if (!atStart && k - 1 > from) clause = clauseSpan(from, tokens[k - 1]?.text === "," ? k - 1 : k);
          if (clause) {
            const speaker = quotingSource ?? acc.speaker.entity;
            const via = quotingSource ? acc.speaker.entity : null;
            out.push({ clause, speaker, via, cue: acc.span, sentence: s, sure: true, rule: quotingSource ? "according-quoting" : "according" });
          }
          quotingSource = null;
          k = after - 1;
          continue;
        }
        if (!(isVerbAt(k, SPEECH_VERBS) || isVerbAt(k, RELAY_VERBS))) continue;
        const t = tokens[k];
        if (!INDIRECT_VERBS.has(t.lower) || isPassive(k)) continue;
        const start = complementStart(k, to);
        if (start < 0) continue;
        const cue = cueAt(k, from, -1);
        if (!cue) continue;
        const subj = cue.speaker;
        if (subj.kind !== "entity" && subj.kind !== "pronoun") continue;
        const speaker = subj.kind === "entity" ? subj.entity : resolvePronoun(subj.pronoun, k, null, null);
        // A relay whose clause holds a named speaker's verb: the inner speaker is the one.
        if (RELAY_VERBS.has(t.lower) && subj.kind === "entity" && subj.entity.kind === "outlet" && innerSpeech(start, to)) {
          relayVia = subj.entity;
          continue;
        }
        const clause = clauseSpan(start, to);
        if (!clause) continue;
        out.push({ clause, speaker, via: cue.via ?? relayVia, cue: cue.span, sentence: s, sure: speaker !== null, rule: `indirect-${cue.rule}` });
        relayVia = null;
        break; // one finding per sentence: the outermost named speaker
      }
    }
    return out;
  }

  function innerSpeech(from: number, to: number): boolean {
    for (let k = from; k < to && k < from + 8; k++) {
      if (inQuote[k]) return false;
      if (isVerbAt(k, SPEECH_VERBS)) {
        const subj = subjectBefore(k, from);
        return subj.kind === "entity" || subj.kind === "pronoun";
      }
    }
    return false;
  }

  /** Where the reported clause after a speech verb begins, or -1. */
  function complementStart(v: number, to: number): number {
    let j = v + 1;
    const lower = tokens[v].lower;
    if (/^(told|tells|tell|asked|assured|informed|warned|reminded)$/.test(lower)) {
      // skip the hearer: a mention, "reporters", "the paper", "him"
      if (tokens[j]?.lower === "the") j++;
      const m = mentionStart.get(j);
      if (m) j = m.to + 1;
      else if (tokens[j]?.word) j++;
    }
    let guard = 0;
    let prepositional = false;
    while (j < to && guard < 6 && tokens[j].word && (TIME_SKIP.has(tokens[j].lower) || CALENDAR_WORDS.has(tokens[j].lower) || VERB_FILLERS.has(tokens[j].lower)) && tokens[j].lower !== "that") {
      if (PREPOSITIONS.has(tokens[j].lower)) prepositional = true;
      j++;
      guard++;
    }
    if (j >= to || inQuote[j]) return -1;
    if (tokens[j].lower === "that") return j + 1 < to ? j + 1 : -1;
    // "told reporters in the capital": after a prepositional phrase only "that" opens a clause.
    if (prepositional) return -1;
    if (tokens[j].word && (CLAUSE_OPENERS.has(tokens[j].lower) || mentionStart.has(j))) return j;
    return -1;
  }

  /** The clause text from token `from` to the sentence end, minus a trailing relay and stop. */
  function clauseSpan(from: number, toSentence: number): Span | null {
    const to = Math.min(toSentence, from + 3 * WINDOW);
    let end = to;
    // drop ", X reported." / ", media reported."
    for (let k = from + 1; k < to; k++) {
      if (tokens[k].text === "," && !inQuote[k]) {
        let j = k + 1;
        let seen = 0;
        while (j < to && tokens[j].word && seen < 5 && !isVerbAt(j, RELAY_VERBS) && !isVerbAt(j, SPEECH_VERBS)) {
          j++;
          seen++;
        }
        if (j < to && (isVerbAt(j, RELAY_VERBS) || isVerbAt(j, SPEECH_VERBS)) && (j + 1 >= to || /^[.!?]$/.test(tokens[j + 1].text))) {
          end = k;
          break;
        }
      }
    }
    while (end > from && !tokens[end - 1].word && !MARK.test(tokens[end - 1].text) && tokens[end - 1].text !== ")") end--;
    if (end <= from) return null;
    return spanOf(from, end);
  }

  return { tokens, inQuote, sentFrom, firstFreeWord, speechVerbIn, quoteRange, sentenceSubject, cuesBefore, cueAfter, lateCueAfter, colonName, otherPersonBefore, previousTold, resolvePronoun, clauseSubject, trailingRelay, continues, startsParagraphAfter, colonSubject, indirectCandidates };
}
