// Outlets heard or relayed by a cue: "told the X", "in an interview with X", "the paper".
import { SPEECH_VERBS, OUTLET_MODIFIERS, OUTLET_NOUNS, JOURNALIST_NOUNS } from "../text/lexicon";
import { WINDOW, type Ctx, type Mention } from "./ctx";
import type { Entity } from "../types";

/** The outlet mentioned last before token v within the three sentences before, if any. */
export function lastOutletBefore(ctx: Ctx, v: number): Entity | null {
  const s = ctx.tokens[v].sentence;
  for (let k = v - 1; k >= 0 && k > v - 4 * WINDOW && ctx.tokens[k].sentence >= s - 3; k--) {
    const m = ctx.mentionEnd.get(k);
    if (m) {
      if (m.entity.kind === "outlet") return m.entity;
      k = m.from;
    }
  }
  return null;
}

const TIME_WORDS = /^(?:last|this|next|earlier|later|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The token after a time adverbial of up to three words that opens at j ("last week",
 *  "Sunday", "earlier this month"); j when none opens there. */
function afterTime(ctx: Ctx, j: number): number {
  let k = j;
  while (k < j + 3 && ctx.tokens[k]?.word && (TIME_WORDS.test(ctx.tokens[k].lower) || (k > j && /^(?:week|month|year|night|weekend|morning|evening|afternoon)$/.test(ctx.tokens[k].lower)))) k++;
  return k;
}

/** Past the time of the saying, only when a preposition follows it (so "told Reuters Tuesday"
 *  keeps its hearer): "said last week on X". */
function pastTimeOfSaying(ctx: Ctx, j: number): number {
  const k = afterTime(ctx, j);
  return k > j && /^(?:on|to|in)$/.test(ctx.tokens[k]?.lower ?? "") ? k : j;
}

/** Outlet told or spoken to: "told the X", "stated to X", "said in an interview with X". */
export function hearerAfter(ctx: Ctx, v: number): Entity | null {
  let j = v + 1;
  // ("said by telephone on X")
  if (ctx.tokens[j]?.lower === "by" && /^(?:tele)?phone$/.test(ctx.tokens[j + 1]?.lower ?? "")) j += 2;
  // ("said last week on X", "said Sunday on X": the time of the saying comes first)
  j = pastTimeOfSaying(ctx, j);
  // ("told a Ledger reporter": the outlet the journalist works for)
  const reporterOf = /^(?:a|an)$/.test(ctx.tokens[j]?.lower ?? "") ? ctx.mentionStart.get(j + 1) : undefined;
  if (reporterOf && JOURNALIST_NOUNS.has(ctx.tokens[reporterOf.to + 1]?.lower ?? "")) return reporterOf.entity.kind === "outlet" ? reporterOf.entity : null;
  // "stated to X"; "said on X", "wrote in the X" (only an outlet counts below)
  const prep = ctx.tokens[j]?.lower;
  if (prep === "to" || ((prep === "on" || prep === "in") && SPEECH_VERBS.has(ctx.tokens[v].lower))) j++;
  // ("told The Hill": the article may be the name's own first word)
  const named = ctx.mentionStart.get(j);
  if (named) return outletOrEmployer(ctx, named);
  if (ctx.tokens[j]?.lower === "the") {
    j++;
    // "told the paper": the outlet last named in the preceding sentences; "told the newspaper
    // Dagsavisen" names its own, read below.
    const noun = ctx.tokens[j];
    const named = ctx.mentionStart.has(j + 1);
    if (noun && !named && !ctx.inQuote[j] && /^(paper|newspaper|broadcaster|channel|agency|magazine|station|outlet|website|tabloid)$/.test(noun.lower)) {
      return lastOutletBefore(ctx, v);
    }
  }
  // "told state broadcaster X", "told the local newspaper X", "told local radio station X"
  for (let x = j; x < ctx.n && x < j + 4; x++) {
    const m = ctx.mentionStart.get(x);
    if (m) return outletOrEmployer(ctx, m);
    // (a capitalised modifier right before an outlet noun: "told German broadcaster X")
    const modifier = ctx.tokens[x].cap && OUTLET_NOUNS.has(ctx.tokens[x + 1]?.lower ?? "");
    if (!ctx.tokens[x].word || (ctx.tokens[x].cap && !modifier) || ctx.inQuote[x]) return null;
    if (modifier) continue;
    if (!(OUTLET_NOUNS.has(ctx.tokens[x].lower) || OUTLET_MODIFIERS.has(ctx.tokens[x].lower) || /^(german|french|british)$/.test(ctx.tokens[x].lower))) return null;
  }
  return null;
}

/** What a statement can be made in or to: "in an interview with", "in a report in", "in an op-ed for". */
const CHANNEL_NOUNS = /^(?:interview|interviews|comments|remarks|statement|statements|letter|column|op-ed|email|e-mail|emails|message|messages|report|article|story|piece|profile|podcast|broadcast)$/;

/** The token after "on/by/in" past an optional time ("aired Sunday on X"), else -1. */
function pastShown(ctx: Ctx, k: number): number {
  const at = afterTime(ctx, k);
  return /^(?:on|by|in)$/.test(ctx.tokens[at]?.lower ?? "") ? at + 1 : -1;
}

/**
 * An outlet named as the channel in the cue's own clause: "X, speaking to the Y newspaper,
 * said", "X said in an interview with broadcaster Y", "in comments to the Y", "writing in the Y".
 * Looks from the subject to a few words past the verb; stops at quotes and clause ends.
 */
export function interviewVia(ctx: Ctx, lo: number, v: number): Entity | null {
  if (v >= ctx.n) return null;
  const s = ctx.tokens[v].sentence;
  const hi = Math.min(ctx.n, v + 12);
  for (let k = lo; k < hi; k++) {
    const t = ctx.tokens[k];
    if (t.sentence !== s) break;
    if (ctx.inQuote[k]) {
      if (k > v) break;
      continue;
    }
    if (k > v && /^[.;:!?]$/.test(t.text)) break;
    const next = ctx.tokens[k + 1]?.lower ?? "";
    const channel =
      (CHANNEL_NOUNS.test(t.lower) && /^(with|to|for|in|on)$/.test(next)) ||
      (/^(speaking|talking|spoke|talked|writing|wrote)$/.test(t.lower) && /^(to|with|in|on|for)$/.test(next)) ||
      // "during an appearance on X": the programme's broadcaster
      (/^appearances?$/.test(t.lower) && next === "on") ||
      // "a letter seen by the X says": the outlet that obtained the document relays it.
      (/^(seen|obtained|leaked)$/.test(t.lower) && next === "by");
    // "said in a Harbour Radio interview": the outlet named right before the interview
    if (k > v && t.lower === "interview" && ctx.mentionEnd.get(k - 1)?.entity.kind === "outlet") return ctx.mentionEnd.get(k - 1)!.entity;
    // "in an interview aired Sunday on X", "in a report published by X"
    const shown = !channel && CHANNEL_NOUNS.test(t.lower) && /^(published|aired|airing|broadcast|posted|released|conducted)$/.test(next) ? pastShown(ctx, k + 2) : -1;
    if (!channel && shown < 0) continue;
    const e = outletAt(ctx, shown >= 0 ? shown : k + 2);
    if (e) return e;
  }
  return null;
}

/** The outlet a mention names: itself, or the one a person is of ("told Ann Berg of the Ledger"). */
function outletOrEmployer(ctx: Ctx, m: Mention): Entity | null {
  if (m.entity.kind === "outlet") return m.entity;
  if (m.entity.kind !== "person") return null;
  const j = m.to + 1;
  if (ctx.tokens[j]?.lower !== "of") return null;
  const k = ctx.tokens[j + 1]?.lower === "the" ? j + 2 : j + 1;
  const of = ctx.mentionStart.get(k) ?? ctx.mentionStart.get(j + 1);
  return of && of.entity.kind === "outlet" ? of.entity : null;
}

/** The outlet named at j, after an article and up to three lower-case descriptors. */
export function outletAt(ctx: Ctx, j: number): Entity | null {
  // ("The Times": the article may be the name's own first word)
  const named = ctx.mentionStart.get(j);
  if (named) return outletOrEmployer(ctx, named);
  if (/^(the|a|an)$/.test(ctx.tokens[j]?.lower ?? "")) j++;
  for (let x = j; x < ctx.n && x < j + 4; x++) {
    const m = ctx.mentionStart.get(x);
    if (m) return m.entity.kind === "outlet" ? m.entity : null;
    const t = ctx.tokens[x];
    if (!t.word || t.cap || ctx.inQuote[x]) return null;
    if (!(OUTLET_NOUNS.has(t.lower) || OUTLET_MODIFIERS.has(t.lower) || /^(broadcaster|television|tv|radio|newspaper|channel|station|outlet|programme|program|show)$/.test(t.lower))) return null;
  }
  return null;
}

export function mentionAfterEnd(ctx: Ctx, v: number): number {
  let j = v + 1;
  if (ctx.tokens[j]?.lower === "to") j++;
  if (ctx.tokens[j]?.lower === "the") j++;
  const m = ctx.mentionStart.get(j);
  return m ? m.to + 1 : v + 1;
}
