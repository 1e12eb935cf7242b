// A sentence may put a clause or phrase before its main clause: "After Marlow criticized Lind,
// Olsen shot back …", "Speaking in Salem, Harbourland, Lind went after Marlow …", "In a clip
// that Judge Berg called “distasteful,” Lind said …". The names in it are not the subject.
import { CONJUNCTIONS, DETERMINERS, FRONTED_SUBORDINATORS, PREPOSITIONS } from "../text/lexicon";
import { MARK, placeBeforeComma, type Ctx } from "./ctx";

/** How far (in tokens) a fronted phrase may run before its comma. */
const REACH = 30;

/** The token the main clause of sentence s starts at, or the sentence's first token when it
 *  opens with no fronted phrase (or the phrase's end is not found). */
export function mainClauseStart(ctx: Ctx, s: number): number {
  const from = ctx.sentFrom[s];
  let f = from;
  while (f < ctx.sentTo[s] && !ctx.tokens[f].word && !ctx.inQuote[f]) f++;
  f = afterConnective(ctx, s, f);
  if (f >= ctx.sentTo[s] || ctx.inQuote[f] || ctx.mentionStart.has(f) || !opensFrontedPhrase(ctx, f)) return from;
  return phraseEnd(ctx, s, f) ?? from;
}

/** "And, in a clip …", "But when …", "However, after …": a conjunction or a connective and
 *  its comma may come before the fronted phrase. */
function afterConnective(ctx: Ctx, s: number, f: number): number {
  const t = ctx.tokens[f];
  if (!t || ctx.inQuote[f] || !(CONJUNCTIONS.has(t.lower) || CONNECTIVES.has(t.lower))) return f;
  const comma = ctx.tokens[f + 1]?.text === ",";
  if (!comma && !CONJUNCTIONS.has(t.lower)) return f;
  const next = comma ? f + 2 : f + 1;
  return next < ctx.sentTo[s] && ctx.tokens[next].word ? next : f;
}

const CONNECTIVES = new Set(["however", "still", "meanwhile", "instead", "later", "earlier", "indeed", "moreover", "now"]);

function opensFrontedPhrase(ctx: Ctx, f: number): boolean {
  const w = ctx.tokens[f].lower;
  return FRONTED_SUBORDINATORS.has(w) || PREPOSITIONS.has(w) || participleLead(ctx, f);
}

/** "Speaking at …", "Asked about …", "Meeting with Lind, …": a participle that leads a phrase
 *  (a preposition, a determiner, "that", an object pronoun or a name comes next). "According"
 *  is left out: "According to X, …" names a source. "Morning commuters said" has no such next word. */
function participleLead(ctx: Ctx, f: number): boolean {
  const w = ctx.tokens[f].lower;
  if (w === "according" || !(/^[a-z]{3,}ing$/.test(w) || /^[a-z]{3,}ed$/.test(w))) return false;
  const next = ctx.tokens[f + 1];
  if (!next || !next.word) return false;
  return PREPOSITIONS.has(next.lower) || DETERMINERS.has(next.lower) || next.lower === "that" || OBJECT_PRONOUNS.has(next.lower) || ctx.mentionStart.has(f + 1);
}

const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me", "it"]);

/** The token after the fronted phrase's comma. A comma that closes a quotation ("called
 *  “distasteful,” Lind said") ends it too. A place after a place named by a preposition ("in
 *  Salem, Harbourland, Lind …") belongs to the phrase. */
function phraseEnd(ctx: Ctx, s: number, f: number): number | null {
  const to = Math.min(ctx.sentTo[s], f + REACH);
  for (let k = f + 1; k < to; k++) {
    const t = ctx.tokens[k];
    if (t.text !== ",") continue;
    let next = k + 1;
    if (ctx.inQuote[k]) {
      if (!(MARK.test(ctx.tokens[k + 1]?.text ?? "") && !ctx.inQuote[k + 1])) continue;
      next = k + 2;
    }
    if (next >= ctx.sentTo[s]) return null;
    // "When Olsen used the words, “…,” she …": a comma that leads into a quotation is the phrase's own.
    if (placeAfterPlace(ctx, s, k, next) || opensQuotation(ctx, next)) continue;
    return next;
  }
  return null;
}

function opensQuotation(ctx: Ctx, k: number): boolean {
  return MARK.test(ctx.tokens[k].text) && !ctx.inQuote[k] && !!ctx.inQuote[k + 1];
}

/** "in Salem, Harbourland,": the name after the comma is followed by a comma, and the name
 *  before it is the object of a preposition. */
function placeAfterPlace(ctx: Ctx, s: number, comma: number, next: number): boolean {
  const after = ctx.mentionStart.get(next);
  const end = after ? after.to : capsEnd(ctx, next);
  return end >= next && ctx.tokens[end + 1]?.text === "," && placeBeforeComma(ctx, comma, ctx.sentFrom[s], REACH);
}

/** Last token of the run of capitalised words from k (k - 1 when there is none). */
function capsEnd(ctx: Ctx, k: number): number {
  let e = k;
  while (ctx.tokens[e]?.word && ctx.tokens[e].cap && !ctx.inQuote[e]) e++;
  return e - 1;
}
