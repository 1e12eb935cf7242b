// Claim statuses: a sentence becomes a claim only when it carries an explicit cue ("denied",
// "neither confirm nor deny", "reportedly", "according to X", "declined to say"). Each cue
// is a small rule; the holder is the clause's subject (a pronoun resolves to the sentence's
// or the previous sentence's subject), the phrase after "according to", or the outlet that
// "reported" it. Rules that infer a status rather than read it are marked unsure.
import { holderBefore, holderAfter, sentenceSubject, type Holder } from "./holders";
import type { Claim, ClaimStatus, Entity, Quote, Sentence, Span } from "../types";

type CueRule = {
  rule: string;
  status: ClaimStatus;
  re: RegExp;
  /** Where the holder sits: the subject before the cue, the phrase after it, or none named. */
  holder: "subject" | "after" | "none" | "reports";
  sure: boolean;
  /** Optional guard on the text right before the match (e.g. no passives). */
  reject?: RegExp;
  /** Optional test of the text right before the match; the cue counts only when it passes. */
  accept?: (before: string) => boolean;
};

// Order matters only for overlaps: the earlier rule wins a span it shares with a later one.
const RULES: CueRule[] = [
  { rule: "ncnd", status: "neither_confirmed_nor_denied", holder: "subject", sure: true,
    re: /\b(?:neither\s+)?confirm(?:ed|s|ing)?\s+n?or\s+den(?:y|ied|ies|ying)\b|\b(?:neither\s+)?den(?:y|ied|ies|ying)\s+n?or\s+confirm(?:ed|s|ing)?\b/gi },
  { rule: "no-comment-request", status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:did\s+not|didn't|has\s+not|have\s+not|had\s+not|hasn't|haven't)\s+(?:yet\s+)?(?:immediately\s+)?(?:respond(?:ed)?|reply|replied|return(?:ed)?)\s+(?:to\s+)?(?:a\s+|an\s+|the\s+|repeated\s+|several\s+|multiple\s+)?(?:requests?|calls?|messages?|e-?mails?|inquiries|queries)\b/gi },
  { rule: "no-comment-reached", status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:could\s+not|couldn't)\s+(?:immediately\s+)?be\s+reached\s+for\s+comment\b/gi },
  { rule: "no-comment-declined", status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:declined|refused|would\s+not|wouldn't|did\s+not|didn't|will\s+not|won't)\s+(?:to\s+)?(?:immediately\s+)?(?:comment|say|elaborate|disclose|reveal|discuss|specify|identify|give\s+(?:any\s+|further\s+|more\s+)?details)\b/gi },
  { rule: "no-comment-unavailable", status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:was|were|is|are)\s+(?:not\s+)?(?:immediately\s+)?(?:unavailable|not\s+available)\s+for\s+comment\b|\b(?:could\s+not|couldn't)\s+(?:immediately\s+)?be\s+reached\b|\bdeclined\s+(?:\w+\s+)?(?:requests?|invitations?)\s+(?:for|to)\s+(?:comment|an?\s+interview|be\s+interviewed)\b/gi },
  { rule: "no-comment-release", status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:declined|refused|would\s+not|wouldn't|did\s+not|didn't|has\s+not|have\s+not)\s+(?:to\s+)?(?:yet\s+)?(?:release|publicly\s+name|name|provide)\s+(?:the\s+|any\s+|further\s+|more\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:names?|details?|identity|identities|figures?|information|reasons?)\b/gi },
  { rule: "no-comment-rather-not", status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:had|'d)\s+better\s+not\s+say\b|\bbetter\s+not\s+(?:say|comment)\b|\b(?:would|'d)\s+rather\s+not\s+(?:say|comment)\b|\bno\s+comment\b/gi },
  { rule: "no-comment-none", status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:had|has|have|made|offered|gave)\s+no\s+(?:immediate\s+|further\s+|public\s+)?comment\b|\b(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:publicly\s+)?commented\b/gi },
  { rule: "no-comment-from", status: "no_comment", holder: "after", sure: true,
    re: /\bno\s+(?:immediate\s+)?(?:comment|response)\s+from\b/gi },
  { rule: "not-verified", status: "reported_unverified", holder: "none", sure: true,
    re: /\b(?:could\s+not|couldn't|cannot|can't|has\s+not|have\s+not|had\s+not|did\s+not)\s+(?:yet\s+)?(?:immediately\s+|independently\s+)?(?:be|been)\s+(?:independently\s+|immediately\s+)?(?:verified|confirmed)\b/gi },
  { rule: "not-verified", status: "reported_unverified", holder: "subject", sure: true,
    re: /\b(?:could\s+not|couldn't|cannot|can't|has\s+not|have\s+not|did\s+not)\s+(?:yet\s+)?(?:independently\s+)?(?:verify|verified|confirm|confirmed)\b/gi },
  { rule: "denied", status: "denied", holder: "subject", sure: true,
    re: /\b(?:denied|denies|deny|denying)\b/gi,
    reject: /\b(?:was|were|been|being|be|is|are|not|n't|to)\s+$/i },
  { rule: "rejected", status: "denied", holder: "subject", sure: true,
    re: /\b(?:rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:the\s+|these\s+|those\s+|such\s+|all\s+|any\s+)?(?:\w+\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?|charges?|rumou?rs?)\b/gi },
  { rule: "called-false", status: "denied", holder: "subject", sure: true,
    re: /\bcalled\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?)\s+(?:\w+\s+)?(?:false|untrue|baseless|fake|groundless|unfounded|nonsense|lies|a\s+lie|fabricated)\b/gi },
  { rule: "said-false", status: "denied", holder: "subject", sure: true,
    re: /\b(?:said|says|insisted|insists|stated|states)\s+(?:that\s+)?(?:the\s+|these\s+|those\s+|such\s+)?(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories|story)\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:false|untrue|baseless|fake|groundless|unfounded|incorrect|wrong|not\s+true|nonsense)\b/gi },
  { rule: "pleaded-not-guilty", status: "denied", holder: "subject", sure: true,
    re: /\bpleaded\s+not\s+guilty\b|\bpleads\s+not\s+guilty\b/gi },
  // No rule for "accused X of …": an accusation is one side's charge, none of the five
  // statuses (and its object is often a scare-quoted word, "accused him of “dithering”").
  { rule: "admitted", status: "confirmed", holder: "subject", sure: true,
    re: /\b(?:admitted|acknowledged|admits|acknowledges)\s+(?:that\b|\w+ing\b)/gi,
    reject: /\b(?:not|n't|never|was|were|been|be|is|are)\s+$/i },
  { rule: "sources-familiar", status: "reported_unverified", holder: "reports", sure: true,
    re: /\b(?:sources?|people|persons?|officials?)\s+(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of)\b/gi },
  { rule: "confirmed", status: "confirmed", holder: "subject", sure: true,
    // Not the adjective ("20 confirmed cases", "the confirmed deaths").
    re: /\b(?:confirmed|confirms)\b(?!\s+(?:cases?|deaths?|infections?|dead|kills?|sightings?|reports?\s+of)\b)/gi,
    reject: /(?:\b(?:not|n't|never|to|yet\s+to|been|be|was|were|is|are)\s+(?:\w+\s+)?|\b(?:the|a|an|of|\d[\d,.]*)\s+)$/i },
  { rule: "according-to-reports", status: "reported_unverified", holder: "reports", sure: true,
    re: /\baccording\s+to\s+(?:\w+\s+)?reports?\b(?!\s+(?:from|by|of|in|carried|published|released|issued)\b)/gi },
  { rule: "according-to", status: "reported_unverified", holder: "after", sure: true,
    re: /\baccording\s+to\b(?!\s+(?:the\s+)?(?:plan|plans|schedule|rules?|law|tradition|custom|protocol|procedure|script)\b)/gi },
  { rule: "reports-say", status: "reported_unverified", holder: "reports", sure: true,
    re: /\breports?\s+(?:have\s+|has\s+|had\s+)?(?:revealed|reveal|said|say|says|suggested|suggest|suggests|indicated|indicate|indicates|claimed|claim|stated|alleged)\b/gi },
  { rule: "report-by", status: "reported_unverified", holder: "after", sure: true,
    re: /\b(?:a|the)\s+(?:\w+\s+)?report\s+(?:by|from|in)\s+(?=[^,.;]{1,60}?\s+(?:said|says|found|finds|showed|shows|claimed|claims|suggested|suggests|revealed|reveals)\b)/gi },
  { rule: "citing-sources", status: "reported_unverified", holder: "subject", sure: true,
    re: /\bciting\s+(?:unnamed|anonymous|unidentified)\s+(?:\w+\s+)?(?:sources?|officials?|people)\b/gi },
  { rule: "reported-that", status: "reported_unverified", holder: "subject", sure: true,
    re: /\breported\b(?=\s+(?:\w+\s+){0,4}?(?:that|on|in)\b)/gi,
    reject: /\b(?:was|were|been|being|be|is|are|not|n't|widely)\s+$/i },
  { rule: "reported-that", status: "reported_unverified", holder: "subject", sure: true,
    re: /\breports\s+that\b/gi,
    reject: /\b(?:media|news|press|these|those|the|of|such|unconfirmed|[a-z]+ed)\s+$/i },
  { rule: "reported-tail", status: "reported_unverified", holder: "subject", sure: true,
    re: /\breported(?=\s*[.!]?\s*["”’]?\s*$)/gi,
    reject: /\b(?:was|were|been|being|be|is|are|not|n't|widely)\s+$/i },
  { rule: "it-is-reported", status: "reported_unverified", holder: "none", sure: true,
    re: /\b(?:it\s+(?:was|is|has\s+been)\s+(?:reported|alleged|claimed|rumou?red)|(?:is|are|was|were)\s+(?:said|reported|believed)\s+to\s+have)\b/gi },
  { rule: "reportedly", status: "reported_unverified", holder: "none", sure: true,
    re: /\b(?:reportedly|allegedly|purportedly|supposedly)\b/gi },
  { rule: "claimed", status: "reported_unverified", holder: "subject", sure: true,
    re: /\bclaimed\b(?!\s+(?:by|and|or|as|in|from)\b|,)|\bclaims?\s+that\b/gi,
    // A verb, not a participle ("regions claimed by"): a subject or auxiliary stands right before it.
    accept: (before) => /(?:\b(?:he|she|they|it|we|I|who|has|have|had|also|and)|[A-Z][\w'’.-]*|\b\w+ly|\b(?:officials|police|authorities|media|government|ministry|company|lawyers?|prosecutors|sources|reports?))\s+$/.test(before) &&
      !/\b(?:the|these|those|such|his|her|their|its|of|was|were|been|is|are)\s+$/i.test(before) },
  { rule: "leaked", status: "reported_unverified", holder: "none", sure: true,
    re: /\bleaked\s+(?:\w+\s+)?(?:documents?|memos?|e-?mails?|files?|papers|cables?|report|recordings?|audio|video|messages?)\b/gi },
  { rule: "unconfirmed", status: "reported_unverified", holder: "none", sure: true,
    re: /\b(?:unconfirmed|unverified)\s+(?:\w+\s+)?(?:reports?|claims?|accounts?|information|video|footage|images?|rumou?rs?)\b/gi },
  // A statement that something did not happen, with no word "deny": a status the rules infer.
  { rule: "said-negated", status: "denied", holder: "subject", sure: false,
    re: /\b(?:said|says|stated|states|insisted|insists|maintained|maintains)\s+(?:that\s+)?(?:he|she|they|it|we)\s+(?:has|have|had|did|does|do|was|were|is|are)\s*(?:not|n't|never)\s+(?!(?:know|knew|known|want|wanted|think|thought|believe|believed|expect|expected|plan|planned|intend|intended|remember|recall|see|seen|understand|feel|felt|like|need|yet)\b)\w+/gi },
];

const STRONG: ClaimStatus[] = ["neither_confirmed_nor_denied", "denied", "confirmed", "no_comment"];

type Hit = { rule: CueRule; start: number; end: number };

export function findClaims(body: string, sentences: Sentence[], entities: Entity[], quotes: Quote[]): Claim[] {
  const claims: Claim[] = [];
  for (const s of sentences) {
    // Cheap gate: most sentences carry no cue word at all.
    if (!/confirm|den[yi]|respon|repl|return|reach|declin|refus|not|n't|better|rather|comment|verif|reject|dismiss|refut|according|report|alleged|purported|supposed|claim|leak|unconfirm|said|says|state|insist|maintain|admit|acknowledg|called|familiar|close to|knowledge|citing|rumou?r|unavailable|pleaded|pleads/i.test(s.text)) continue;
    const hits = cueHits(s.text);
    if (!hits.length) continue;
    for (const claim of claimsOf(body, s, hits, sentences, entities, quotes)) claims.push(claim);
  }
  return claims;
}

function cueHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 40), start);
      if (rule.reject && rule.reject.test(before)) continue;
      if (rule.accept && !rule.accept(before)) continue;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ rule, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function claimsOf(body: string, s: Sentence, all: Hit[], sentences: Sentence[], entities: Entity[], quotes: Quote[]): Claim[] {
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
  // An inferred denial only counts when nothing explicit is there.
  if (hits.some((h) => h.rule.sure)) hits = hits.filter((h) => h.rule.sure);

  const tail = all.find((h) => h.rule.rule === "reported-tail");
  const out: Claim[] = [];
  for (const h of hits) {
    const holder = findHolder(body, s, h, tail, sentences, entities, quotes);
    const claimText = claimTextOf(s.text, h, tail);
    // A lone scare-quoted word or two ("dithering") is someone's wording, not a claim.
    if (/^["“‘'][^"“”‘’']{1,40}["”’']$/.test(claimText.trim()) && claimText.trim().split(/\s+/).length <= 3) continue;
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
      rule: h.rule.rule,
      ...(holder?.via ? { via: holder.via } : {}),
    });
  }
  return out;
}

function findHolder(
  body: string,
  s: Sentence,
  h: Hit,
  tail: Hit | undefined,
  sentences: Sentence[],
  entities: Entity[],
  quotes: Quote[],
): Holder | null {
  const ctx = { body, sentences, entities, quotes };
  // Words inside a quotation belong to its speaker ("I can neither confirm nor deny it").
  const q = quotes.find(
    (x) => x.speaker && x.kind !== "title" && x.kind !== "scare" && x.start <= s.start + h.start && s.start + h.end <= x.end,
  );
  if (q?.speaker && /\b(?:I|we|me|us)\b/.test(s.text.slice(0, h.start))) return { name: q.speaker, via: q.via ?? null };

  let holder: Holder | null = null;
  if (h.rule.holder === "after") holder = holderAfter(s, h.end, ctx);
  else if (h.rule.holder === "reports") holder = { name: "unnamed reports", via: null };
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

/** The words the status applies to, taken from the sentence around the cue. */
function claimTextOf(text: string, h: Hit, tail: Hit | undefined): string {
  let t = text;
  if (tail && tail !== h) t = t.slice(0, Math.max(h.end, commaBefore(t, tail.start)));
  const after = t.slice(h.end);
  const before = t.slice(0, h.start);
  let claim: string;
  switch (h.rule.rule) {
    case "according-to":
    case "according-to-reports": {
      // "…, according to X." closing the sentence: the claim is what came before.
      if (before.trim().length > 0 && /,\s*$/.test(before) && !/,\s/.test(after)) {
        claim = before;
        break;
      }
      const comma = after.search(/,\s/);
      claim = comma >= 0 && comma < 80 ? after.slice(comma + 1) : after.replace(/^\s*(?:[A-Z][\w'’.-]*\s+)+/, "");
      // "According to Reuters, which cited two officials, the cabinet met": the words after
      // the holder that describe it (a relative or "citing" clause) are not the claim.
      claim = claim.replace(/^\s*(?:quoting|citing|which|who|whose)\b[^,]*,/i, "");
      break;
    }
    case "reported-tail":
      claim = before.replace(/,?\s*[^,]*$/, "");
      break;
    case "it-is-reported":
      if (/^it\b/i.test(text.slice(h.start, h.end))) {
        claim = after;
        break;
      }
      claim = text;
      break;
    case "reportedly":
    case "leaked":
    case "unconfirmed":
      claim = text.slice(0, tail && tail !== h ? commaBefore(text, tail.start) : text.length);
      break;
    case "no-comment-request":
    case "no-comment-reached":
    case "no-comment-declined":
    case "no-comment-rather-not": {
      const asked = /\bwhen\s+asked\s+(?:about\s+)?(.*)$/i.exec(text);
      const about = /\b(?:about|on|regarding|concerning)\s+(.+)$/i.exec(after);
      if (asked) claim = asked[1];
      else if (h.rule.rule === "no-comment-request" || h.rule.rule === "no-comment-reached") claim = about ? about[1] : "a request for comment";
      else claim = cutAtClauseEnd(cutAtQuoteEnd(after)).replace(/^\s*(?:on|about|regarding|concerning)\s+/i, "");
      if (!claim.replace(/[\s.,"”’]/g, "")) claim = "a request for comment";
      break;
    }
    case "report-by": {
      const verb = /\s(?:said|says|found|finds|showed|shows|claimed|claims|suggested|suggests|revealed|reveals)\b/i.exec(after);
      claim = verb ? after.slice(verb.index + verb[0].length) : after;
      break;
    }
    case "citing-sources":
      claim = (before.replace(/,\s*$/, "") + after).replace(/^.*?\b(?:reported|said|says|added)\s+(?:that\s+)?/i, "");
      break;
    case "said-negated":
      claim = text.slice(h.start).replace(/^\S+\s+(?:that\s+)?/, "");
      break;
    default:
      // "…, his office confirmed." closing the sentence: the claim is what came before.
      if (!/\p{L}/u.test(after) && /,/.test(before)) {
        claim = before.slice(0, before.lastIndexOf(","));
        break;
      }
      claim = cutAtClauseEnd(cutAtQuoteEnd(after)).replace(/^\s*(?:earlier|on\s+\w+|in\s+\w+|last\s+\w+|\w+ly)?\s*(?:that\b)?/i, "");
  }
  return tidy(claim) || tidy(text);
}

/** The claim ends where a new clause about something else starts ("…, but said …",
 *  "…, according to a statement"). */
function cutAtClauseEnd(s: string): string {
  const m = /,?\s+but\s+|,\s*according\s+to\b|,\s*(?:he|she|they|it)\s+(?:said|added)\b/i.exec(s);
  return m && m.index > 0 ? s.slice(0, m.index) : s;
}

/** Words inside a quotation end at its closing mark ("… deny it,” he added"). */
function cutAtQuoteEnd(s: string): string {
  const lead = /^\s*[”"’]/.exec(s)?.[0].length ?? 0; // the mark closing a quoted cue itself
  const m = /[”"]\s*,|,\s*[”"]|[”"]\s+(?=[a-z])/.exec(s.slice(lead));
  return m ? s.slice(0, lead + m.index) : s;
}

function commaBefore(text: string, index: number): number {
  const c = text.lastIndexOf(",", index);
  return c >= 0 ? c : index;
}

function tidy(s: string): string {
  let t = s
    .replace(/^[\s,;:"”‘’]+/, "")
    .replace(/[\s,;:.!?"“”‘’]+$/, "")
    .replace(/^(?:that|whether)\s+/i, "")
    .trim();
  // Keep quotation marks paired: a claim ending inside a quotation gets its closing mark back.
  if ((t.match(/“/g)?.length ?? 0) > (t.match(/”/g)?.length ?? 0)) t += "”";
  if ((t.match(/"/g)?.length ?? 0) % 2 === 1) t += '"';
  return t;
}
