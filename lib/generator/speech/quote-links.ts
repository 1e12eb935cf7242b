// How a quote ties to its surroundings without a verb cue: a trailing relay, a colon, a
// continuation of the previous quote, a paragraph that carries an open quote on.
import { DETERMINERS, NAMING_VERBS, PREPOSITIONS, RELAY_VERBS, SPEECH_VERBS } from "../text/lexicon";
import { tokenAt } from "../text/tokens";
import { MARK, WINDOW, quoteRange, isVerbAt, type Ctx } from "./ctx";
import { subjectBefore } from "./subjects";
import { sentenceSubject } from "./referents";
import { outletAt } from "./outlets";
import type { Entity, Quote, Span } from "../types";

/** ", X news agency reported." or ", according to X." at the end of the quote's sentence. After
 *  a quote whose own cue follows it, `cueEnd` is the token after that cue: a relaying verb counts
 *  only past it ("…,” Olsen told reporters, the Ledger reported"), since one inside may be the
 *  cue itself ("…,” the Ledger reported"). */
export function trailingRelay(ctx: Ctx, q: Quote, cueEnd = -1): Entity | null {
  const { b } = quoteRange(ctx, q);
  const last = q.sentenceIds[q.sentenceIds.length - 1] ?? -1;
  if (last < 0) return null;
  const verbsFrom = Math.max(b, cueEnd);
  for (let k = b; k < ctx.sentTo[last] && k < b + WINDOW; k++) {
    if (ctx.inQuote[k]) continue;
    if (ctx.tokens[k].lower === "according" && ctx.tokens[k + 1]?.lower === "to") {
      const o = outletAt(ctx, k + 2);
      if (o) return o;
    }
    if (k < verbsFrom || !isVerbAt(ctx, k, RELAY_VERBS)) continue;
    const subj = subjectBefore(ctx, k, verbsFrom);
    if (subj.kind !== "entity" || subj.entity.kind !== "outlet") continue;
    // Past the quote's own cue the relay is a clause of its own (", the Ledger reported"), not
    // one that cue governs ("…,” he wrote after the Ledger published a story").
    if (cueEnd < 0 || ctx.tokens[subj.from - 1]?.text === "," || ctx.tokens[subj.from - 2]?.text === ",") return subj.entity;
  }
  return null;
}

/** The quote's sentence reports the speaker's words second-hand: outside the quote and outside
 *  the speaker's own cue, "according to …" or a relaying verb ("…, the Times reported", "X
 *  quoted …"). Who the words belong to then depends on how the frame nests (the article may
 *  credit the outlet, not the speaker), so such findings are measured apart. */
export function secondHand(ctx: Ctx, q: Quote, cue: Span | null): boolean {
  const first = q.sentenceIds[0] ?? -1;
  const last = q.sentenceIds[q.sentenceIds.length - 1] ?? -1;
  if (first < 0 || last < 0) return false;
  const inCue = (k: number) => cue !== null && ctx.tokens[k].start >= cue.start && ctx.tokens[k].end <= cue.end;
  // (within the cue window either side: a sentence without end costs no more than a short one)
  const { a, b } = quoteRange(ctx, q);
  for (let k = Math.max(ctx.sentFrom[first], a - WINDOW); k < Math.min(ctx.sentTo[last], b + WINDOW); k++) {
    if (ctx.inQuote[k] || inCue(k)) continue;
    if (ctx.tokens[k].lower === "according" && ctx.tokens[k + 1]?.lower === "to") return true;
    if (isVerbAt(ctx, k, RELAY_VERBS)) return true;
  }
  return false;
}

/** "X posted a message under a headline that said, “…”", "X released a video which said:
 *  “…”": between the speaker's cue and the quote, a relative clause on a plain noun says the
 *  words. Whether they are X's then depends on whose thing it is, so such findings are
 *  measured apart. */
export function thingSays(ctx: Ctx, q: Quote, cue: Span): boolean {
  const { a } = quoteRange(ctx, q);
  for (let k = Math.max(tokenAt(ctx.tokens, cue.end), 2); k < a; k++) {
    const t = ctx.tokens[k], rel = ctx.tokens[k - 1], noun = ctx.tokens[k - 2];
    if (ctx.inQuote[k] || !t.word || !SPEECH_VERBS.has(t.lower) || (rel.lower !== "that" && rel.lower !== "which")) continue;
    if (noun.word && !noun.cap && !ctx.mentionEnd.has(k - 2) && /^[a-z]{3,}$/.test(noun.lower) && !DETERMINERS.has(noun.lower)) return true;
  }
  return false;
}

/** "…, calling Trump “an orange buffoon,” Susan said": the quote is the term a naming verb right
 *  before it applies, so the words may be that clause's subject's rather than the cue's speaker's;
 *  such findings are measured apart. */
export function namedTerm(ctx: Ctx, q: Quote): boolean {
  const { a } = quoteRange(ctx, q);
  const s = q.sentenceIds[0] ?? -1;
  if (s < 0) return false;
  for (let k = a - 1; k >= ctx.sentFrom[s] && k >= a - 5; k--) {
    if (ctx.inQuote[k] && k < a - 1) return false;
    if (isVerbAt(ctx, k, NAMING_VERBS)) return true;
  }
  return false;
}

/** A cue-less quote opening its sentence right after the previous quote's sentence. */
export function continues(ctx: Ctx, q: Quote, prevQ: Quote, prevSpeaker: string | null): boolean {
  // A sentence with its own (unparsed) speech verb is no silent continuation.
  for (const s of q.sentenceIds) if (ctx.speechVerbIn[s]) return false;
  const first = q.sentenceIds[0] ?? -1;
  const prevLast = prevQ.sentenceIds[prevQ.sentenceIds.length - 1] ?? -1;
  if (first < 0 || prevLast < 0 || first - prevLast > 1 || first < prevLast) return false;
  const { a } = quoteRange(ctx, q);
  return (ctx.firstFreeWord[first] < 0 || ctx.firstFreeWord[first] >= a) && !namedAfter(ctx, q, prevSpeaker);
}

/** "“…,” was Holt's answer.", "“…,” as Holt put it.": a name after the quote in its sentence,
 *  other than the previous speaker's, is likelier the source than a silent continuation. */
function namedAfter(ctx: Ctx, q: Quote, prevSpeaker: string | null): boolean {
  const last = q.sentenceIds[q.sentenceIds.length - 1] ?? -1;
  if (last < 0 || ctx.sentTo[last] < 0) return false;
  for (let k = quoteRange(ctx, q).b; k < ctx.sentTo[last]; k++) {
    const m = ctx.inQuote[k] ? undefined : ctx.mentionStart.get(k);
    if (m && m.entity.kind !== "outlet" && m.entity.name !== prevSpeaker) return true;
  }
  return false;
}

/** "X had a warning for them: “…”": the subject of the clause that a colon hands to the quote. */
export function colonSubject(ctx: Ctx, q: Quote): Entity | null {
  const { a } = quoteRange(ctx, q);
  let k = a - 1;
  while (k >= 0 && !ctx.tokens[k].word && MARK.test(ctx.tokens[k].text)) k--;
  if (k < 0 || ctx.tokens[k].text !== ":" || ctx.inQuote[k]) return null;
  return sentenceSubject(ctx, ctx.tokens[k].sentence, k, () => true);
}

/** "Jane Doe: “…”", "More from Doe: “…”": a name right before the colon that opens the quote. */
export function colonName(ctx: Ctx, q: Quote): Entity | null {
  const { a } = quoteRange(ctx, q);
  let k = a - 1;
  while (k >= 0 && !ctx.tokens[k].word && MARK.test(ctx.tokens[k].text)) k--;
  if (k < 1 || ctx.tokens[k].text !== ":" || ctx.inQuote[k]) return null;
  const m = ctx.mentionEnd.get(k - 1);
  return m && !ctx.tokens[m.to].possessive && !prepositionBefore(ctx, m.from) ? m.entity : null;
}

/** Nouns for something said, that a speaker's own quoted words can name ("Olsen's “no deal” remark"). */
const SAYING_NOUNS = new Set([
  "remark", "remarks", "comment", "comments", "claim", "quip", "jab", "line", "phrase", "slogan", "pledge", "promise",
  "vow", "warning", "description", "label", "boast", "tweet", "assertion", "insult", "joke", "retort", "catchphrase",
]);

/** "Olsen's “no deal” remark": a partial quote between a possessive name and a noun for
 *  something said is the possessor's words (a scare-quoted term without the noun is not). */
export function possessorOf(ctx: Ctx, q: Quote): Entity | "unnamed" | null {
  const { a, b } = quoteRange(ctx, q);
  let k = a - 1;
  while (k >= 0 && !ctx.tokens[k].word && MARK.test(ctx.tokens[k].text)) k--;
  if (k < 0 || !ctx.tokens[k].possessive || !ctx.tokens[k].cap) return null;
  let j = b;
  while (j < ctx.n && !ctx.tokens[j].word && MARK.test(ctx.tokens[j].text)) j++;
  if (j >= ctx.n || ctx.inQuote[j] || !SAYING_NOUNS.has(ctx.tokens[j].lower)) return null;
  // (a possessor the entity stage does not know still owns the words: no guess from elsewhere)
  const m = ctx.mentionEnd.get(k);
  return m && m.entity.kind !== "outlet" ? m.entity : "unnamed";
}

/** "Diaz said of Mr. Rubio: “…”", "later that month on CNN: “…”": a name after a preposition
 *  is what or where the words are about, not who speaks them — except a source's "from"/"by". */
function prepositionBefore(ctx: Ctx, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && k > from - 4 && (ctx.tokens[k].lower === "the" || (ctx.tokens[k].text === "." && ctx.tokens[k - 1]?.cap) || (ctx.tokens[k].cap && ctx.tokens[k].text.length <= 4 && ctx.tokens[k + 1]?.text === "."))) k--;
  const p = ctx.tokens[k];
  // ("More from Olsen:", "a statement by Olsen:" name the source: they speak)
  return !!p && p.word && !p.cap && PREPOSITIONS.has(p.lower) && p.lower !== "from" && p.lower !== "by";
}

/** `next` opens the paragraph right after the one where `q` sits. */
export function startsParagraphAfter(ctx: Ctx, next: Quote, q: Quote): boolean {
  const qs = q.sentenceIds[q.sentenceIds.length - 1] ?? -1;
  const ns = next.sentenceIds[0] ?? -1;
  if (qs < 0 || ns < 0 || ctx.sentences[ns].paragraph !== ctx.sentences[qs].paragraph + 1) return false;
  if (next.start - ctx.sentences[ns].start > 12) return false;
  return ctx.body.slice(ctx.sentences[ns].start, next.start).replace(/[\s"“‘'«„]/g, "") === "";
}

/** Both quotes open in the same paragraph. */
export function sameParagraph(ctx: Ctx, q: Quote, other: Quote): boolean {
  const a = q.sentenceIds[0] ?? -1;
  const b = other.sentenceIds[0] ?? -1;
  return a >= 0 && b >= 0 && ctx.sentences[a].paragraph === ctx.sentences[b].paragraph;
}
