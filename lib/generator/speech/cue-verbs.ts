// The cue a speech, relay or naming verb makes at token v: an ordered list of small parsers,
// each for one construction; the first that applies decides (a parser may also reject the verb).
import { NAMING_VERBS, OUTLET_NOUNS, PASSIVE, PREPOSITIONS, RELAY_VERBS, SPEECH_VERBS, VERB_FILLERS, WITNESS_VERBS } from "../text/lexicon";
import { spanOf, isPassive, opensClause, type Ctx, type SubjectRef, type Cue } from "./ctx";
import { subjectBefore, nounAfter, ref } from "./subjects";
import { hearerAfter, interviewVia, mentionAfterEnd } from "./outlets";
import { resolvePronoun } from "./referents";
import type { Entity } from "../types";

/** A cue, null (the verb makes no cue), or undefined (not this parser's construction). */
type CueParser = (ctx: Ctx, v: number, floor: number, quoteOpen: number) => Cue | null | undefined;

const AS_SAYING = /^(saying|telling|writing|stating)$/;

/** Builds a cue for the verb at v; `tight` when only punctuation lies between it and the quote. */
export function mk(ctx: Ctx, v: number, from: number, to: number, rule: string, speaker: SubjectRef, via: Entity | null, relayVia: Entity | null, quoteOpen: number): Cue {
  let tight = false;
  if (quoteOpen >= 0 && quoteOpen > v) {
    tight = true;
    for (let j = Math.max(v + 1, to); j < quoteOpen; j++) if (ctx.tokens[j].word) tight = false;
  }
  return { verb: ctx.tokens[v].lower, verbStart: v, span: spanOf(ctx, Math.min(from, v), Math.max(to, v + 1)), rule, tight, speaker, via, relayVia };
}

/** "He was quoted (by the X) as saying": the subject speaks, the agent relays. */
const passiveQuoted: CueParser = (ctx, v, floor, quoteOpen) => {
  if (!isPassive(ctx, v)) return undefined;
  if (!/^(quoted|cited)$/.test(ctx.tokens[v].lower)) return null;
  let j = v + 1;
  let relay: Entity | null = null;
  if (ctx.tokens[j]?.lower === "by") {
    j++;
    if (ctx.tokens[j]?.lower === "the") j++;
    const m = ctx.mentionStart.get(j);
    if (!m) return null;
    relay = m.entity;
    j = m.to + 1;
    // "quoted by Nordpress news agency as saying": the outlet's noun after its name
    while (j < ctx.n && !ctx.tokens[j].cap && (ctx.tokens[j].lower === "news" || OUTLET_NOUNS.has(ctx.tokens[j].lower))) j++;
  }
  if (ctx.tokens[j]?.lower !== "as" || !AS_SAYING.test(ctx.tokens[j + 1]?.lower ?? "")) return null;
  // "… was quoted as saying by the X": the agent may come after the verb of saying too.
  if (!relay && ctx.tokens[j + 2]?.lower === "by") {
    const at = ctx.tokens[j + 3]?.lower === "the" ? j + 4 : j + 3;
    relay = ctx.mentionStart.get(at)?.entity ?? null;
  }
  let a = v - 1;
  while (a >= floor && ctx.tokens[a].word && (PASSIVE.has(ctx.tokens[a].lower) || VERB_FILLERS.has(ctx.tokens[a].lower))) a--;
  const subj = subjectBefore(ctx, a + 1, floor);
  return mk(ctx, v, "from" in subj ? subj.from : v, j + 2, "quoted-passive", subj, relay, null, quoteOpen);
};

/** "X quoted Y as saying": Y speaks, X relays. */
const quotedAsSaying: CueParser = (ctx, v, floor, quoteOpen) => {
  if (!/^(quot|cit)/.test(ctx.tokens[v].lower) || !RELAY_VERBS.has(ctx.tokens[v].lower)) return undefined;
  const named = nounAfter(ctx, v + 1);
  const namedEnd = named.kind === "entity" ? named.to : named.kind === "pronoun" ? named.from : -1;
  const isNamed = namedEnd >= 0 && ctx.tokens[namedEnd + 1]?.lower === "as" && AS_SAYING.test(ctx.tokens[namedEnd + 2]?.lower ?? "");
  // "Xinhua quoted a senior planning official as saying": one no name identifies speaks.
  const objEnd = isNamed ? namedEnd : unnamedBeforeAsSaying(ctx, v + 1);
  if (objEnd < 0) return undefined;
  const obj: SubjectRef = isNamed ? named : { kind: "unnamed", from: v + 1 };
  const subj = subjectBefore(ctx, v, floor);
  const relay = subj.kind === "entity" ? subj.entity : null;
  return mk(ctx, v, subj.kind === "entity" ? subj.from : v, objEnd + 3, "quoted-as-saying", obj, relay, null, quoteOpen);
};

/** The last word of a short unnamed object before "as saying" ("a senior official"), else -1. */
function unnamedBeforeAsSaying(ctx: Ctx, from: number): number {
  for (let j = from; j < ctx.n && j < from + 8; j++) {
    const t = ctx.tokens[j];
    if (!t.word || ctx.inQuote[j] || ctx.mentionStart.has(j)) return -1;
    if (j > from && t.lower === "as" && AS_SAYING.test(ctx.tokens[j + 1]?.lower ?? "")) return j - 1;
  }
  return -1;
}

/** "quoting Y, …": Y is the source of what follows. */
const quotingSource: CueParser = (ctx, v, _floor, quoteOpen) => {
  const lower = ctx.tokens[v].lower;
  if (!/^(quot|cit)/.test(lower) || !RELAY_VERBS.has(lower) || !lower.endsWith("ing")) return undefined;
  for (let j = v + 1; j < ctx.n && j <= v + 10; j++) {
    if (ctx.inQuote[j] || /^[.;:]$/.test(ctx.tokens[j].text)) break;
    const m = ctx.mentionStart.get(j);
    if (m && !ctx.tokens[m.to].possessive) return mk(ctx, v, v, m.to + 1, "quoting", { kind: "entity", entity: m.entity, from: m.from, to: m.to }, null, null, quoteOpen);
  }
  return null;
};

/** "with Olsen saying: “…”": the participle's own subject speaks. */
const participleOwnSubject: CueParser = (ctx, v, floor, quoteOpen) => {
  const lower = ctx.tokens[v].lower;
  if (!lower.endsWith("ing") || NAMING_VERBS.has(lower)) return undefined;
  const own = ctx.mentionEnd.get(v - 1);
  const lead = own ? ctx.tokens[own.from - 1] : undefined;
  if (!own || own.from < floor || ctx.tokens[own.to].possessive || !(lead?.lower === "with" || WITNESS_VERBS.has(lead?.lower ?? "") || opensClause(ctx, own.from, floor))) return undefined;
  return mk(ctx, v, own.from, v + 1, "participle-own-subject", ref(own), null, null, quoteOpen);
};

/** "prompted Lind to say: “…”", "led Olsen to declare": the infinitive's subject speaks, the
 *  person named right before its "to". */
const infinitiveOwnSubject: CueParser = (ctx, v, floor, quoteOpen) => {
  if (ctx.tokens[v - 1]?.lower !== "to" || ctx.inQuote[v - 1]) return undefined;
  const own = ctx.mentionEnd.get(v - 2);
  if (!own || own.from < floor || own.entity.kind !== "person" || ctx.tokens[own.to].possessive) return undefined;
  // ("went to Lind to say": after a preposition the name is no subject of the infinitive)
  if (PREPOSITIONS.has(ctx.tokens[own.from - 1]?.lower ?? "")) return undefined;
  return mk(ctx, v, own.from, v + 1, "infinitive-own-subject", ref(own), null, null, quoteOpen);
};

/** "…, saying “…”" / "calling the plan “…”": the clause's subject speaks. */
const participle: CueParser = (ctx, v, _floor, quoteOpen) => {
  const lower = ctx.tokens[v].lower;
  if (!lower.endsWith("ing")) return undefined;
  const naming = NAMING_VERBS.has(lower);
  if (naming && quoteOpen >= 0 && quoteOpen - v > 4) return null;
  // "…, telling the Ledger: “…”": the hearer is the via, as after "told".
  const hearer = naming ? null : hearerAfter(ctx, v);
  const end = hearer ? Math.max(v + 1, mentionAfterEnd(ctx, v)) : v + 1;
  return mk(ctx, v, v, end, naming ? "naming" : "participle", { kind: "clause-subject" }, hearer, null, quoteOpen);
};

/** "X called the plan “…”": a naming verb right before the quoted term. */
const namingVerb: CueParser = (ctx, v, floor, quoteOpen) => {
  const lower = ctx.tokens[v].lower;
  if (!NAMING_VERBS.has(lower) || SPEECH_VERBS.has(lower)) return undefined;
  if (quoteOpen < 0 || quoteOpen - v > 4) return null;
  const subj = subjectBefore(ctx, v, floor);
  return mk(ctx, v, subj.kind === "entity" ? subj.from : v, v + 1, "naming", subj.kind === "elided" || subj.kind === "unnamed" ? { kind: "clause-subject" } : subj, null, null, quoteOpen);
};

/** "X said", "X told the Y", "X reported": the subject before the verb; its hearer as via. */
const plainVerb: CueParser = (ctx, v, floor, quoteOpen) => {
  const lower = ctx.tokens[v].lower;
  const isRelay = RELAY_VERBS.has(lower);
  const subj = subjectBefore(ctx, v, floor);
  const from = subj.kind === "entity" || subj.kind === "pronoun" || subj.kind === "raw" || subj.kind === "unnamed" ? subj.from : v;
  // (the channel may open the sentence: "Speaking to the Y, X said", "In comments to the Y, X said")
  const hearer = SPEECH_VERBS.has(lower) ? (hearerAfter(ctx, v) ?? interviewVia(ctx, Math.max(floor, ctx.sentFrom[ctx.tokens[v].sentence]), v)) : null;
  let relay: Entity | null = null;
  if (isRelay && subj.kind === "entity" && subj.entity.kind === "outlet") relay = subj.entity;
  // "It quoted …": "it" for the outlet named in the sentences before.
  if (isRelay && subj.kind === "pronoun" && subj.pronoun === "it") {
    const e = resolvePronoun(ctx, "it", v, null, null);
    if (e && e.kind === "outlet") relay = e;
  }
  const end = hearer ? Math.max(v + 1, mentionAfterEnd(ctx, v)) : v + 1;
  return mk(ctx, v, from, end, isRelay ? "relay" : jointSubject(ctx, subj) ? "speech-joint" : "speech", subj, hearer, relay, quoteOpen);
};

/** "Olsen and Lind said": a name coordinated with another speaks with it, so the words are
 *  not the one name's alone (a question keyed to one would make the other a right distractor);
 *  such cues are measured apart. */
function jointSubject(ctx: Ctx, subj: SubjectRef): boolean {
  if (subj.kind !== "entity") return false;
  const and = ctx.tokens[subj.from - 1];
  if (!and || (and.lower !== "and" && and.text !== "&")) return false;
  const other = ctx.mentionEnd.get(subj.from - 2);
  return !!other && other.entity.id !== subj.entity.id && other.entity.kind === "person";
}

const CUE_PARSERS: CueParser[] = [passiveQuoted, quotedAsSaying, quotingSource, participleOwnSubject, participle, namingVerb, infinitiveOwnSubject, plainVerb];

/** The cue the verb at v makes, its subject searched no further left than `floor`. */
export function cueAt(ctx: Ctx, v: number, floor: number, quoteOpen: number): Cue | null {
  for (const parse of CUE_PARSERS) {
    const c = parse(ctx, v, floor, quoteOpen);
    if (c !== undefined) return c;
  }
  return null;
}
