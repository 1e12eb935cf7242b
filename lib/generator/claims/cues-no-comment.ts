// Cue rules for a refusal to answer (no_comment), "neither confirm nor deny", and a claim the
// writer could not verify. Each rule's id is stable: a calibration step measures its precision.
import type { CueRule } from "./rules";

/** Verbs of withholding an answer ("declined to elaborate", "did not disclose"). "Did not say"
 *  counts only before an open question ("would not say whether"): "I did not say that" is a
 *  negated statement, and "did not confirm" is a claim the writer could not verify. */
const WITHHOLD = String.raw`(?:comment|elaborate|disclose|reveal|discuss|specify|identify|speculate|name|give\s+(?:(?:any|further|more|additional|other)\s+)*details|give\s+(?:a|an|any)\s+(?:date|timeline|timetable|figure|number|reason|estimate))`;
const WOULD_NOT = String.raw`(?:would\s+not|wouldn't|did\s+not|didn't|will\s+not|won't)`;
/** After "did not", a verb with a topic is a refusal only before an open question ("did not
 *  reveal what he would say"): "the plan she did not reveal in 2008", "we didn't discuss that"
 *  state a fact. A refusal's modal ("would not discuss") or a verb of answering needs nothing. */
/** The perfect of a refusal ("has not disclosed the price") reads as its past ("did not disclose"). */
const HAS_NOT = String.raw`(?:(?:has|have|had)\s+not|hasn't|haven't|hadn't)`;
/** A refusal in the present as in the past ("declines to comment", "refused to say"). */
const DECLINED = String.raw`(?:declined|declines|refused|refuses)`;
/** Answering, as a refusal's verb: "refused to answer" (not "answer for his crimes"), "declined
 *  to respond" on its own or to questions, not "refused to respond to the attack". */
const ANSWER = String.raw`answer\b(?!\s+(?:for|to)\b)|respond\b(?=\s*(?:[,.;]|$)|\s+to\s+(?:[\w'’.&-]+\s+){0,3}?(?:questions?|requests?|inquiries|queries|e-?mails?|calls?|messages?)\b)`;
/** What a request for comment is called. */
const REQUEST = String.raw`(?:requests?|calls?|messages?|e-?mails?|inquiries|queries|questions)\b`;
const TOPIC_VERB = String.raw`(?:reveal|discuss|specify|identify|speculate)`;
const OPEN_QUESTION = String.raw`(?=\s+(?:(?:exactly|precisely)\s+)?(?:whether|if|how|what|who|whom|when|where|why|which)\b)`;
const REFUSED = String.raw`(?:(?:would\s+not|wouldn't|will\s+not|won't)\s+(?:immediately\s+)?${WITHHOLD}|(?:did\s+not|didn't)\s+(?:immediately\s+)?(?:(?:comment|elaborate|disclose|give\s+(?:(?:any|further|more|additional|other)\s+)*details)|${TOPIC_VERB}${OPEN_QUESTION})|${HAS_NOT}\s+(?:yet\s+)?(?:publicly\s+)?(?:disclosed|elaborated))`;

export const NO_COMMENT_RULES: CueRule[] = [
  { rule: "ncnd", hint: /confirm/i, status: "neither_confirmed_nor_denied", holder: "subject", sure: true,
    re: /\b(?:neither\s+)?confirm(?:ed|s|ing)?\s+n?or\s+den(?:y|ied|ies|ying)\b|\b(?:neither\s+)?den(?:y|ied|ies|ying)\s+n?or\s+confirm(?:ed|s|ing)?\b/gi },
  { rule: "no-comment-request", hint: /respon|repl|return|answer/i, status: "no_comment", holder: "subject", sure: true,
    // Up to three words before the request ("to USA Today's request", "to my requests",
    // "interview requests", "several phone calls"); the noun keeps "did not return home" out.
    re: new RegExp(String.raw`\b(?:did\s+not|didn't|has\s+not|have\s+not|had\s+not|hasn't|haven't)\s+(?:yet\s+)?(?:immediately\s+)?(?:respond(?:ed)?|reply|replied|return(?:ed)?|answer(?:ed)?)\s+(?:to\s+)?(?:[\w'’.&-]+\s+){0,3}?${REQUEST}`, "gi") },
  // "Olsen did not respond." / "…did not reply by press time": the request left implicit.
  { rule: "no-comment-bare", hint: /respon|repl/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:did\s+not|didn't|has\s+not|have\s+not|hasn't|haven't)\s+(?:yet\s+)?(?:immediately\s+)?(?:respond(?:ed)?|reply|replied)(?=\s*(?:[.;,]|$)|\s+(?:by\s+(?:press\s+time|deadline|\w+day)|before\s+(?:publication|press\s+time|deadline)|on\s+\w+day|\w+day)\b)/gi },
  // "declined to be interviewed", "declined an interview".
  { rule: "no-comment-interview", hint: /declin|refus/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:declined|declines|refused|refuses)\s+(?:to\s+be\s+interviewed|(?:an?\s+|repeated\s+|several\s+|multiple\s+)?interviews?(?:\s+requests?)?)\b/gi },
  { rule: "no-comment-yet", hint: /yet/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:has|have|had)\s+yet\s+to\s+(?:publicly\s+)?(?:respond|reply|comment|answer|explain)\b/gi },
  { rule: "no-comment-reached", hint: /reach/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:could\s+not|couldn't)\s+(?:immediately\s+)?be\s+reached\s+for\s+comment\b/gi },
  { rule: "no-comment-declined", hint: /declin|refus|not|n't/i, status: "no_comment", holder: "subject", sure: true,
    re: new RegExp(String.raw`\b${DECLINED}\s+(?:to\s+)?(?:(?:immediately|publicly|further)\s+)?(?:${WITHHOLD}|say|confirm|detail|${ANSWER})\b|\b${DECLINED}\s+to\s+(?:(?:publicly|fully)\s+)?(?:define|describe|explain|${TOPIC_VERB})${OPEN_QUESTION}|\b${REFUSED}\b|\b${WOULD_NOT}\s+say\b(?=\s+(?:whether|if|how|what|who|whom|when|where|why|which|exactly)\b|\s*[.;]|\s*$)`, "gi") },
  // "have not said why …": an open question the holder leaves unanswered.
  { rule: "no-comment-not-said", hint: /not|n't/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:has|have|had|did)\s*(?:not|n't)\s+(?:yet\s+)?(?:publicly\s+)?(?:said|explained|disclosed|revealed|specified)\s+(?=(?:why|whether|how|what|who|when|where|if|which)\b)/gi },
  { rule: "no-comment-unavailable", hint: /availab|reach|declin/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:was|were|is|are)\s+(?:not\s+)?(?:immediately\s+)?(?:unavailable|not\s+available)\s+for\s+comment\b|\b(?:could\s+not|couldn't)\s+(?:immediately\s+)?be\s+reached\b|\bdeclined\s+(?:\w+\s+)?(?:requests?|invitations?)\s+(?:for|to)\s+(?:comment|an?\s+interview|be\s+interviewed)\b/gi },
  { rule: "no-comment-release", hint: /declin|refus|not|n't/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:declined|declines|refused|refuses|would\s+not|wouldn't|did\s+not|didn't|has\s+not|have\s+not)\s+(?:to\s+)?(?:yet\s+)?(?:release|publicly\s+name|name|provide)\s+(?:the\s+|any\s+|further\s+|more\s+|his\s+|her\s+|their\s+|a\s+)?(?:\w+\s+)?(?:names?|details?|identity|identities|figures?|information|reasons?|documentation|specifics|list|breakdown|explanation)\b/gi },
  { rule: "no-comment-rather-not", hint: /better|rather|comment/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:had|'d)\s+better\s+not\s+say\b|\bbetter\s+not\s+(?:say|comment)\b|\b(?:would|'d)\s+rather\s+not\s+(?:say|comment)\b|\bno\s+comment\b/gi },
  // "Neither the club nor the player would comment": a refusal shared by two holders.
  { rule: "no-comment-neither", hint: /neither/i, status: "no_comment", holder: "none", sure: true,
    re: /\b[Nn]either\s+(?:[^\s.;,]+\s+){1,6}?nor\s+(?:[^\s.;,]+\s+){1,6}?(?:would|could|was\s+willing\s+to|were\s+willing\s+to)\s+(?:immediately\s+)?(?:comment|elaborate|say)\b/g },
  { rule: "no-comment-none", hint: /comment/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:had|has|have|made|offered|gave)\s+no\s+(?:immediate\s+|further\s+|public\s+)?comment\b|\b(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:publicly\s+)?commented\b/gi },
  // "the company does not comment on market rumors": a standing policy of not answering.
  { rule: "no-comment-policy", hint: /comment|discuss/i, status: "no_comment", holder: "subject", sure: true,
    re: /\b(?:(?:does|do)\s+not|doesn't|don't|never)\s+(?:publicly\s+)?(?:comments?|discuss(?:es)?)\s+(?:on\s+|about\s+|publicly\b|(?=[.,;]))/gi },
  { rule: "no-comment-from", hint: /comment|response/i, status: "no_comment", holder: "after", sure: true,
    re: /\bno\s+(?:immediate\s+)?(?:comment|response)\s+from\b/gi },
  { rule: "not-verified", hint: /verif|confirm/i, status: "reported_unverified", holder: "none", sure: true,
    re: /\b(?:could\s+not|couldn't|cannot|can't|has\s+not|have\s+not|had\s+not|did\s+not)\s+(?:yet\s+)?(?:immediately\s+|independently\s+)?(?:be|been)\s+(?:independently\s+|immediately\s+)?(?:verified|confirmed)\b/gi },
  // ("said it was unable to confirm the figures": the holder could not verify them)
  { rule: "not-verified", hint: /verif|confirm/i, status: "reported_unverified", holder: "subject", sure: true,
    re: /\b(?:could\s+not|couldn't|cannot|can't|has\s+not|have\s+not|did\s+not|(?:was|were|is|are)\s+unable\s+to)\s+(?:yet\s+)?(?:independently\s+)?(?:verify|verified|confirm|confirmed)\b/gi },
];
