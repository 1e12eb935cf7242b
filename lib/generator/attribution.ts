// Who said each quote, and through which outlet. Rules, in the order they are tried:
//  1. titles are never attributed;
//  2. a cue right after the quote: "…," Olsen said / said Olsen / Nordpress quoted Olsen as saying / he added;
//  3. the cues before the quote in its sentence, read as a chain: "X reported that Y said",
//     "according to X, quoting Y", "X told the Y that", "calling the plan “…”" (the clause's subject);
//     outlets in the chain become `via`, the speaker is the nearest named speaker;
//  4. a quote with no cue that continues the previous quote (next sentence or next paragraph);
//  5. otherwise no speaker (sure: false).
// Pronouns resolve to the previous quote's speaker for continuation verbs ("he added") and
// otherwise to the subject of the nearest earlier sentence; names inside quotes never count.
// It also adds indirect speech ("X said that …", "according to X, …") as kind "indirect".
import { analyseSpeech, type Speech } from "./speech/context";
import { previousSubject, sentenceSubjectGuess } from "./speech/fallbacks";
import { CONTINUATION_VERBS } from "./speech/lexicon";
import type { Entity, Quote, Sentence, Span } from "./types";

type Found = { speaker: Entity | string | null; via: Entity | null; cue: Span | null; sure: boolean; rule: string };

const nameOf = (s: Entity | string | null) => (s === null ? null : typeof s === "string" ? s : s.name);

export function attributeQuotes(body: string, sentences: Sentence[], entities: Entity[], quotes: Quote[]): Quote[] {
  const sp = analyseSpeech(body, sentences, entities, quotes);
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  const out: Quote[] = [];
  const openIdx = new Set<number>();
  let prev: Prev = null;
  for (const q of ordered) {
    if (q.rule === "marks-open-ended") openIdx.add(out.length);
    if (q.kind === "title" || q.kind === "indirect") {
      out.push({ ...q, speaker: null, via: null, cue: null, sure: false, rule: q.kind === "title" ? "title" : q.rule });
      continue;
    }
    const found = attributeOne(sp, q, prev);
    const speaker = nameOf(found.speaker);
    out.push({ ...q, speaker, via: found.via ? found.via.name : null, cue: found.cue, sure: found.sure && speaker !== null, rule: found.rule });
    if (speaker !== null) prev = { q, speaker: found.speaker, via: found.via, sure: found.sure, lastSentence: q.sentenceIds[q.sentenceIds.length - 1] ?? -1 };
    else if (q.kind === "direct") prev = null; // an unknown voice breaks the chain
  }
  // A paragraph that opens a quote and leaves it open hands it on to the next paragraph's
  // quote; when only that one names the speaker, the speaker applies to both parts.
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i];
    const next = out[i + 1];
    if (openIdx.has(i) && q.speaker === null) {
      if (next.speaker && next.sure && next.kind !== "title" && sp.startsParagraphAfter(next, q)) {
        out[i] = { ...q, speaker: next.speaker, via: next.via, sure: true, rule: "open-paragraph-continued" };
      }
    }
  }
  for (const ind of findIndirect(sp)) out.push(ind);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

type Prev = { q: Quote; speaker: Entity | string | null; via: Entity | null; sure: boolean; lastSentence: number } | null;

function attributeOne(sp: Speech, q: Quote, prev: Prev): Found {
  const firstSentence = q.sentenceIds[0] ?? -1;
  const immediate = prev !== null && firstSentence >= 0 && (prev.lastSentence === firstSentence || prev.lastSentence === firstSentence - 1);

  const before = sp.cuesBefore(q);
  const after = sp.cueAfter(q) ?? (before.length === 0 ? sp.lateCueAfter(q) : null);
  // A verb right before the quote ("Olsen wrote, “…”", "said: “…”") beats one after it.
  const tight = before.length > 0 && before[before.length - 1].tight ? before[before.length - 1] : null;
  // "X said the works were “…”, the Courier reported": the outlet after a partial quote relays it.
  const relayAfter = after !== null && after.relayVia !== null && before.some((c) => c.speaker.kind !== "elided" && c.relayVia === null);
  const pick = tight ?? (relayAfter ? null : after) ?? null;
  const chain = pick ? [pick] : before;

  if (chain.length > 0) {
    // Speaker: the nearest cue with a named or resolvable speaker; via: an outlet earlier in the chain.
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i];
      if (c.speaker.kind === "elided") continue;
      if (c.speaker.kind === "unnamed") return { speaker: null, via: null, cue: c.span, sure: false, rule: `${c.rule}-unnamed` };
      let speaker: Entity | string | null = null;
      let via: Entity | null = c.via;
      let sure = true;
      let rule = c.rule;
      if (c.speaker.kind === "entity") speaker = c.speaker.entity;
      else if (c.speaker.kind === "raw") {
        speaker = c.speaker.name;
        sure = false;
      } else if (c.speaker.kind === "pronoun") {
        const continuing = CONTINUATION_VERBS.has(c.verb);
        if (continuing && prev && prev.speaker) {
          speaker = prev.speaker;
          if (immediate && !via) via = prev.via;
          rule = `${c.rule}-pronoun-previous-quote`;
        } else {
          const e = sp.resolvePronoun(c.speaker.pronoun, c.verbStart, prev?.q ?? null, nameOf(prev?.speaker ?? null));
          speaker = e;
          rule = `${c.rule}-pronoun-subject`;
          if (!e) sure = false;
        }
      } else if (c.speaker.kind === "clause-subject") {
        // "…," he said, adding that …: the sentence's earlier quote speaker, else its subject.
        const sameSentence = prev !== null && prev.speaker !== null && prev.q.sentenceIds.includes(sp.tokens[c.verbStart].sentence);
        speaker = sp.clauseSubject(c.verbStart) ?? (sameSentence && prev ? prev.speaker : null);
        rule = `${c.rule}-clause-subject`;
        if (!speaker) sure = false;
      }
      if (!via) {
        for (let k = i - 1; k >= 0 && !via; k--) via = chain[k].relayVia;
      }
      if (!via && chain === before) via = sp.trailingRelay(q);
      if (typeof speaker === "object" && speaker && via && speaker.id === via.id) via = null;
      return { speaker, via, cue: c.span, sure, rule };
    }
  }
  // "X had one message: “…”": the clause's subject introduces the quote.
  const named = sp.colonName(q);
  if (named) return { speaker: named, via: null, cue: null, sure: true, rule: "colon-name" };
  const colon = sp.colonSubject(q);
  if (colon) return { speaker: colon, via: null, cue: null, sure: true, rule: "colon-subject" };
  // No cue: a quote that carries on from the previous one (same speaker, same outlet if adjacent).
  if (prev && prev.speaker && sp.continues(q, prev.q)) {
    // A guess carried on stays a guess, under its own rule.
    return { speaker: prev.speaker, via: immediate ? prev.via : null, cue: null, sure: prev.sure, rule: prev.sure ? "continuation" : "continuation-of-guess" };
  }
  const guess = (q.kind === "direct" ? previousSubject(sp, q) : null) ?? sentenceSubjectGuess(sp, q);
  if (guess) return { speaker: guess.speaker, via: null, cue: null, sure: false, rule: guess.rule };
  return { speaker: null, via: null, cue: null, sure: false, rule: "no-cue" };
}

/** Indirect speech: "X said (that) …", "X told Y that …", "according to X, …". */
function findIndirect(sp: Speech): Quote[] {
  const out: Quote[] = [];
  for (const f of sp.indirectCandidates()) {
    out.push({
      start: f.clause.start,
      end: f.clause.end,
      text: f.clause.text,
      kind: "indirect",
      quote: f.clause.text,
      speaker: nameOf(f.speaker),
      via: f.via ? f.via.name : null,
      sentenceIds: [f.sentence],
      cue: f.cue,
      sure: f.sure && f.speaker !== null,
      rule: f.rule,
    });
  }
  return out;
}
