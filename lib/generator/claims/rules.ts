// The cue table: one small named rule per cue or construction, in priority order. Each rule's
// id is stable, because a later calibration step measures every id's precision.
import type { ClaimStatus } from "../types";

export type CueRule = {
  rule: string;
  /** A cheap test the sentence must pass before the rule's pattern runs (its cue word). */
  hint: RegExp;
  status: ClaimStatus;
  re: RegExp;
  /** Where the holder sits: the subject before the cue, the phrase after it, or none named. */
  holder: "subject" | "after" | "none" | "reports" | "sources" | "media" | "inner";
  sure: boolean;
  /** Optional guard on the text right before the match (e.g. no passives). */
  reject?: RegExp;
  /** Optional test of the text right before the match; the cue counts only when it passes. */
  accept?: (before: string) => boolean;
  /** Optional test of the whole sentence; the cue counts only when it passes. */
  sentence?: RegExp;
};

/** A deny verb that is passive ("was twice denied a visa"), negated ("did not deny") or in the
 *  scope of a refusal ("refused to deny") states no denial. */
const DENY_REJECT =
  /(?:\b(?:was|were|been|being|be|is|are|get|gets|got|getting)\s+(?:(?:\w+ly|twice|also|not|never|then|later|again)\s+)*|\b(?:not|n't|never|no|without|refused\s+to|declined\s+to|failed\s+to)\s+(?:\w+ly\s+)?)$/i;
const CONFIRM_REJECT = /(?:\b(?:not|n't|never|to|yet\s+to|been|be|was|were|is|are)\s+(?:\w+\s+)?|\b(?:the|a|an|of|\d[\d,.]*)\s+)$/i;
const LEAKS = String.raw`(?:documents?|memos?|e-?mails?|files?|papers|cables?|reports?|recordings?|audio|video|messages?|letters?|drafts?|minutes|transcripts?)\b`;
const DENY = String.raw`\b(?:denied|denies|deny|denying)`;
/** Nouns that name a statement, so that denying one is a denial ("denied the allegations"). */
const CLAIM_NOUNS = String.raw`(?:claims?|reports?|allegations?|accusations?|charges?|rumou?rs?|stories|story|suggestions?|assertions?|account|wrongdoing|involvement|knowledge|responsibility|existence|link|links|role|the\s+\w+\s+claims?)`;

// Order matters only for overlaps: the earlier rule wins a span it shares with a later one.
export const RULES: CueRule[] = [
  { rule: "ncnd", hint: /confirm/i, status: "neither_confirmed_nor_denied", holder: "subject", sure: true,
    re: /\b(?:neither\s+)?confirm(?:ed|s|ing)?\s+n?or\s+den(?:y|ied|ies|ying)\b|\b(?:neither\s+)?den(?:y|ied|ies|ying)\s+n?or\s+confirm(?:ed|s|ing)?\b/gi },
  { rule: "no-comment-request", hint: /respon|repl|return/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:did\s+not|didn't|has\s+not|have\s+not|had\s+not|hasn't|haven't)\s+(?:yet\s+)?(?:immediately\s+)?(?:respond(?:ed)?|reply|replied|return(?:ed)?)\s+(?:to\s+)?(?:a\s+|an\s+|the\s+|repeated\s+|several\s+|multiple\s+)?(?:requests?|calls?|messages?|e-?mails?|inquiries|queries)\b/gi },
  { rule: "no-comment-reached", hint: /reach/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:could\s+not|couldn't)\s+(?:immediately\s+)?be\s+reached\s+for\s+comment\b/gi },
  { rule: "no-comment-declined", hint: /declin|refus|not|n't/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:declined|refused|would\s+not|wouldn't|did\s+not|didn't|will\s+not|won't)\s+(?:to\s+)?(?:immediately\s+)?(?:comment|say|elaborate|disclose|reveal|discuss|specify|identify|speculate|give\s+(?:(?:any|further|more|additional|other)\s+)*details)\b/gi },
  // "have not said why …": an open question the holder leaves unanswered.
  { rule: "no-comment-not-said", hint: /not|n't/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:has|have|had|did)\s*(?:not|n't)\s+(?:yet\s+)?(?:publicly\s+)?(?:said|explained|disclosed|revealed|specified)\s+(?=(?:why|whether|how|what|who|when|where|if|which)\b)/gi },
  { rule: "no-comment-unavailable", hint: /availab|reach|declin/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:was|were|is|are)\s+(?:not\s+)?(?:immediately\s+)?(?:unavailable|not\s+available)\s+for\s+comment\b|\b(?:could\s+not|couldn't)\s+(?:immediately\s+)?be\s+reached\b|\bdeclined\s+(?:\w+\s+)?(?:requests?|invitations?)\s+(?:for|to)\s+(?:comment|an?\s+interview|be\s+interviewed)\b/gi },
  { rule: "no-comment-release", hint: /declin|refus|not|n't/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:declined|refused|would\s+not|wouldn't|did\s+not|didn't|has\s+not|have\s+not)\s+(?:to\s+)?(?:yet\s+)?(?:release|publicly\s+name|name|provide)\s+(?:the\s+|any\s+|further\s+|more\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:names?|details?|identity|identities|figures?|information|reasons?)\b/gi },
  { rule: "no-comment-rather-not", hint: /better|rather|comment/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:had|'d)\s+better\s+not\s+say\b|\bbetter\s+not\s+(?:say|comment)\b|\b(?:would|'d)\s+rather\s+not\s+(?:say|comment)\b|\bno\s+comment\b/gi },
  { rule: "no-comment-none", hint: /comment/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:had|has|have|made|offered|gave)\s+no\s+(?:immediate\s+|further\s+|public\s+)?comment\b|\b(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:publicly\s+)?commented\b/gi },
  { rule: "no-comment-from", hint: /comment|response/i, status: "no_comment", holder: "after", sure: true,
    re: /\bno\s+(?:immediate\s+)?(?:comment|response)\s+from\b/gi },
  { rule: "not-verified", hint: /verif|confirm/i, status: "reported_unverified", holder: "none", sure: true,
    re: /\b(?:could\s+not|couldn't|cannot|can't|has\s+not|have\s+not|had\s+not|did\s+not)\s+(?:yet\s+)?(?:immediately\s+|independently\s+)?(?:be|been)\s+(?:independently\s+|immediately\s+)?(?:verified|confirmed)\b/gi },
  { rule: "not-verified", hint: /verif|confirm/i, status: "reported_unverified", holder: "subject", sure: true,
    re: /\b(?:could\s+not|couldn't|cannot|can't|has\s+not|have\s+not|did\s+not)\s+(?:yet\s+)?(?:independently\s+)?(?:verify|verified|confirm|confirmed)\b/gi },
  // Deny in its claim sense takes a that-clause, a gerund, a statement noun or a pronoun; deny
  // with a person or a thing granted ("denied them entry", "denied visas") is a refusal.
  { rule: "denied-that", hint: /den[yi]/i, status: "denied", holder: "subject", sure: true, reject: DENY_REJECT,
    re: new RegExp(String.raw`${DENY}(?=\s+(?:(?:ever|repeatedly|strongly|flatly|again)\s+)?(?:that|having|being|ever)\b)`, "gi") },
  { rule: "denied-claim", hint: /den[yi]/i, status: "denied", holder: "subject", sure: true, reject: DENY_REJECT,
    re: new RegExp(String.raw`${DENY}\s+(?:(?:the|these|those|such|all|any|his|her|their|its|a|an|this|that|reports\s+of)\s+)?(?:[\w'’-]+\s+){0,2}?${CLAIM_NOUNS}\b`, "gi") },
  { rule: "denied-pronoun", hint: /den[yi]/i, status: "denied", holder: "subject", sure: true, reject: DENY_REJECT,
    re: new RegExp(String.raw`${DENY}\s+(?:it|this|that|so|them|these|those)(?=\s*(?:[,;.:)"”]|$)|\s+(?:and|but|in|on|at|through|to|when|after|during|last|strongly|repeatedly|vehemently|flatly)\b)`, "gi") },
  // "the charges, which she denies, …" / "a charge he has always denied.": the object is the
  // statement named before the verb.
  { rule: "denied-gap", hint: /den[yi]/i, status: "denied", holder: "subject", sure: true, reject: DENY_REJECT,
    re: /\b(?:denied|denies)(?=\s*(?:[,;.)]|$))/gi },
  // "Disputes" is also a noun ("legal disputes"): only in a relative clause ("a claim his
  // office disputes").
  { rule: "disputed-gap", hint: /disput/i, status: "denied", holder: "subject", sure: true, reject: DENY_REJECT, accept: inRelative,
    re: /\b(?:disputes|disputed)(?=\s*(?:[,;.)]|$))/gi },
  // Reject in the same place may be a plan or an offer turned down: kept, marked unsure.
  { rule: "rejected-gap", hint: /reject/i, status: "denied", holder: "subject", sure: false, reject: DENY_REJECT,
    accept: inRelative,
    re: /\b(?:rejects|rejected)(?=\s*(?:[,;.)]|$))/gi },
  { rule: "rejected", hint: /reject|dismiss|refut/i, status: "denied", holder: "subject", sure: true,
    re: /\b(?:rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:the\s+|these\s+|those\s+|such\s+|all\s+|any\s+|that\s+|this\s+)?(?:\w+\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?|charges?|rumou?rs?|characteri[sz]ations?|assertions?|contention|narrative)\b/gi },
  // "rejected the idea that …" denies a claim; "rejected the idea of a debate" turns down a plan.
  { rule: "rejected-idea-that", hint: /reject|dismiss|refut|disput/i, status: "denied", holder: "subject", sure: true,
    re: /\b(?:rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+(?:the|that|this|any)\s+(?:\w+\s+)?(?:ideas?|notions?|premise|theory|view|argument|perception|impression)(?=\s+that\b)/gi },
  { rule: "called-false", hint: /called/i, status: "denied", holder: "subject", sure: true,
    re: /\bcalled\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?)\s+(?:\w+\s+)?(?:false|untrue|baseless|fake|groundless|unfounded|nonsense|lies|a\s+lie|fabricated)\b/gi },
  { rule: "said-false", hint: /false|untrue|baseless|fake|groundless|unfounded|incorrect|wrong|true|nonsense/i, status: "denied", holder: "subject", sure: true,
    re: /\b(?:said|says|insisted|insists|stated|states)\s+(?:that\s+)?(?:the\s+|these\s+|those\s+|such\s+)?(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories|story)\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:false|untrue|baseless|fake|groundless|unfounded|incorrect|wrong|not\s+true|nonsense)\b/gi },
  { rule: "pleaded-not-guilty", hint: /plead/i, status: "denied", holder: "subject", sure: true,
    re: /\bpleaded\s+not\s+guilty\b|\bpleads\s+not\s+guilty\b/gi },
  // No rule for "accused X of …": an accusation is one side's charge, none of the five
  // statuses (and its object is often a scare-quoted word, "accused him of “dithering”").
  { rule: "admitted", hint: /admit|acknowledg/i, status: "confirmed", holder: "subject", sure: true,
    re: /\b(?:admitted|acknowledged|admits|acknowledges)(?=\s+(?:(?:[\w'’-]+\s+){0,3}?that\b|\w+ing\b))/gi,
    reject: /\b(?:not|n't|never|was|were|been|be|is|are|refused\s+to|declined\s+to)\s+$/i },
  // "admits he was wrong": the clause without "that".
  { rule: "admitted-clause", hint: /admit|acknowledg/i, status: "confirmed", holder: "subject", sure: true,
    re: /\b(?:admitted|acknowledged|admits|acknowledges)(?=\s+(?:he|she|they|it|there|we|I)\s)/gi,
    reject: /\b(?:not|n't|never|was|were|been|be|is|are|refused\s+to|declined\s+to)\s+$/i },
  { rule: "sources-familiar", hint: /familiar|close|knowledge/i, status: "reported_unverified", holder: "sources", sure: true,
    sentence: /\b(?:said|say|says|told|tell|according\s+to|added|believe|believed|expect|expected|described|insisted)\b/i,
    re: /\b(?:sources?|people|persons?|officials?)\s+(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of)\b/gi },
  // Confirm with a clause is the claim sense; with a nominee ("confirmed a judge", "confirmed
  // as secretary", "confirmed by the Senate") it is the approval of an appointment.
  { rule: "confirmed-that", hint: /confirm/i, status: "confirmed", holder: "subject", sure: true, reject: CONFIRM_REJECT,
    re: /\b(?:confirmed|confirms)(?=\s+(?:that\b|(?:he|she|they|it|there|we|I)\s))/gi },
  // Present plural "the tests confirm that …"; after a modal, "to" or a negation it states nothing.
  { rule: "confirm-present", hint: /confirm/i, status: "confirmed", holder: "subject", sure: true,
    reject: /\b(?:to|not|n't|never|can|could|would|will|may|might|should|must|cannot|neither|nor|or|and|please|yet|refused|declined|asked|did|do|does|help|helps|helped|I|we|you)\s+(?:\w+ly\s+)?$/i,
    re: /\bconfirm\s+(?=that\b|(?:the|a|an|this|these|his|her|their|its|what)\s)/gi },
  { rule: "confirmed", hint: /confirm/i, status: "confirmed", holder: "subject", sure: true, reject: CONFIRM_REJECT,
    // Not the adjective ("20 confirmed cases", "the confirmed deaths").
    re: /\b(?:confirmed|confirms)\b(?!\s+(?:cases?|deaths?|infections?|dead|kills?|sightings?|reports?\s+of|as|by)\b)(?!\s+(?:[\w'’.-]+\s+){0,3}?(?:judges?|nominees?|nominations?|justices?|appointees?|appointments?|ambassadors?|secretar(?:y|ies)|faith|fears|suspicions)\b)/gi },
  { rule: "according-to-reports", hint: /according/i, status: "reported_unverified", holder: "reports", sure: true,
    re: /\baccording\s+to\s+(?:\w+\s+)?reports?\b(?!\s+(?:from|by|of|in|carried|published|released|issued)\b)/gi },
  { rule: "according-to", hint: /according/i, status: "reported_unverified", holder: "after", sure: true,
    re: /\baccording\s+to\b(?!\s+(?:(?:the|their|his|her|its|our|state|federal|local|one's)\s+)?(?:\w+\s+)?(?:plans?|schedule|rules?|laws?|tradition|custom|protocol|procedures?|script|preferences?|wishes|instructions|needs|guidelines|regulations|policy|merit|standards?|formula|design|taste)\b)/gi },
  // "Reports say …" from unnamed reports; "the report said" is a plain says-verb.
  { rule: "reports-say", hint: /report/i, status: "reported_unverified", holder: "reports", sure: true,
    re: /\b(?:reports|(?:news|media|press|recent|earlier|local|unconfirmed|initial)\s+report)\s+(?:have\s+|has\s+|had\s+)?(?:revealed|reveal|said|say|says|suggested|suggest|suggests|indicated|indicate|indicates|claimed|claim|stated|alleged)\b/gi },
  { rule: "report-by", hint: /report/i, status: "reported_unverified", holder: "after", sure: true,
    re: /\b(?:a|the)\s+(?:\w+\s+)?report\s+(?:by|from|in)\s+(?=[^,.;]{1,60}?\s+(?:said|says|found|finds|showed|shows|claimed|claims|suggested|suggests|revealed|reveals)\b)/gi },
  { rule: "citing-sources", hint: /citing/i, status: "reported_unverified", holder: "subject", sure: true,
    re: /\bciting\s+(?:unnamed|anonymous|unidentified)\s+(?:\w+\s+)?(?:sources?|officials?|people)\b/gi },
  { rule: "reported-that", hint: /report/i, status: "reported_unverified", holder: "subject", sure: true,
    re: /\breported\b(?!\s+by\b)(?=\s+(?:\w+\s+){0,4}?(?:that|on|in|about)\b)/gi,
    reject: /\b(?:was|were|been|being|be|is|are|not|n't|widely)\s+$/i },
  { rule: "reported-that", hint: /report/i, status: "reported_unverified", holder: "subject", sure: true,
    re: /\breports\s+that\b/gi,
    // Case matters: "news reports that …" is a noun, "CBS News reports that …" a verb.
    reject: /\b(?:media|news|press|[Tt]hese|[Tt]hose|[Tt]he|of|[Ss]uch|unconfirmed|[a-z]+ed)\s+$/ },
  // "As the Ledger reported, …" / "as reported by the Ledger": a parenthetical relay.
  { rule: "as-reported-by", hint: /report/i, status: "reported_unverified", holder: "after", sure: true,
    re: /\b[Aa]s\s+(?:first\s+|previously\s+)?reported\s+by\b/g },
  { rule: "as-x-reported", hint: /report/i, status: "reported_unverified", holder: "inner", sure: true,
    re: /\b[Aa]s\s+(?:the\s+|The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+(?:reported|reports)\b(?=\s*[,.;])/g },
  { rule: "reported-tail", hint: /report/i, status: "reported_unverified", holder: "subject", sure: true,
    re: /\brepor(?:ted|ts)(?=\s*[.!]?\s*["”’]?\s*$)/gi,
    // Not a participle or a noun ("the one reported", "those reports").
    reject: /\b(?:was|were|been|being|be|is|are|not|n't|widely|the|one|ones|those|these|such|of|on|any|first|initially)\s+$/i },
  // "The media have said …" (after the tail rule, so that "…, media reported." stays a relay).
  { rule: "media-said", hint: /media|press/i, status: "reported_unverified", holder: "media", sure: true,
    // Lower case: "Press" and "Media" in capitals are part of a name ("the Associated Press").
    re: /(?:\b[Tt]he\s+|^)?(?:news\s+)?(?:media|press|^Media|^Press)\s+(?:outlets\s+)?(?:(?:have|has|had)\s+)?(?:reported|said|say|says|claimed|claim|suggested)\b|(?:\b(?:media|press)|^Media|^Press)\s+reports?\b/g },
  { rule: "it-is-reported", hint: /reported|alleged|claimed|rumou?red|said|believed/i, status: "reported_unverified", holder: "none", sure: true,
    re: /\b(?:it\s+(?:was|is|has\s+been)\s+(?:reported|alleged|claimed|rumou?red)|(?:is|are|was|were)\s+(?:said|reported|believed)\s+to\s+have)\b/gi },
  { rule: "reportedly", hint: /reportedly/i, status: "reported_unverified", holder: "none", sure: true,
    re: /\breportedly\b/gi },
  { rule: "allegedly", hint: /alleg|purport|suppos/i, status: "reported_unverified", holder: "none", sure: true,
    re: /\b(?:allegedly|purportedly|supposedly)\b/gi },
  // "…, with the Ledger reporting that …": the outlet named between "with" and the participle.
  { rule: "with-x-reporting", hint: /report/i, status: "reported_unverified", holder: "inner", sure: true,
    re: /\bwith\s+(?!(?:their|his|her|its|our|my|your)\b)(?:(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+reporting\b(?!\s+(?:style|team|staff|duties|requirements|period|standards?|line|unit|system|tools?|process|rules?)\b)/gi },
  // Claim with a clause is a claim; with a prize ("claimed victory", "claimed the seat") it is
  // taking something, which the rules leave alone.
  { rule: "claimed-that", hint: /claim/i, status: "reported_unverified", holder: "subject", sure: true, accept: claimVerb,
    re: /\bclaim(?:ed|s)?(?=\s+(?:(?:[\w'’-]+\s+){0,3}?that\b|(?:he|she|they|it|there|we|I)\s))|\bclaim(?:s|ed)(?=\s+to\s+(?!(?:the|a|an|his|her|their|its)\b)\w)/gi },
  { rule: "claimed-np", hint: /claim/i, status: "reported_unverified", holder: "subject", sure: false, accept: claimVerb,
    re: /\bclaim(?:ed|s)\b(?!\s+(?:by|and|or|as|in|from|on|at|for|to|of|about|that)\b|,)(?!\s+(?:(?:a|an|the|his|her|their|its|\d+)\s+)?(?:[\w'’-]+\s+)?(?:victory|victories|win|wins|title|titles|nomination|seat|seats|lives?|responsibility|credit|prize|crown|medal|spot|place|lead|mantle|share|stake|territory|land|ownership|asylum|benefits?|damages|refunds?|deductions?|expenses|gold|silver|bronze|trophy|championship|majority|delegates)\b)/gi },  // One side's charge, not yet borne out: "X alleges that", "critics charge", "is accused of",
  // "theorized that".
  { rule: "alleged-that", hint: /alleg/i, status: "reported_unverified", holder: "subject", sure: true, accept: claimVerb,
    re: /\balleg(?:es|ed|e)(?=\s+(?:(?:[\w'’-]+\s+){0,3}?that\b|(?:he|she|they|it|there|we|I)\s))/gi },
  { rule: "critics-charge", hint: /charge/i, status: "reported_unverified", holder: "subject", sure: true,
    re: /(?<=\b(?:critics|opponents|detractors)\s+(?:have\s+)?)charged?\b/gi },
  { rule: "charged-that", hint: /charge/i, status: "reported_unverified", holder: "subject", sure: true, accept: claimVerb,
    re: /\bcharge[sd]?(?=\s+that\b)/gi },
  // "X accused Y of …": X's charge, as "critics charge"; unsure, since the object is often a
  // word of abuse rather than a checkable claim.
  { rule: "accused-of-active", hint: /accus/i, status: "reported_unverified", holder: "subject", sure: false,
    reject: /\b(?:is|was|were|are|been|being|be|stands|stood|not|n't)\s+(?:\w+ly\s+)?$/i,
    re: /\baccus(?:ed|es|ing)\s+(?!of\b|by\b)(?:[\w'’.-]+\s+){1,4}?of\b/gi },
  { rule: "accused-of-passive", hint: /accus/i, status: "reported_unverified", holder: "none", sure: true,
    re: /\b(?:is|was|were|are|been|being|stands|stood)\s+(?:(?:also|publicly|falsely|wrongly|widely|repeatedly)\s+)?accused\s+of\b/gi },
  { rule: "theorized", hint: /theori/i, status: "reported_unverified", holder: "subject", sure: true, accept: claimVerb,
    re: /\btheori[sz](?:ed|es|e)\b(?!\s+(?:by|about)\b)/gi },
  { rule: "leaked-seen-by", hint: /leak/i, status: "reported_unverified", holder: "after", sure: true,
    re: new RegExp(String.raw`\bleaked\s+(?:[\w-]+\s+){0,2}?${LEAKS}\s+(?:seen|obtained|reviewed)\s+by\b`, "gi") },
  { rule: "leaked", hint: /leak/i, status: "reported_unverified", holder: "none", sure: true,
    re: new RegExp(String.raw`\bleaked\s+(?:[\w-]+\s+){0,2}?${LEAKS}`, "gi") },
  { rule: "unconfirmed", hint: /unconfirmed|unverified/i, status: "reported_unverified", holder: "none", sure: true,
    re: /\b(?:unconfirmed|unverified)\s+(?:\w+\s+)?(?:reports?|claims?|accounts?|information|video|footage|images?|rumou?rs?)\b/gi },
  // A statement that something did not happen, with no word "deny": a status the rules infer,
  // kept unsure under its own id.
  { rule: "said-negated", hint: /not|n't|never/i, status: "denied", holder: "subject", sure: false,
    re: /\b(?:said|says|stated|states|insisted|insists|maintained|maintains)\s+(?:that\s+)?(?:he|she|they|it|we)\s+(?:has|have|had|did|does|do|was|were|is|are)\s*(?:not|n't|never)\s+(?!(?:know|knew|known|want|wanted|think|thought|believe|believed|expect|expected|plan|planned|intend|intended|remember|recall|see|seen|understand|feel|felt|like|need|yet)\b)\w+/gi },
];

/** The verb closes a relative clause whose object is the statement before it. */
function inRelative(before: string): boolean {
  return /\b(?:which|that)\s+(?:[\w'’.-]+\s+){1,6}$/i.test(before);
}

/** A verb, not a participle or a noun ("regions claimed by", "the claims that"): a subject or
 *  auxiliary stands right before it. */
function claimVerb(before: string): boolean {
  return /(?:\b(?:he|she|they|it|we|I|who|has|have|had|also|and)|[A-Z][\w'’.-]*|\b\w+ly|\b(?:officials|police|authorities|media|government|ministry|company|lawyers?|prosecutors|sources|reports?)|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his)\s+[a-z]+)\s+$/.test(before) &&
    !/\b(?:the|these|those|such|his|her|their|its|of|was|were|been|is|are)\s+$/i.test(before);
}

export type Hit = { rule: CueRule; start: number; end: number; inner?: { start: number; end: number } };
