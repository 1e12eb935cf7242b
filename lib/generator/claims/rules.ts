// The cue table: one small named rule per cue or construction, in priority order. Each rule's
// id is stable, because a later calibration step measures every id's precision.
import type { ClaimStatus } from "../types";

export type CueRule = {
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
export const RULES: CueRule[] = [
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

export type Hit = { rule: CueRule; start: number; end: number };
