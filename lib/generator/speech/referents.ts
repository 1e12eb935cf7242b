// Referents: the subject of a sentence, what a pronoun stands for, the speaker of a
// participle ("…, adding"), another person nearby, an outlet told in the sentence before.
import { CALENDAR_WORDS, DETERMINERS, OPENER_WORDS, PREPOSITIONS, ROLE_WORDS, SPEECH_VERBS } from "../text/lexicon";
import { WINDOW, isVerbAt, type Ctx } from "./ctx";
import { subjectBefore, headPerson, nounAfter, pastTense } from "./subjects";
import { hearerAfter, interviewVia } from "./outlets";
import { mainClauseStart } from "./fronted";
import type { Entity, Quote } from "../types";

/** "that" after a verb ("Ruiz sniped that Okafor …"): what follows is the verb's complement,
 *  so a name there is no subject of the sentence. */
function opensComplement(ctx: Ctx, k: number): boolean {
  const p = ctx.tokens[k - 1];
  return ctx.tokens[k].lower === "that" && !!p && p.word && !p.cap && (SPEECH_VERBS.has(p.lower) || pastTense(p));
}

/** A lower-case role noun before a name ("with journalist Carla Stone"): the preposition
 *  before it still governs the name. */
const roleNounAt = (ctx: Ctx, k: number) => !ctx.tokens[k].cap && ROLE_WORDS.has(ctx.tokens[k].lower);

/** First entity in the sentence in subject position (not after a preposition, not a possessive).
 *  A fronted clause that ends before `before` is read last: its names are the subject only when
 *  the main clause names none ("As Olsen put it, the plan failed."). */
export function sentenceSubject(ctx: Ctx, s: number, before: number, want: (e: Entity) => boolean): Entity | null {
  if (s < 0 || ctx.sentFrom[s] < 0) return null;
  const later = laterClauseSubject(ctx, s, before, want);
  if (later) return later;
  const main = mainClauseStart(ctx, s);
  const fronted = main < before && main > ctx.sentFrom[s];
  const found = subjectFrom(ctx, s, fronted ? main : ctx.sentFrom[s], before, want);
  if (found !== undefined) return found;
  return fronted ? (subjectFrom(ctx, s, ctx.sentFrom[s], main, want) ?? null) : null;
}

/** Conjunctions after a comma that open a clause with its own subject. */
const CLAUSE_JOINERS = new Set(["while", "whereas", "but", "although", "though", "and", "yet"]);

/** "Marlow signed an order, while Olsen proposed “…”": the words sit in a later clause whose
 *  subject opens it, right after the comma and its conjunction. */
function laterClauseSubject(ctx: Ctx, s: number, before: number, want: (e: Entity) => boolean): Entity | null {
  if (!Number.isFinite(before)) return null;
  for (let k = Math.min(before, ctx.sentTo[s]) - 1; k > ctx.sentFrom[s] + 1 && k > before - WINDOW; k--) {
    if (ctx.inQuote[k] || !CLAUSE_JOINERS.has(ctx.tokens[k].lower) || !/^[,;]$/.test(ctx.tokens[k - 1].text) || ctx.inQuote[k - 1]) continue;
    const m = ctx.mentionStart.get(k + 1);
    if (!m || m.to >= before || ctx.tokens[m.to].possessive || !want(m.entity)) return null;
    const head = headPerson(ctx, m.to + 1);
    return head && head.from < before && want(head.entity) ? head.entity : m.entity;
  }
  return null;
}

/** The subject found from token `from` on; null when a complement opens first (no subject),
 *  undefined when the scan found nothing. */
function subjectFrom(ctx: Ctx, s: number, from: number, before: number, want: (e: Entity) => boolean): Entity | null | undefined {
  if (unknownNamedSubject(ctx, from)) return null;
  for (let k = from; k < ctx.sentTo[s] && k < before && k < from + WINDOW; k++) {
    if (ctx.inQuote[k]) continue;
    if (opensComplement(ctx, k)) return null;
    const m = ctx.mentionStart.get(k);
    if (!m) continue;
    let pi = k - 1;
    while (pi >= ctx.sentFrom[s] && pi > k - 4 && ctx.tokens[pi].word && (ctx.tokens[pi].lower === "the" || ctx.tokens[pi].possessive || roleNounAt(ctx, pi))) pi--;
    // ("vented to her husband, Frank Fiorina, that …": a name set off after a role noun is in
    // apposition to it, governed by the same preposition)
    // (closed by a comma: "During his campaign for president, Barack Obama made …" has none)
    if (ctx.tokens[pi]?.text === "," && ctx.tokens[m.to + 1]?.text === "," && pi - 1 > ctx.sentFrom[s] && roleNounAt(ctx, pi - 1)) {
      pi--;
      while (pi >= ctx.sentFrom[s] && pi > k - 7 && ctx.tokens[pi].word && (/^(?:the|a|an|his|her|their|its)$/.test(ctx.tokens[pi].lower) || ctx.tokens[pi].possessive || roleNounAt(ctx, pi))) pi--;
    }
    const p = ctx.tokens[pi];
    const prepositional = p && p.sentence === s && p.word && PREPOSITIONS.has(p.lower);
    // "The Olsen campaign said": a person's name after "the" modifies the noun that is the subject.
    const next = ctx.tokens[m.to + 1];
    if (!prepositional && m.entity.kind === "person" && ctx.tokens[k - 1]?.lower === "the" && next?.word && !next.cap) return null;
    if (!prepositional && !ctx.tokens[m.to].possessive && want(m.entity)) {
      // "Harbour Post columnist Lars Eide calls …": the person the noun phrase ends on.
      const head = headPerson(ctx, m.to + 1);
      return head && head.from < before && want(head.entity) ? head.entity : m.entity;
    }
    k = m.to;
  }
  return undefined;
}

/** "Washington, star of “Scandal,” thanked Obama": a name the entity stage does not know opens
 *  the clause before an apposition, so a name after the verb is no subject. */
function unknownNamedSubject(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k];
  const after = ctx.tokens[k + 2];
  if (!t || !t.word || !t.cap || t.possessive || ctx.mentionStart.has(k) || ctx.tokens[k + 1]?.text !== ",") return false;
  if (OPENER_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower) || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || /(?:ly|ing|ed)$/.test(t.lower)) return false;
  if (!after || !after.word || after.cap) return false;
  const role = (i: number) => !!ctx.tokens[i] && !ctx.tokens[i].cap && ROLE_WORDS.has(ctx.tokens[i].lower);
  return after.lower === "who" || ROLE_WORDS.has(after.lower) || (/^(?:a|an|the)$/.test(after.lower) && (role(k + 3) || role(k + 4)));
}

export function resolvePronoun(ctx: Ctx, pronoun: string, verbTok: number, prevQuote: Quote | null, prevSpeaker: string | null): Entity | null {
  // "they", "we", "I" often stand for unnamed groups or the quoted voice: no guess.
  if (pronoun !== "he" && pronoun !== "she" && pronoun !== "it") return null;
  const s0 = ctx.tokens[verbTok]?.sentence ?? -1;
  const asker = replyToQuestion(ctx, verbTok, s0);
  const want = (e: Entity) => (pronoun === "it" ? e.kind !== "person" : e.kind === "person" && e !== asker);
  // "Olsen aide Per Lind said that … “…,” he said": a named subject earlier in the pronoun's own
  // sentence is the one it takes up.
  const own = s0 >= 0 ? sentenceSubject(ctx, s0, verbTok, want) : null;
  if (own) return own;
  for (let s = s0 - 1; s >= 0 && s >= s0 - 3; s--) {
    if (prevQuote && prevSpeaker && prevQuote.sentenceIds.includes(s)) {
      const e = ctx.entities.find((x) => x.name === prevSpeaker);
      if (e && want(e)) return e;
    }
    const e = sentenceSubject(ctx, s, Infinity, want);
    if (e) return e;
  }
  return null;
}

const REPLY_VERBS = new Set(["replied", "answered", "responded", "retorted"]);
const ASK_VERBS = new Set(["asked", "pressed", "questioned"]);

/** "Ruiz asked her why …. “Because …,” she replied.": the one who asked, in the sentence before,
 *  is not the one who replies. */
function replyToQuestion(ctx: Ctx, verbTok: number, s0: number): Entity | null {
  if (s0 < 1 || !REPLY_VERBS.has(ctx.tokens[verbTok]?.lower ?? "")) return null;
  for (let k = ctx.sentFrom[s0 - 1]; k >= 0 && k < ctx.sentTo[s0 - 1]; k++) {
    if (ASK_VERBS.has(ctx.tokens[k].lower) && /^(?:him|her)$/.test(ctx.tokens[k + 1]?.lower ?? "")) return sentenceSubject(ctx, s0 - 1, k, (e) => e.kind === "person");
  }
  return null;
}

export function clauseSubject(ctx: Ctx, verbTok: number): Entity | null {
  const s = ctx.tokens[verbTok]?.sentence ?? -1;
  if (s < 0) return null;
  // A sentence opened by "He"/"She"/"It" takes the pronoun's referent.
  let first = ctx.sentFrom[s];
  while (first < verbTok && first < ctx.sentFrom[s] + WINDOW && (!ctx.tokens[first].word || ctx.inQuote[first])) first++;
  const opener = ctx.tokens[first]?.lower ?? "";
  if (first < verbTok && (opener === "he" || opener === "she" || opener === "it")) return resolvePronoun(ctx, opener, first, null, null);
  return saidBefore(ctx, s, verbTok) ?? sentenceSubject(ctx, s, verbTok, () => true);
}

/** "…, Olsen said, adding …": the named subject of the nearest speech verb before the participle. */
export function saidBefore(ctx: Ctx, s: number, verbTok: number): Entity | null {
  for (let k = verbTok - 1; k >= ctx.sentFrom[s] && k > verbTok - 12; k--) {
    if (ctx.inQuote[k]) return null;
    if (!isVerbAt(ctx, k, SPEECH_VERBS) || ctx.tokens[k].lower.endsWith("ing")) continue;
    const subj = subjectBefore(ctx, k, ctx.sentFrom[s]);
    if (subj.kind === "entity") return subj.entity;
    const after = nounAfter(ctx, k + 1); // "…, said Olsen, adding"
    return after.kind === "entity" ? after.entity : null;
  }
  return null;
}

/** "the plan, which Olsen called “reckless”", "whom Bush introduced as “my brother”": a name
 *  right after an object relative, before the quote in the same clause, is the one who used the
 *  words, not the sentence's subject. */
export function relativeClauseSubject(ctx: Ctx, a: number): Entity | null {
  for (let k = a - 1; k >= 0 && k > a - 12; k--) {
    const t = ctx.tokens[k];
    if (ctx.inQuote[k] || t.sentence !== ctx.tokens[a].sentence || /^[;:!?]$/.test(t.text)) return null;
    if (t.lower !== "whom" && t.lower !== "which") continue;
    // (a title may stand before the name: "which Dock Chief Piet Brandt called")
    let at = k + 1;
    while (at < a && at < k + 4 && !ctx.mentionStart.has(at) && (ctx.tokens[at].cap || ctx.tokens[at].text === ".")) at++;
    const m = ctx.mentionStart.get(at);
    const verb = m ? ctx.tokens[m.to + 1] : undefined;
    const ok = m && m.to < a && !ctx.tokens[m.to].possessive && m.entity.kind !== "outlet" && verb?.word && !verb.cap;
    return ok ? m.entity : null;
  }
  return null;
}

/** The person sentence s reports speaking, outside quotation marks ("Hale said the vote …"). */
export function reportedSpeaker(ctx: Ctx, s: number): Entity | null {
  if (s < 0 || ctx.sentFrom[s] < 0) return null;
  for (let k = ctx.sentFrom[s]; k < ctx.sentTo[s] && k < ctx.sentFrom[s] + WINDOW; k++) {
    if (ctx.inQuote[k] || !isVerbAt(ctx, k, SPEECH_VERBS) || ctx.tokens[k].lower.endsWith("ing")) continue;
    const subj = subjectBefore(ctx, k, ctx.sentFrom[s]);
    return subj.kind === "entity" && subj.entity.kind === "person" ? subj.entity : null;
  }
  return null;
}

/** The nearest person other than `not` mentioned in the sentence of token v (before v) or
 *  the two sentences before it. */
export function otherPersonBefore(ctx: Ctx, v: number, not: Entity): Entity | null {
  const s0 = ctx.tokens[v]?.sentence ?? -1;
  for (let s = s0; s >= 0 && s >= s0 - 2; s--) {
    if (ctx.sentFrom[s] < 0) continue;
    const to = s === s0 ? v : ctx.sentTo[s];
    for (let k = ctx.sentFrom[s]; k < to && k < ctx.sentFrom[s] + WINDOW; k++) {
      const m = ctx.mentionStart.get(k);
      if (!m || ctx.inQuote[k]) continue;
      if (m.entity.kind === "person" && m.entity !== not) return m.entity;
      k = m.to;
    }
  }
  return null;
}

/** The outlet that `e` told something in the sentence before token v ("e told the Courier …"). */
export function previousTold(ctx: Ctx, v: number, e: Entity): Entity | null {
  const s = (ctx.tokens[v]?.sentence ?? -1) - 1;
  if (s < 0 || ctx.sentFrom[s] < 0) return null;
  for (let k = ctx.sentFrom[s]; k < ctx.sentTo[s] && k < ctx.sentFrom[s] + WINDOW; k++) {
    if (!isVerbAt(ctx, k, SPEECH_VERBS)) continue;
    const subj = subjectBefore(ctx, k, ctx.sentFrom[s]);
    if (subj.kind !== "entity" || subj.entity !== e) continue;
    const heard = hearerAfter(ctx, k) ?? interviewVia(ctx, subj.from, k);
    if (heard) return heard;
  }
  return null;
}
