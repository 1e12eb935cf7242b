// Claim statuses: a sentence becomes a claim only when it carries an explicit cue ("denied",
// "neither confirm nor deny", "reportedly", "according to X", "declined to say"). Each cue
// is a small rule; the holder is the clause's subject (a pronoun resolves to the sentence's
// or the previous sentence's subject), the phrase after "according to", or the outlet that
// "reported" it. Rules that infer a status rather than read it are marked unsure.
import { holderBefore, holderAfter, sentenceSubject, type Holder, type HolderContext } from "./holders";
import type { TextLayer } from "../text/layer";
import { describedInPhrase, holderInside, namedInPhrase } from "./phrase-holders";
import type { Claim, ClaimStatus, Entity, Quote, Sentence, Span } from "../types";
import { RULES, type CueRule, type Hit } from "./rules";
import { claimTextOf } from "./claim-text";
import { passedHints } from "./hint-scan";

const STRONG: ClaimStatus[] = ["neither_confirmed_nor_denied", "denied", "confirmed", "no_comment"];


export function findClaims(text: TextLayer, entities: Entity[], quotes: Quote[]): Claim[] {
  const claims: Claim[] = [];
  const ctx: HolderContext = { body: text.body, sentences: text.sentences, tokens: text.tokens, entities, quotes };
  for (const s of text.sentences) {
    // Cheap gate: most sentences carry no cue word at all.
    if (!/confirm|den[yi]|respon|repl|return|reach|declin|refus|not|n't|better|rather|comment|verif|reject|dismiss|refut|according|report|alleg|purported|supposed|claim|leak|unconfirm|said|says|state|insist|maintain|admit|acknowledg|called|familiar|close to|knowledge|citing|rumou?r|unavailable|pleaded|pleads|disput|charge|accused|theori|source|understands|understood|thought|believed|learn/i.test(s.text)) continue;
    const hits = cueHits(s.text);
    if (!hits.length) continue;
    for (const claim of claimsOf(ctx, s, hits)) claims.push(claim);
  }
  return claims;
}

function cueHits(text: string): Hit[] {
  const hits: Hit[] = [];
  const passed = passedHints(RULES, text);
  for (let r = 0; r < RULES.length; r++) {
    if (!passed[r]) continue;
    const rule = RULES[r];
    // exec, not matchAll: matchAll clones the regex for every rule and sentence, which cost
    // more than the matching. Every cue pattern is /gi (no u), so an empty match steps by one.
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (!m[0]) rule.re.lastIndex++;
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 40), start);
      if (rule.reject && rule.reject.test(before)) continue;
      if (rule.accept && !rule.accept(before)) continue;
      if (rule.sentence && !rule.sentence.test(text)) continue;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ rule, start, end, ...(rule.holder === "inner" ? { inner: innerSpan(m[0], start) } : {}) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The words between a cue's first and last word ("with [the Ledger] reporting"). */
function innerSpan(match: string, start: number): { start: number; end: number } {
  const first = /^\S+\s+/.exec(match)?.[0].length ?? 0;
  const last = /\s+\S+$/.exec(match)?.index ?? match.length;
  return { start: start + first, end: start + last };
}

function claimsOf(ctx: HolderContext, s: Sentence, all: Hit[]): Claim[] {
  const { body } = ctx;
  // A trailing "…, X reported." relays a sentence that already has a stronger status; and a
  // sentence has at most one claim per status (two cues of one status restate one claim).
  const strong = all.some((h) => STRONG.includes(h.rule.status) && h.rule.sure);
  // Likewise "…, according to a statement" after a stronger cue only names where it was said.
  const firstStrong = all.find((h) => STRONG.includes(h.rule.status) && h.rule.sure);
  let hits = all.filter(
    (h) => !(strong && h.rule.rule === "reported-tail") && !(firstStrong && h.rule.rule === "according-to" && h.start > firstStrong.end),
  );
  // "X reportedly …, according to a report by Y": a cue that names a holder beats one of the
  // same status that names none, so Y holds the claim.
  hits = hits.filter(
    (h) => !(h.rule.holder === "none" && hits.some((o) => o !== h && o.rule.status === h.rule.status && o.rule.holder === "after")),
  );
  const seen = new Set<ClaimStatus>();
  hits = hits.filter((h) => (seen.has(h.rule.status) ? false : (seen.add(h.rule.status), true)));
  // An unsure cue only counts when no sure cue gives the sentence the same status.
  hits = hits.filter((h) => h.rule.sure || !hits.some((o) => o.rule.sure && o.rule.status === h.rule.status));

  const tail = all.find((h) => h.rule.rule === "reported-tail");
  const out: Claim[] = [];
  for (const h of hits) {
    const holder = findHolder(ctx, s, h, tail);
    const claimText = claimTextOf(s.text, h, tail);
    // A lone scare-quoted word or two ("dithering") is someone's wording, not a claim.
    if (scareQuoted(s.text, claimText)) continue;
    const cue: Span = { start: s.start + h.start, end: s.start + h.end, text: body.slice(s.start + h.start, s.start + h.end) };
    const vague = /^(?:it|this|that|so|them|these|those|him|her)?$/i.test(claimText.trim());
    out.push({
      sentence: s.text,
      status: h.rule.status,
      by: holder?.name ?? null,
      claim: vague ? s.text : claimText,
      sentenceIds: [s.id],
      cue,
      // Sure only with a holder, unless the cue itself names none ("reportedly").
      sure: h.rule.sure && !vague && (holder !== null || h.rule.holder === "none" || h.rule.holder === "reports"),
      rule: ruleId(h, holder),
      ...(holder?.via ? { via: holder.via } : {}),
    });
  }
  return out;
}

/** A lone quoted word or two ("dithering"), with or without its marks: someone's wording. */
function scareQuoted(sentence: string, claim: string): boolean {
  const t = claim.trim();
  if (t.split(/\s+/).length > 3) return false;
  if (/^["“‘'][^"“”‘’']{1,40}["”’']$/.test(t)) return true;
  return [`"${t}"`, `“${t}”`, `‘${t}’`].some((q) => sentence.includes(q));
}

/** "according to" a named holder and "according to" a description ("a senior official", "exit
 *  polls") differ in reliability, so each has its own id. */
function ruleId(h: Hit, holder: Holder | null): string {
  if (h.rule.rule === "according-to" && holder && /^\p{Ll}/u.test(holder.name)) return "according-to-description";
  return h.rule.rule;
}

const GENERIC: Partial<Record<CueRule["holder"], string>> = { reports: "unnamed reports", sources: "unnamed sources", media: "media" };

function findHolder(ctx: HolderContext, s: Sentence, h: Hit, tail: Hit | undefined): Holder | null {
  const { quotes } = ctx;
  // Words inside a quotation belong to its speaker ("I can neither confirm nor deny it").
  const q = quotes.find(
    (x) => x.speaker && x.kind !== "title" && x.kind !== "scare" && x.start <= s.start + h.start && s.start + h.end <= x.end,
  );
  if (q?.speaker && /\b(?:I|we|me|us)\b/.test(s.text.slice(0, h.start))) return { name: q.speaker, via: q.via ?? null };

  let holder: Holder | null = null;
  if (h.rule.holder === "after" && /^according/.test(h.rule.rule)) {
    holder = namedInPhrase(s, h.end, ctx) ?? holderAfter(s, h.end, ctx) ?? describedInPhrase(s, h.end, ctx);
  } else if (h.rule.holder === "after") holder = holderAfter(s, h.end, ctx) ?? namedInPhrase(s, h.end, ctx);
  else if (GENERIC[h.rule.holder]) holder = { name: GENERIC[h.rule.holder]!, via: null };
  else if (h.inner) holder = holderInside(s, h.inner.start, h.inner.end, ctx);
  else if (h.rule.holder === "subject") holder = holderBefore(s, h.start, ctx);
  else if (tail && tail !== h) holder = holderBefore(s, tail.start, ctx);
  if (!holder && h.rule.holder === "subject") holder = sentenceSubject(s, ctx);

  // "X reported that …, Y reported": X holds the report, Y relayed it.
  if (holder && tail && tail !== h) {
    const relay = holderBefore(s, tail.start, ctx);
    if (relay && relay.name !== holder.name) holder = { ...holder, via: relay.name };
  }
  return holder;
}
