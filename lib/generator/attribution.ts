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
import { analyseSpeech, type Cue, type Speech } from "./speech/context";
import { readCue, type Prev, type Speaker } from "./speech/cue-speaker";
import { previousSubject, sentenceSubjectGuess } from "./speech/fallbacks";
import type { TextLayer } from "./text/layer";
import { tokenAt } from "./text/tokens";
import { ANAPHORIC_TITLES } from "./text/lexicon";
import type { Entity, Quote, Span } from "./types";

type Found = { speaker: Speaker; via: Entity | null; viaRule: string | null; cue: Span | null; sure: boolean; rule: string };

const nameOf = (s: Speaker) => (s === null ? null : typeof s === "string" ? s : s.name);

export function attributeQuotes(text: TextLayer, entities: Entity[], quotes: Quote[]): Quote[] {
  const sp = analyseSpeech(text, entities, quotes);
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
    const viaRule = found.via && found.viaRule ? { viaRule: found.viaRule } : {};
    const frame = frameOf(sp, q, found);
    const mark = nameMark(entities, speaker, found.cue);
    const rule = found.rule + mark + frame;
    out.push({ ...q, speaker, via: found.via ? found.via.name : null, cue: found.cue, sure: found.sure && speaker !== null, rule, ...viaRule });
    const anchor: string = found.rule.startsWith("continuation-") && prev ? prev.anchor : found.rule + (mark === "-title" ? mark : "") + frame;
    if (speaker !== null) prev = { q, speaker: found.speaker, via: found.via, sure: found.sure, lastSentence: q.sentenceIds[q.sentenceIds.length - 1] ?? -1, anchor };
    else if (q.kind === "direct") prev = null; // an unknown voice breaks the chain
  }
  handOpenQuotes(sp, out, openIdx);
  for (const ind of findIndirect(sp)) out.push(ind);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A frame around the speaker's cue that makes the words perhaps not theirs: another source's
 *  report, a thing that says them, a term a naming clause applies. Each is measured apart. */
function frameOf(sp: Speech, q: Quote, found: Found): string {
  if (!found.cue) return "";
  if (sp.secondHand(q, found.cue)) return "-second-hand";
  if (found.cue.end <= q.start && sp.thingSays(q, found.cue)) return "-thing-says";
  if (found.cue.start >= q.end && q.kind === "partial" && sp.namedTerm(q)) return "-named-term";
  return "";
}

/** How the key's name was reached, when that is less certain than the cue: a surname only, a typo. */
function nameMark(entities: Entity[], speaker: string | null, cue: Span | null): string {
  return surnameOnly(entities, speaker) ? "-surname-only" : misspelt(entities, speaker, cue) ? "-typo" : titled(entities, speaker, cue) ? "-title" : "";
}

/** A cue that names the speaker only by a bare title ("…,” the minister said): the title
 *  points back to the one person given it, a reading measured under its own rule id. */
function titled(entities: Entity[], speaker: string | null, cue: Span | null): boolean {
  if (!speaker || !cue) return false;
  const e = entities.find((x) => x.name === speaker && x.kind === "person");
  return !!e && e.mentions.some((m) => m.start >= cue.start && m.end <= cue.end && /^the \p{Ll}+$/iu.test(m.text) && ANAPHORIC_TITLES.has(m.text.slice(4).toLowerCase()));
}

/** A person the article never names in full ("Ms Varga" only): either their introduction was
 *  missed or it is spelt otherwise, so the key cannot give the full name. Such findings are
 *  measured under their own rule id. */
function surnameOnly(entities: Entity[], speaker: string | null): boolean {
  if (!speaker || /\s/.test(speaker.trim())) return false;
  return entities.some((e) => e.name === speaker && e.kind === "person");
}

/** A cue that names the speaker only by a misspelt surname ("Ms Bauchtman said" for Lydia
 *  Buchtmann): the link is a guess from spelling, so it is measured under its own rule id. */
function misspelt(entities: Entity[], speaker: string | null, cue: Span | null): boolean {
  if (!speaker || !cue) return false;
  const e = entities.find((x) => x.name === speaker && x.kind === "person");
  if (!e) return false;
  const words = new Set(e.name.toLowerCase().split(/\s+/));
  const cueWords: string[] = cue.text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  if (cueWords.some((w) => words.has(w))) return false;
  return e.aliases.some((a) => !/\s/.test(a) && a !== a.toUpperCase() && !words.has(a.toLowerCase()) && cueWords.includes(a.toLowerCase()));
}

/** A paragraph that opens a quote and leaves it open hands it on to the next paragraph's
 *  quote; when only that one names the speaker, the speaker applies to both parts. */
function handOpenQuotes(sp: Speech, out: Quote[], openIdx: Set<number>): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i];
    const next = out[i + 1];
    if (openIdx.has(i) && q.speaker === null && next.speaker && next.sure && next.kind !== "title" && sp.startsParagraphAfter(next, q)) {
      out[i] = { ...q, speaker: next.speaker, via: next.via, sure: true, rule: "open-paragraph-continued" };
    }
  }
}

/** The cues to read: a tight cue before the quote, else the cue after it, else the chain before. */
function cueChain(sp: Speech, q: Quote): { chain: Cue[]; before: boolean } {
  const before = sp.cuesBefore(q);
  // (a cue before that names no one, "his endorsements will carry “…”", leaves room for a late one)
  const after = sp.cueAfter(q) ?? (before.every(namesNoOne) ? sp.lateCueAfter(q) : null);
  // A verb right before the quote ("Olsen wrote, “…”", "said: “…”") beats one after it, unless
  // it names no one and a late cue names someone ("his endorsements will carry “…” and help,
  // Olsen aide Per Lind said").
  const last = before[before.length - 1];
  const namedLate = after !== null && after.speaker.kind === "entity" && after.rule.startsWith("after-late-");
  const tight = last && last.tight && !(last.speaker.kind === "unnamed" && namedLate) ? last : null;
  // "X said the works were “…”, the Courier reported": the outlet after a partial quote relays it.
  const relayAfter = after !== null && after.relayVia !== null && before.some((c) => c.speaker.kind !== "elided" && c.relayVia === null);
  // (a tight cue with a speaker keeps the relays before it: "It quoted X, with X saying: “…”")
  if (tight && tight.speaker.kind !== "elided") return { chain: before, before: true };
  const pick = tight ?? (relayAfter ? null : after) ?? null;
  return pick ? { chain: [pick], before: false } : { chain: before, before: true };
}

const namesNoOne = (c: Cue) => c.speaker.kind === "elided" || c.speaker.kind === "unnamed";

function fromChain(sp: Speech, q: Quote, prev: Prev, immediate: boolean): Found | null {
  const { chain, before } = cueChain(sp, q);
  // Speaker: the nearest cue with a named or resolvable speaker; via: an outlet earlier in the chain.
  for (let i = chain.length - 1; i >= 0; i--) {
    const c = chain[i];
    if (c.speaker.kind === "elided") continue;
    if (c.speaker.kind === "unnamed") {
      // An unnamed voice may still come through a named outlet ("a letter seen by the X says").
      return { speaker: null, via: c.via, viaRule: c.via ? "cue-hearer" : null, cue: c.span, sure: false, rule: `${c.rule}-unnamed` };
    }
    // "The Courier cited passages, including: “…”": an outlet quoting or citing relays words that
    // are not its own; with no source named, the speaker stays unknown.
    if (c.speaker.kind === "entity" && c.speaker.entity.kind === "outlet" && c.rule === "relay" && /^(quot|cit)/.test(c.verb)) {
      return { speaker: null, via: c.speaker.entity, viaRule: "relay-quoted", cue: c.span, sure: false, rule: "relay-quoted-unnamed" };
    }
    const r = readCue(sp, c, q, prev, immediate);
    let { via, viaRule } = r;
    for (let k = i - 1; k >= 0 && !via; k--) if (chain[k].relayVia) ({ via, viaRule } = { via: chain[k].relayVia, viaRule: "relay-chain" });
    if (!via && before) {
      via = sp.trailingRelay(q);
      viaRule = "trailing-relay";
    } else if (!via) {
      via = sp.trailingRelay(q, tokenAt(sp.tokens, c.span.end));
      if (via) viaRule = "trailing-relay";
    }
    if (typeof r.speaker === "object" && r.speaker && via && r.speaker.id === via.id) via = null;
    return { speaker: r.speaker, via, viaRule, cue: c.span, sure: r.sure, rule: r.rule };
  }
  return null;
}

function attributeOne(sp: Speech, q: Quote, prev: Prev): Found {
  const firstSentence = q.sentenceIds[0] ?? -1;
  const immediate = prev !== null && firstSentence >= 0 && (prev.lastSentence === firstSentence || prev.lastSentence === firstSentence - 1);
  const cued = fromChain(sp, q, prev, immediate);
  if (cued) return cued;
  const bare = { via: null, viaRule: null, cue: null };
  // "Olsen: “…”"; "X had one message: “…”": the name or the clause's subject introduces the quote.
  const named = sp.colonName(q);
  if (named) return { ...bare, speaker: named, sure: true, rule: "colon-name" };
  const owner = q.kind === "partial" || q.kind === "scare" ? sp.possessorOf(q) : null;
  if (owner === "unnamed") return { ...bare, speaker: null, sure: false, rule: "possessive-saying-noun-unnamed" };
  if (owner) return { ...bare, speaker: owner, sure: true, rule: "possessive-saying-noun" };
  const colon = sp.colonSubject(q);
  if (colon) return { ...bare, speaker: colon, sure: true, rule: "colon-subject" };
  // No cue: a quote that carries on from the previous one (same speaker, same outlet if adjacent).
  if (prev && prev.speaker && sp.continues(q, prev.q, nameOf(prev.speaker))) {
    const via = immediate && prev.via ? { via: prev.via, viaRule: "previous-quote" } : {};
    // A guess carried on stays a guess, under its own rule.
    // A chain begun by the plain "“…,” X said" cue is measured apart: a continuation is only as
    // sure as the cue it inherits its speaker from.
    const from = prev.anchor === "after-speech" ? "-from-after-speech" : "";
    const rule = prev.sure ? `continuation-${continuationReach(sp, q, prev.q)}${from}` : "continuation-of-guess";
    return { ...bare, ...via, speaker: prev.speaker, sure: prev.sure, rule };
  }
  const guess = (q.kind === "direct" ? previousSubject(sp, q) : null) ?? sentenceSubjectGuess(sp, q);
  if (guess) return { ...bare, speaker: guess.speaker, sure: false, rule: guess.rule };
  return { ...bare, speaker: null, sure: false, rule: "no-cue" };
}

/** Where a cue-less continuation sits against the quote it carries on: in the same sentence
 *  ("“…,” Olsen said, “…”"), in the next sentence of the paragraph, or opening the next
 *  paragraph, where a new voice is likelier. Each is measured under its own rule id. */
function continuationReach(sp: Speech, q: Quote, prevQ: Quote): string {
  const first = q.sentenceIds[0] ?? -1;
  if (prevQ.sentenceIds.includes(first)) return "same-sentence";
  return sp.sameParagraph(q, prevQ) ? "next-sentence" : "next-paragraph";
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
