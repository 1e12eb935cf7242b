// Cue rules for reported, unverified claims: "according to X", "X reported", "reportedly",
// "X claims", "is accused of", leaked documents, unnamed sources.
import type { CueRule } from "./rules";

/** A pronoun subject of a clause without "that" ("claims he's owed", "alleged they lied"). */
export const PRONOUN_SUBJECT = String.raw`(?:he|she|they|it|there|we|I)(?:['’](?:s|re|d|ll|ve|m))?\s`;

const LEAKS = String.raw`(?:documents?|memos?|e-?mails?|files?|papers|cables?|reports?|recordings?|audio|video|messages?|letters?|drafts?|minutes|transcripts?)\b`;

export const REPORTED_RULES: CueRule[] = [
  // "Sources said …" with no name: an anonymous report, kept unsure.
  { rule: "sources-said", hint: /source/i, status: "reported_unverified", holder: "sources", sure: false,
    re: /\b(?:(?:unnamed|anonymous|unidentified|several|two|three|multiple|some|other)\s+)?(?:\w+\s+)?sources\s+(?:have\s+|had\s+)?(?:said|say|says|told|tell|claim|claimed|indicated|suggested)\b|\b(?:a|one|another)\s+(?:\w+\s+)?source\s+(?:said|says|told|claimed)\b/gi },
  { rule: "sources-familiar", hint: /familiar|close|knowledge/i, status: "reported_unverified", holder: "sources", sure: true,
    sentence: /\b(?:said|say|says|told|tell|according\s+to|added|believe|believed|expect|expected|described|insisted)\b/i,
    re: /\b(?:sources?|people|persons?|officials?)\s+(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of)\b/gi },
  { rule: "according-to-reports", hint: /according/i, status: "reported_unverified", holder: "reports", sure: true,
    re: /\baccording\s+to\s+(?:\w+\s+)?reports?\b(?!\s+(?:from|by|of|in|carried|published|released|issued)\b)/gi },
  { rule: "according-to", hint: /according/i, status: "reported_unverified", holder: "after", sure: true,
    // (case kept: "according to the Tax Policy Center" names a body, not a policy)
    re: /\b[Aa]ccording\s+to\b(?!\s+(?:(?:the|their|his|her|its|our|state|federal|local|one's)\s+)?(?:\w+\s+)?(?:plans?|schedule|rules?|laws?(?!\s+enforcement)|tradition|custom|protocol|procedures?|script|preferences?|wishes|instructions|needs|guidelines|regulations|policy|merit|standards?|formula|design|taste)\b)/g },
  // "Reports say …" from unnamed reports; "the report said" is a plain says-verb.
  { rule: "reports-say", hint: /report/i, status: "reported_unverified", holder: "reports", sure: true,
    re: /\b(?:reports|(?:news|media|press|recent|earlier|local|unconfirmed|initial)\s+report)\s+(?:have\s+|has\s+|had\s+)?(?:revealed|reveal|said|say|says|suggested|suggest|suggests|indicated|indicate|indicates|claimed|claim|stated|alleged)\b/gi },
  { rule: "report-by", hint: /report/i, status: "reported_unverified", holder: "after", sure: true,
    re: /\b(?:a|the)\s+(?:\w+\s+)?report\s+(?:by|from|in)\s+(?=[^,.;]{1,60}?\s+(?:said|says|found|finds|showed|shows|claimed|claims|suggested|suggests|revealed|reveals)\b)/gi },
  { rule: "citing-sources", hint: /citing/i, status: "reported_unverified", holder: "subject", sure: true,
    re: /\bciting\s+(?:unnamed|anonymous|unidentified)\s+(?:\w+\s+)?(?:sources?|officials?|people)\b/gi },
  { rule: "reported-that", hint: /report/i, status: "reported_unverified", holder: "subject", sure: true,
    // A that-clause, after at most a time adverbial ("reported on Friday that"): "the firm
    // reported slower growth in May" states a figure, not a claim.
    re: /\breported\b(?=\s+(?:(?:on|in|last|earlier|this|late|recently|previously|first|initially|yesterday|today|\w+day|about)\b\s*(?:[\w,]+\s+){0,3}?)?(?:that\b|about\b))/gi,
    reject: /\b(?:was|were|been|being|be|is|are|not|n't|widely)\s+$/i },
  // The clause without its "that": "the Ledger reported the mayor had resigned" (a subject and
  // its auxiliary within a few words; "reported slower growth in May" has none).
  { rule: "reported-clause", hint: /report/i, status: "reported_unverified", holder: "subject", sure: true, accept: claimVerb,
    re: /\breported\b(?=\s+(?:(?:the|a|an|his|her|its|their|some|at\s+least|more\s+than|\d[\d,.]*)\s+)?(?:[\w'’-]+\s+){0,3}?(?:was|were|had|has|have|is|are|would|will|could|might)\b)/gi,
    reject: /\b(?:was|were|been|being|be|is|are|not|n't|widely)\s+$/i },
  { rule: "reported-that", hint: /report/i, status: "reported_unverified", holder: "subject", sure: true,
    re: /\breports\s+that\b/gi,
    // Case matters: "news reports that …" is a noun, "CBS News reports that …" a verb.
    // After a verb or a preposition "reports" is a noun ("denied reports that", "amid reports that").
    reject: /\b(?:media|news|press|[Tt]hese|[Tt]hose|[Tt]he|of|[Ss]uch|unconfirmed|be|are|were|any|some|many|no|[a-z]+ed|deny|denies|confirm|confirms|dismiss|dismisses|reject|rejects|about|on|to|amid|despite|following|after|with|by|over|from|[Aa]mid)\s+$/ },
  // "As the Ledger reported, …" / "as reported by the Ledger": a parenthetical relay.
  { rule: "as-reported-by", hint: /report/i, status: "reported_unverified", holder: "after", sure: true,
    re: /\b[Aa]s\s+(?:first\s+|previously\s+)?reported\s+by\b/g },
  // "The plan was first reported by the Financial Times": the passive names the outlet after
  // "by"; a capital keeps "was reported by a neighbour" (a report to the police) out.
  { rule: "reported-by-passive", hint: /report/i, status: "reported_unverified", holder: "after", sure: true,
    // Also the participle in apposition: "The plan, first reported by the Ledger, …".
    re: /\b(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:first\s+|originally\s+|earlier\s+|previously\s+|initially\s+)?|(?<=,\s)(?:first|originally|previously|initially)\s+)reported\s+(?:earlier\s+|first\s+|previously\s+)?by\b(?=\s+(?:the\s+)?[A-Z])/g },
  { rule: "as-x-reported", hint: /report/i, status: "reported_unverified", holder: "inner", sure: true,
    re: /\b[Aa]s\s+(?:the\s+|The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+(?:reported|reports)\b(?=(?:\s+(?:on|in|last|earlier|recently|a\s+few|\w+day)\b[^,.;]{0,25})?\s*[,.;])/g },
  { rule: "reported-tail", hint: /report/i, status: "reported_unverified", holder: "subject", sure: true,
    // Past tense only: "…, Ann Holt reports." closes a broadcast piece, it relays no claim.
    // (The sentence may run on past a dash or a participle: "…, X reported -- a sign that …")
    re: /\breported(?=(?:\s+(?:on\s+|late\s+|early\s+|last\s+|this\s+)?(?:\w+day|today|yesterday|tonight|earlier|week|month|night|morning|evening|afternoon|recently)|\s+in\s+(?:\d{4}|[A-Z][a-z]+))?(?:,\s+citing\s+[^,.;!?]{1,80})?(?:\s*(?:--|—|–)\s.*|,\s+(?:adding|saying|noting)\b.*)?\s*[.!]?\s*["”’]?\s*$)/gi,
    // Not a participle or a noun ("the one reported", "those reports").
    reject: /\b(?:was|were|been|being|be|is|are|not|n't|widely|the|one|ones|those|these|such|of|on|any|first|initially)\s+$/i },
  // "…, the Coast Tribune reports." An outlet's present tense relays as its past does; a bare
  // name ("…, Ann Holt reports.") signs off a broadcast piece and stays out.
  { rule: "reports-tail-outlet", hint: /reports/i, status: "reported_unverified", holder: "subject", sure: true, accept: outletBefore,
    re: /\breports(?=\s*[.!]?\s*["”’]?\s*$)/g },
  // "…, the Echo understands." / "BBC News has learned that …": an outlet's own unconfirmed
  // reporting, as newsrooms word it.
  { rule: "outlet-understands", hint: /understands|learn/i, status: "reported_unverified", holder: "subject", sure: true, accept: outletOrAcronymBefore,
    re: /\bunderstands(?=\s*[.!]?\s*["”’]?\s*$)|\b(?:has|have)\s+learn(?:ed|t)(?=\s+that\b)/g },
  // "The media have said …" (after the tail rule, so that "…, media reported." stays a relay).
  { rule: "media-said", hint: /media|press/i, status: "reported_unverified", holder: "media", sure: true,
    // Lower case: "Press" and "Media" in capitals are part of a name ("the Associated Press").
    re: /(?:\b[Tt]he\s+|^)?(?:news\s+)?(?:media|press|^Media|^Press)\s+(?:outlets\s+)?(?:(?:have|has|had)\s+)?(?:reported|said|say|says|claimed|claim|suggested)\b|(?:\b(?:media|press)|^Media|^Press)\s+reports?\b/g },
  { rule: "it-is-reported", hint: /reported|alleged|claimed|rumou?red|said|believed/i, status: "reported_unverified", holder: "none", sure: true,
    re: /\b(?:it\s+(?:was|is|has\s+been)\s+(?:reported|alleged|claimed|rumou?red)|(?:is|are|was|were)\s+(?:said|reported|believed|rumou?red|alleged)\s+to\s+(?:have|be))\b/gi },
  // "It is understood that City will sell …", "it is thought that": the paper's unnamed sources.
  { rule: "it-is-understood", hint: /understood|thought|believed/i, status: "reported_unverified", holder: "none", sure: true,
    re: /\bit\s+(?:is|was|has\s+been)\s+(?:understood|thought|believed)(?=\s+that\b)/gi },
  // "Reports in Spain claim Real Sevilla made a bid": reports whose source the article does not give.
  { rule: "reports-claim", hint: /claim/i, status: "reported_unverified", holder: "none", sure: true,
    re: /(?<=\b(?:[Rr]eports|[Mm]edia\s+reports|[Pp]ress\s+reports|[Rr]umou?rs)(?:\s+in\s+[A-Z][\w'’-]+)?\s+)(?:claim|suggest|say)\b/g },
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
    re: new RegExp(String.raw`\bclaim(?:ed|s)?(?=\s+(?:(?:[\w'’-]+\s+){0,3}?that\b|${PRONOUN_SUBJECT}))|\bclaim(?:s|ed)(?=\s+to\s+(?!(?:the|a|an|his|her|their|its)\b)\w)`, "gi") },
  { rule: "claimed-np", hint: /claim/i, status: "reported_unverified", holder: "subject", sure: false, accept: claimVerb,
    re: /\bclaim(?:ed|s)\b(?!\s+(?:by|and|or|as|in|from|on|at|for|to|of|about|that)\b|,)(?!\s+(?:(?:a|an|the|his|her|their|its|\d+)\s+)?(?:[\w'’-]+\s+)?(?:victory|victories|win|wins|title|titles|nomination|seat|seats|lives?|responsibility|credit|prize|crown|medal|spot|place|lead|mantle|share|stake|territory|land|ownership|asylum|benefits?|damages|refunds?|deductions?|expenses|gold|silver|bronze|trophy|championship|majority|delegates)\b)/gi },  // One side's charge, not yet borne out: "X alleges that", "critics charge", "is accused of",
  // "theorized that".
  { rule: "alleged-that", hint: /alleg/i, status: "reported_unverified", holder: "subject", sure: true, accept: claimVerb,
    re: new RegExp(String.raw`\balleg(?:es|ed|e)(?=\s+(?:(?:[\w'’-]+\s+){0,3}?that\b|${PRONOUN_SUBJECT}))`, "gi") },
  // "…, the lawsuit alleges." / "…, as he claimed.": the verb closing the clause it claims.
  { rule: "claimed-tail", hint: /claim|alleg/i, status: "reported_unverified", holder: "subject", sure: true, accept: closesClause,
    re: /\b(?:claims|claimed|alleges|alleged)(?=\s*[.!]?\s*["”’]?\s*$)/gi },
  { rule: "critics-charge", hint: /charge/i, status: "reported_unverified", holder: "subject", sure: true,
    re: /(?<=\b(?:critics|opponents|detractors)\s+(?:have\s+)?)charged?\b/gi },
  { rule: "charged-that", hint: /charge/i, status: "reported_unverified", holder: "subject", sure: true, accept: claimVerb,
    re: /\bcharge[sd]?(?=\s+that\b)/gi },
  // "X accused Y of …": X's charge, as "critics charge"; unsure, since the object is often a
  // word of abuse rather than a checkable claim.
  { rule: "accused-of-active", hint: /accus/i, status: "reported_unverified", holder: "subject", sure: false,
    reject: /\b(?:is|was|were|are|been|being|be|stands|stood|not|n't)\s+(?:\w+ly\s+)?$/i,
    // The accused may carry an apposition: "accused Cruz, the senator from Texas, of …".
    re: /\baccus(?:ed|es|ing)\s+(?!of\b|by\b)(?:(?:[\w'’.-]+\s+){1,4}?|(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+,\s[^;.]{1,100}?,\s+)of\b/gi },
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

/** A verb, not a participle or a noun ("regions claimed by", "the claims that"): a subject or
 *  auxiliary stands right before it. */
function claimVerb(before: string): boolean {
  return SUBJECT_WITH_ASIDE.test(before) || verbAfterSubject(before);
}

/** The sentence's subject, then an aside set off by commas: "The complaint, which was filed in
 *  May, alleged …", "Olsen, 52, claimed …". */
const SUBJECT_WITH_ASIDE = /^\s*(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\w'’.-]+\s+){0,3}[\w'’.-]+,\s[^,]{1,80},\s+$/;

function verbAfterSubject(before: string): boolean {
  return /(?:\b(?:he|she|they|it|we|I|who|has|have|had|also|and)|[A-Z][\w'’.-]*|\b\w+ly|\b(?:officials|police|authorities|media|government|ministry|company|lawyers?|prosecutors|sources|reports?)|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his)\s+[a-z]+)\s+$/.test(before) &&
    !/\b(?:the|these|those|such|his|her|their|its|of|was|were|been|is|are)\s+$/i.test(before);
}

/** An outlet's name right before the verb: "the Coast Tribune", "newspaper Correio de Manha". */
function outletBefore(before: string): boolean {
  return /(?:\b[Tt]he|\b(?:newspaper|daily|magazine|agency|website|broadcaster|network|channel|station|paper|tabloid))\s+(?:(?:[A-Z][\w.&-]*|de|da|do|del|della|di|du|la|le|el|al|von|van|der|of)\s+){0,5}[A-Z][\w.&-]*\s+$/.test(before);
}

/** An outlet's name right before the verb, or an acronym that may be one ("BBC News"). */
function outletOrAcronymBefore(before: string): boolean {
  return outletBefore(before) || /(?:^|[,;]\s+|\s)\p{Lu}{2,}(?:\s+\p{Lu}[\p{L}.&-]*)?\s+$/u.test(before);
}

/** A claim verb closing a clause after a comma ("…, the lawsuit alleges"), not taking an
 *  object before it ("the money he claimed"). */
function closesClause(before: string): boolean {
  return claimVerb(before) && /,\s+(?:[\w'’.-]+\s+){1,5}$/.test(before);
}
