// Cue rules for denials and confirmations. Deny, reject, confirm and admit each have a claim
// sense and another one (a refusal, an approval); the rules split them by the verb's object.
import { PRONOUN_SUBJECT } from "./cues-reported";
import type { CueRule } from "./rules";

/** A deny verb that is passive ("was twice denied a visa"), negated ("did not deny") or in the
 *  scope of a refusal ("refused to deny") states no denial. */
const DENY_REJECT =
  /(?:\b(?:was|were|been|being|be|is|are|get|gets|got|getting)\s+(?:(?:\w+ly|twice|also|not|never|then|later|again)\s+)*|\b(?:not|n't|never|no|without|refused\s+to|declined\s+to|failed\s+to)\s+(?:\w+ly\s+)?)$/i;
// ("to" with an adverb only: in "the Ambassador to France confirmed" the word is a name's)
const CONFIRM_REJECT = /(?:\b(?:not|n't|never|yet\s+to|been|be|was|were|is|are)\s+(?:\w+\s+)?|\bto\s+(?:\w+ly\s+)?|\b(?:the|a|an|of|\d[\d,.]*)\s+)$/i;
/** Admit in the claim sense, and what keeps it from stating one ("did not admit", "was admitted"). */
const ADMIT = String.raw`\b(?:admitted|acknowledged|admits|acknowledges)`;
const ADMIT_REJECT = /\b(?:not|n't|never|was|were|been|be|is|are|refused\s+to|declined\s+to)\s+$/i;
const DENY = String.raw`\b(?:denied|denies|deny|denying)`;
/** Nouns that name a statement, so that denying one is a denial ("denied the allegations"). */
const CLAIM_NOUNS = String.raw`(?:claims?|reports?|allegations?|accusations?|charges?|rumou?rs?|stories|story|suggestions?|assertions?|account|wrongdoing|involvement|knowledge|responsibility|existence|link|links|role|the\s+\w+\s+claims?)`;

export const DENY_CONFIRM_RULES: CueRule[] = [
  // Deny in its claim sense takes a that-clause, a gerund, a statement noun or a pronoun; deny
  // with a person or a thing granted ("denied them entry", "denied visas") is a refusal.
  { rule: "denied-that", hint: /den[yi]/i, status: "denied", holder: "subject", sure: true, reject: DENY_REJECT,
    re: new RegExp(String.raw`${DENY}(?=\s+(?:to\s+(?:[\w'’.-]+\s+){1,4}?)?(?:(?:ever|repeatedly|strongly|flatly|again)\s+)?(?:that(?!\s*[,;.:])|having|being|ever|[a-z]+ing\s+(?:the|a|an|any|his|her|their|him|them|it|[A-Z]))\b)`, "gi") },
  { rule: "denied-claim", hint: /den[yi]/i, status: "denied", holder: "subject", sure: true, reject: DENY_REJECT,
    re: new RegExp(String.raw`${DENY}\s+(?:(?:the|these|those|such|all|any|his|her|their|its|a|an|this|that|reports\s+of)\s+)?(?:[\w'’-]+\s+){0,2}?${CLAIM_NOUNS}\b`, "gi") },
  { rule: "denied-pronoun", hint: /den[yi]/i, status: "denied", holder: "subject", sure: true, reject: DENY_REJECT,
    re: new RegExp(String.raw`${DENY}\s+(?:it|this|that|so|them|these|those)(?=\s*(?:[,;.:)"”]|$)|\s+(?:and|but|in|on|at|through|to|when|after|during|last|strongly|repeatedly|vehemently|flatly)\b)`, "gi") },
  // "the charges, which she denies, …" / "a charge he has always denied.": the object is the
  // statement named before the verb.
  { rule: "denied-gap", hint: /den[yi]/i, status: "denied", holder: "subject", sure: true, reject: DENY_REJECT,
    // (not before a parenthetical adverb: "The judges denied, however, a request …" has its object after)
    re: /\b(?:denied|denies)(?=\s*(?:[,;.)]|$))(?!\s*,\s*(?:however|though|moreover|meanwhile|nonetheless|nevertheless|too|also|in\s+turn|for\s+(?:his|her|its|their)\s+part)\s*,)/gi },
  // "Disputes" is also a noun ("legal disputes"): only in a relative clause ("a claim his
  // office disputes").
  { rule: "disputed-gap", hint: /disput/i, status: "denied", holder: "subject", sure: true, reject: DENY_REJECT, accept: inRelative,
    re: /\b(?:disputes|disputed)(?=\s*(?:[,;.)]|$))/gi },
  // Reject in the same place may be a plan or an offer turned down: kept, marked unsure.
  { rule: "rejected-gap", hint: /reject/i, status: "denied", holder: "subject", sure: false, reject: DENY_REJECT,
    accept: inRelative,
    re: /\b(?:rejects|rejected)(?=\s*(?:[,;.)]|$))/gi },
  // "The reports were denied by the ministry": a statement noun as the passive subject.
  { rule: "denied-passive-by", hint: /den[yi]/i, status: "denied", holder: "after", sure: true,
    re: new RegExp(String.raw`(?<=\b${CLAIM_NOUNS}\s+)(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?denied\s+by\b`, "gi") },
  { rule: "rejected", hint: /reject|dismiss|refut|disput/i, status: "denied", holder: "subject", sure: true,
    re: /\b(?:rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+(?:the\s+|these\s+|those\s+|such\s+|all\s+|any\s+|that\s+|this\s+)?(?:\w+\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?|charges?|rumou?rs?|characteri[sz]ations?|assertions?|contention|narrative|stor(?:y|ies)|account)\b/gi },
  // "rejected the idea that …" denies a claim; "rejected the idea of a debate" turns down a plan.
  { rule: "rejected-idea-that", hint: /reject|dismiss|refut|disput/i, status: "denied", holder: "subject", sure: true,
    re: /\b(?:rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+(?:the|that|this|any)\s+(?:\w+\s+)?(?:ideas?|notions?|premise|theory|view|argument|perception|impression)(?=\s+that\b)/gi },
  { rule: "called-false", hint: /called/i, status: "denied", holder: "subject", sure: true,
    re: /\bcalled\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?)\s+(?:\w+\s+)?(?:false|untrue|baseless|fake|groundless|unfounded|nonsense|lies|a\s+lie|fabricated)\b/gi },
  { rule: "said-false", hint: /false|untrue|baseless|fake|groundless|unfounded|incorrect|wrong|true|nonsense/i, status: "denied", holder: "subject", sure: true,
    re: /\b(?:said|says|insisted|insists|stated|states)\s+(?:that\s+)?(?:the\s+|these\s+|those\s+|such\s+)?(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories|story)\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:false|untrue|baseless|fake|groundless|unfounded|incorrect|wrong|not\s+true|nonsense)\b/gi },
  { rule: "pleaded-not-guilty", hint: /plead/i, status: "denied", holder: "subject", sure: true,
    re: /\bpleaded\s+not\s+guilty\b|\bpleads\s+not\s+guilty\b/gi },
  // A plea or an admission in court confirms the charge: "pleaded guilty to fraud", "admitted
  // two counts of theft", "admitted manslaughter".
  { rule: "pleaded-guilty", hint: /plead/i, status: "confirmed", holder: "subject", sure: true,
    re: /\b(?:pleaded|pleads|pled)\s+guilty\b/gi },
  { rule: "admitted-charge", hint: /admit/i, status: "confirmed", holder: "subject", sure: true,
    re: /\b(?:admitted|admits)\s+(?=(?:(?:a|one|two|three|four|five|six|\d+)\s+)?(?:(?:counts?|charges?)\s+of\s+)?(?:fraud|theft|murder|manslaughter|assault|burglary|robbery|perjury|bribery|embezzlement|money\s+laundering|causing\s+death|dangerous\s+driving|charges?|counts?|offen[cs]es?)\b)/gi },
  // No rule for "accused X of …": an accusation is one side's charge, none of the five
  // statuses (and its object is often a scare-quoted word, "accused him of “dithering”").
  { rule: "admitted", hint: /admit|acknowledg/i, status: "confirmed", holder: "subject", sure: true,
    // A phrase may stand before the clause: "admitted as part of his plea that …".
    re: new RegExp(String.raw`${ADMIT}(?=\s+(?:(?:[\w'’-]+\s+){0,3}?that\b|(?:as|in|during|under|before)\s+(?:[\w'’-]+\s+){1,5}?that\b|\w+ing\b))`, "gi"),
    reject: ADMIT_REJECT },
  // "admits he was wrong": the clause without "that".
  { rule: "admitted-clause", hint: /admit|acknowledg/i, status: "confirmed", holder: "subject", sure: true,
    re: new RegExp(String.raw`${ADMIT}(?=\s+${PRONOUN_SUBJECT})`, "gi"),
    reject: ADMIT_REJECT },
  // "“…,” he admitted." / "admitted, “…”": the words quoted are what the speaker admits.
  { rule: "admitted-quote", hint: /admit|acknowledg/i, status: "confirmed", holder: "subject", sure: true, accept: afterQuote,
    re: new RegExp(String.raw`${ADMIT}(?=\s*[.!]?\s*$)`, "gi") },
  // (wire copy opens a quotation with two apostrophes: "acknowledged, ''we're …''")
  { rule: "admitted-quote", hint: /admit|acknowledg/i, status: "confirmed", holder: "subject", sure: true,
    re: new RegExp(String.raw`${ADMIT}(?=,?\s*(?:however,\s*)?(?:["“]|''))`, "gi"),
    reject: ADMIT_REJECT },
  // "And, he acknowledged, it is unclear …": the admission set off by commas owns the clause after.
  { rule: "admitted-aside", hint: /admit|acknowledg/i, status: "confirmed", holder: "subject", sure: true, accept: asideOpen,
    re: new RegExp(String.raw`${ADMIT}(?=,\s+(?:however,\s+)?(?:it|there|he|she|they|we|the|a|an|his|her|their|its|this|that)(?:['’]s)?\s)`, "gi"),
    reject: ADMIT_REJECT },
  // Confirm with a clause is the claim sense; with a nominee ("confirmed a judge", "confirmed
  // as secretary", "confirmed by the Senate") it is the approval of an appointment.
  { rule: "confirmed-that", hint: /confirm/i, status: "confirmed", holder: "subject", sure: true, reject: CONFIRM_REJECT,
    re: /\b(?:confirmed|confirms)(?=\s+(?:to\s+(?:[\w'’.-]+\s+){1,4}?)?(?:that\b|(?:he|she|they|it|there|we|I)\s))/gi },
  // Present plural "the tests confirm that …"; after a modal, "to" or a negation it states nothing.
  // "The deaths were confirmed by the ministry" (not "confirmed by the Senate", an appointment).
  { rule: "confirmed-passive-by", hint: /confirm/i, status: "confirmed", holder: "after", sure: true,
    re: /\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?confirmed\s+by\b(?!\s+(?:the\s+)?(?:U\.?S\.?\s+|full\s+|state\s+)?(?:senate|parliament|assembly|congress|council|board|vote)\b)(?!\s+(?:now|then|the\s+time|the\s+end|\w+day)\b)/gi },
  { rule: "confirm-present", hint: /confirm/i, status: "confirmed", holder: "subject", sure: true,
    // (nor a hoped-for or conditional confirming: "I would want to see a second test confirm
    // this", "if tests confirm the finding")
    reject: /\b(?:to|not|n't|never|can|could|would|will|may|might|should|must|cannot|neither|nor|or|and|please|yet|refused|declined|asked|did|do|does|help|helps|helped|I|we|you)\s+(?:\w+ly\s+)?$|\b(?:see|saw|seen|watch|let|make|made|want|wanted|need|needed|until|unless|if)\s+(?:[\w'’-]+\s+){1,3}$/i,
    re: /\bconfirm\s+(?=that\b|(?:the|a|an|this|these|his|her|their|its|what)\s)/gi },
  { rule: "confirmed", hint: /confirm/i, status: "confirmed", holder: "subject", sure: true, reject: CONFIRM_REJECT,
    // Not the adjective ("20 confirmed cases", "the confirmed deaths"), nor securing a place
    // ("confirmed its place in the final") or upholding a sentence ("confirmed the conviction").
    // (a present "confirms" in a clause of time or condition has not happened yet: "will stay
    // shut until the council confirms the date"; "if the lab confirmed it" is hypothetical)
    re: /\b(?:(?<!\b(?:if|unless)\s+(?:[\w'’-]+\s+){1,3})confirmed|(?<!\b(?:until|once|when|if|unless|before)\s+(?:[\w'’-]+\s+){1,3})confirms)\b(?!\s+(?:cases?|deaths?|infections?|dead|kills?|sightings?|reports?\s+of|as|by)\b)(?!\s+(?:[\w'’.-]+\s+){0,3}?(?:judges?|nominees?|nominations?|justices?|appointees?|appointments?|ambassadors?|secretar(?:y|ies)|faith|fears|suspicions|place|spot|berth|ticket|sentences?|convictions?|verdicts?)\b)/gi },
];

/** The verb closes a relative clause whose object is the statement before it. */
function inRelative(before: string): boolean {
  return /\b(?:which|that)\s+(?:[\w'’.-]+\s+){1,6}$/i.test(before);
}

/** The subject before the verb follows a comma that opens the aside: "And, he acknowledged, …". */
function asideOpen(before: string): boolean {
  return /,\s+(?:he|she|they|I|we|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+$/.test(before);
}

/** The verb stands after a closing quotation and its speaker: "“…,” he admitted." */
function afterQuote(before: string): boolean {
  return /["”’],?\s+(?:he|she|they|I|we|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+$/.test(before);
}
