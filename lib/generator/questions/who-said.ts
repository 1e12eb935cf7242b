// "Who said: “…”?" — built on direct or partial quotes with a speaker; one the rules were unsure
// of can only become a suggestion (see questions/select.ts).
// Distractors are the article's other speakers, then its other people and organisations; never
// anyone who could also be the speaker (an alias, the relaying outlet, a spokesperson's
// principal, the speaker of the same words elsewhere).
import { memoOf, type Analysis } from "../analysis";
import type { Entity, Question, Quote } from "../types";
import { makeQuestion, type Choice } from "./make";
import { normalize, quoteEvidence, quoteEvidenceSpans, quotedWords, sameName, sentenceSpans, spanOf, type NameMemo } from "./util";

/** Words a name finder can mistake for a name at the start of a sentence. */
const NOT_A_NAME = /^(?:nobody|everybody|somebody|anybody|no one|everyone|someone|anyone|nothing|everything|something|anything|none|all|both|each|many|most|some|other|others|they|we|he|she|it|i)$/i;

/** At least three space-separated words, the same as `quote.trim().split(/\s+/).length >= 3`
 *  without splitting a long quotation whole. */
const THREE_WORDS = /\S\s+\S+\s+\S/;

export function isAskableQuote(q: Quote): boolean {
  return (q.kind === "direct" || q.kind === "partial") && !!q.speaker && THREE_WORDS.test(q.quote);
}

/** Every name that would also answer "who said these words". */
export function speakersOf(a: Analysis, quoteText: string): string[] {
  const memo = memoOf(a);
  const { names: m, speakersByWords } = memo;
  const key = normalize(quoteText, m);
  const hit = speakersByWords.get(key);
  if (hit) return hit;
  const names = new Set<string>();
  memo.spokenQuotes ??= a.quotes.filter((q) => q.speaker).map((q) => ({ key: normalize(q.quote, m), speaker: q.speaker as string }));
  for (const { key: k, speaker } of memo.spokenQuotes) {
    if (k && (k === key || k.includes(key) || key.includes(k))) for (const n of namesOfSpeaker(a, speaker)) names.add(n);
  }
  const list = [...names];
  speakersByWords.set(key, list);
  return list;
}

/** The speaker, its aliases and role, and any body it speaks for or belongs to. */
function namesOfSpeaker(a: Analysis, speaker: string): string[] {
  const { speakerNames: cache, names: m } = memoOf(a);
  const hit = cache.get(speaker);
  if (hit) return hit;
  const names = new Set<string>([speaker]);
  const e = entityNamed(a.entities, speaker, m);
  if (e) {
    names.add(e.name);
    for (const x of e.aliases) names.add(x);
    // A spokesperson speaks for a principal: "Ministry Spokeswoman" makes "Ministry" a possible answer too.
    if (e.role) names.add(e.role);
    // The words just before each mention that holds a possessive, cut once for all owners.
    const before = e.mentions.map((x) => a.body.slice(Math.max(0, x.start - 80), x.start)).filter((t) => /['’]/.test(t));
    for (const other of a.entities) {
      if (other.role && mentionsName(other.role, e, m)) names.add(other.name);
      // Introduced as belonging to another ("the republic's main news agency HNA"): the owner
      // could be said to speak too.
      if (other !== e && introducedAsPartOf(before, other)) names.add(other.name);
    }
  }
  const list = [...names];
  cache.set(speaker, list);
  return list;
}

function introducedAsPartOf(before: string[], owner: Entity): boolean {
  if (!before.length) return false;
  // A plain substring test first: most owners appear in none of the snippets, and the regex
  // below (anchored at the end) is the costly part.
  const raw = [owner.name, ...owner.aliases].filter((n) => n.length > 1 && before.some((t) => t.includes(n)));
  if (!raw.length) return false;
  const spellings = raw.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(`(?:${spellings.join("|")})['’]s?\\s(?:[\\p{L}-]+\\s){0,5}$`, "u");
  return before.some((t) => re.test(t));
}

function mentionsName(text: string, e: Entity, m?: NameMemo): boolean {
  const t = normalize(text, m);
  return [e.name, ...e.aliases].some((n) => n.length > 2 && t.includes(normalize(n, m)));
}

export function entityNamed(entities: Entity[], name: string, m?: NameMemo): Entity | undefined {
  return entities.find((e) => e.name === name) ?? entities.find((e) => sameName(e.name, name, m) || e.aliases.some((x) => sameName(x, name, m)));
}

export function buildWhoSaid(a: Analysis): Question[] {
  const out: Question[] = [];
  const asked = new Set<string>();
  const m = memoOf(a).names;
  const speakers = uniqueNames(a.quotes.filter((q) => q.speaker && q.kind !== "title" && q.kind !== "scare").map((q) => q.speaker as string), m);
  // Each name's entity, looked up once per article rather than once per quote and name.
  const entities = new Map<string, Entity | undefined>();
  const entityOf = (name: string) => {
    if (!entities.has(name)) entities.set(name, entityNamed(a.entities, name, m));
    return entities.get(name);
  };
  // memo: the tiers of names depend only on the kind wanted, not on the quote.
  const tiersByKind = new Map<string, string[][]>();
  // How often each name was already offered as a distractor: within a tier the least used comes
  // first, so no one name sits in every question (a student would learn it is never right).
  const offered = new Map<string, number>();
  for (const q of a.quotes) {
    if (!isAskableQuote(q) || !q.speaker) continue;
    const key = normalize(q.quote, m);
    if (asked.has(key)) continue;
    const taken = [...speakersOf(a, q.quote), ...(q.via ? [q.via] : [])];
    const speakerEntity = entityOf(q.speaker);
    // A speaker the article never names as a person or body ("officials") makes no fair key.
    if (!speakerEntity) continue;
    const takenNorm = taken.map((t) => normalize(t, m));
    const role = speakerEntity.role ? normalize(speakerEntity.role, m) : null;
    const fair = (name: string) => {
      if (NOT_A_NAME.test(name.trim())) return false;
      const n = normalize(name, m);
      if (takenNorm.includes(n) || taken.some((t) => sameName(t, name, m))) return false;
      return !(role && role.includes(n));
    };
    // Same kind first (people for a person's words), other speakers and bodies next, outlets last.
    const wantKind = speakerEntity.kind === "person" ? "person" : "organisation";
    let tiers = tiersByKind.get(wantKind);
    if (!tiers) tiersByKind.set(wantKind, (tiers = tiersOf(a, speakers, wantKind, (n) => entityOf(n)?.kind)));
    const question = whoSaidQuestion(a, q, poolOf(tiers, offered, fair));
    if (!question) continue;
    asked.add(key);
    for (const c of question.choices) if (c !== q.speaker) offered.set(c, (offered.get(c) ?? 0) + 1);
    out.push(question);
  }
  return out;
}

/** The distractor names in tiers: same kind as the speaker's, then any speaker or body but
 *  outlets, then any speaker; each name in the first tier that meets it only. */
function tiersOf(a: Analysis, speakers: string[], wantKind: Entity["kind"], kindOf: (name: string) => Entity["kind"] | undefined): string[][] {
  const tiers: string[][] = [[], [], []];
  const met = new Set<string>();
  const meet = (name: string, tier: number) => {
    if (met.has(name)) return;
    met.add(name);
    tiers[tier].push(name);
  };
  for (const s of speakers) if (kindOf(s) === wantKind) meet(s, 0);
  for (const e of a.entities) if (e.kind === wantKind) meet(e.name, 0);
  for (const s of speakers) if (kindOf(s) !== "outlet") meet(s, 1);
  for (const e of a.entities) if (e.kind !== "outlet") meet(e.name, 1);
  for (const s of speakers) meet(s, 2);
  return tiers;
}

/** The tiers' fair names, each tier least offered first, made as they are read: the question
 *  takes the first three distinct ones, so the rest is never judged. (Sorting before judging
 *  gives the same order as judging first: the sort is stable and keyed by use alone.) */
function* poolOf(tiers: string[][], offered: Map<string, number>, fair: (name: string) => boolean): Generator<Choice> {
  for (const tier of tiers) for (const name of byUse(tier, offered)) if (fair(name)) yield { label: name, value: name };
}

/** The question on one quote: its cue's sentence cited with the quote's, the distractors given. */
function whoSaidQuestion(a: Analysis, q: Analysis["quotes"][number], pool: Iterable<Choice>): Question | null {
  const speaker = q.speaker as string;
  const ids = [...q.sentenceIds];
  const cueSentence = q.cue ? a.sentences.find((s) => s.start <= q.cue!.start && q.cue!.end <= s.end) : undefined;
  if (cueSentence) ids.push(cueSentence.id);
  const citations = sentenceSpans(a.body, a.sentences, ids);
  if (!citations.length) citations.push(spanOf(a.body, q.start, q.end));
  const evidence = citations.map((c) => c.text).join(" ");
  const cue = q.cue && q.cue.text.split(/\s+/).length <= 8 ? ` (“${q.cue.text}”)` : "";
  return makeQuestion(a, {
    type: "who_said",
    prompt: whoSaidPrompt(quotedWords(q.quote)),
    answer: { label: speaker, value: speaker },
    distractors: pool,
    explanation: `The article attributes these words to ${speaker}${cue}${q.via ? `, as relayed by ${q.via}` : ""}. It says: ${quoteEvidence(evidence)}`,
    citations,
    fact: { kind: "quote", text: q.quote },
    basis: { rules: [`quote:${q.rule}`], sure: q.sure, evidence: quoteEvidenceSpans(a.body, q) },
  });
}

/** The tier's names, least offered first (a stable sort: ties keep their order). Each count is
 *  read once, not twice per comparison. */
function byUse(tier: string[], offered: Map<string, number>): string[] {
  const counts = tier.map((c) => offered.get(c) ?? 0);
  // Already in order (often: no name offered yet): the stable sort would change nothing.
  if (counts.every((n, i) => i === 0 || counts[i - 1] <= n)) return tier;
  return tier.map((c, i) => ({ c, i, n: counts[i] })).sort((x, y) => x.n - y.n || x.i - y.i).map((u) => u.c);
}

function uniqueNames(names: string[], m?: NameMemo): string[] {
  const out: string[] = [];
  for (const n of names) if (!out.some((o) => sameName(o, n, m))) out.push(n);
  return out;
}

/** "Who said: “…”?"; words that end on their own question or exclamation mark take no second one. */
export function whoSaidPrompt(words: string): string {
  return /[?!]$/.test(words) ? `Who said: “${words}”` : `Who said: “${words}”?`;
}
