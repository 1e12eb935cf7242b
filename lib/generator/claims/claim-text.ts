// The words a claim's status applies to, cut from the sentence around its cue.
import type { Hit } from "./rules";
import { closeOpenQuotes } from "../text/quote-marks";

/** One cue's way of cutting its claim out of the sentence: `before` and `after` are the words on
 *  either side of the cue in `t` (the sentence, cut short before a closing "…, X reported"). */
type Around = { text: string; before: string; after: string; h: Hit; tail: Hit | undefined };
type Cut = (a: Around) => string;

/** "…, according to X." closing the sentence: the claim is what came before. Also when an
 *  apposition follows the holder ("…, according to Ann Holt, the curator."): a clause of six
 *  words or more before the cue is the claim, and so is any clause when a name closes the
 *  sentence ("…, according to its operator, Harbour Airports Ltd."). */
const accordingTo: Cut = ({ before, after }) => {
  const closing = /(?:,["”’]?|["”’],)\s*$/.test(before);
  const apposedLast = /^[^,]*,\s+(?:\p{Lu}[\p{L}'’.&-]*\s*){1,6}[.!?]?\s*$/u.test(after);
  if (before.trim().length > 0 && closing && (!/,\s/.test(after) || apposedLast || before.trim().split(/\s+/).length >= 6)) return relayedWords(before);
  const comma = after.search(/,\s/);
  const claim = comma >= 0 && comma < 80 ? after.slice(comma + 1) : after.replace(/^\s*(?:[A-Z][\w'’.-]*\s+)+/, "");
  return claim
    // "According to the club's coach, Ann Holt, the …": the apposed name is the holder's.
    .replace(/^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*,(?=\s)/u, "")
    // "According to Reuters, which cited two officials, the cabinet met": the words after the
    // holder that describe it (a relative or "citing" clause) are not the claim.
    .replace(/^\s*(?:quoting|citing|which|who|whose)\b[^,]*,/i, "");
};

/** "“The pier is unsafe,” Holt said, according to the Ledger": the outlet relays a quotation,
 *  so the claim is the quoted words, not the words with their cue and a dangling mark. */
const QUOTE_THEN_CUE = /^\s*["“]?([^"“”]*?)[\s,]*["”]\s*,?\s+(?:[\p{L}'’.-]+\s+){1,5}?(?:said|says|told\s+[\p{L}]+|added|adds|wrote|writes|stated)\s*,?\s*$/u;
function relayedWords(before: string): string {
  const m = QUOTE_THEN_CUE.exec(before);
  return m && /\p{L}/u.test(m[1]) ? m[1] : before;
}

/** A statement noun in apposition to the clause before it, with the relative clause's subject
 *  when "which"/"that" is left out: "…, a charge (that) it has always denied". */
const RESUMING_NOUN = /^\s*(?:a|an|the|one|such)\s+(?:[\w-]+\s+)?(?:charges?|claims?|allegations?|accusations?|suggestions?|assertions?|reports?|stor(?:y|ies)|account|rumou?rs?)(?:\s+(?:he|she|it|they|we|(?:the\s+)?\p{L}[\p{L}'’-]*)(?:\s+[\p{L}'’]+){0,3})?\s*$/iu;

/** "…, which the ministry rejects": the statement named before the relative word; when that is
 *  a noun resuming the clause before ("fined for dumping waste, a charge it denies"), that clause. */
const gap: Cut = ({ before }) => {
  const rel = /,?\s*(?:which|that)\s+[^,]*$/.exec(before);
  const head = rel ? before.slice(0, rel.index) : before;
  const comma = head.lastIndexOf(",");
  const segment = head.slice(comma + 1);
  const resumed = comma > 0 && RESUMING_NOUN.test(segment) ? head.slice(0, comma) : null;
  const clause = resumed === null ? segment : resumed.slice(resumed.lastIndexOf(",") + 1);
  return clause.replace(/^\s*(?:over|amid|despite)\s+(?:fears|claims|concerns|suggestions|reports)\s+(?:that\s+)?/i, "");
};

/** "… as the Courier reported, the ferry sank" / "…, as reported by X": the clause after, else before. */
const asReported: Cut = ({ before, after }) =>
  /\p{L}/u.test(after.replace(/^\s*(?:by\s+)?[^,]*,/, "")) ? after.replace(/^\s*(?:by\s+)?[^,]*?,/, "") : before;

/** An adverb or passive cue ("reportedly", "allegedly", "was leaked"): the whole sentence up to a closing relay. */
const wholeSentence: Cut = ({ text, tail, h }) => text.slice(0, tail && tail !== h ? commaBefore(text, tail.start) : text.length);

/** Refusals whose object is the request itself ("did not respond to a request", "declined to be
 *  interviewed"): the claim is what the request was about, if the sentence says. */
const ABOUT_A_REQUEST = new Set(["no-comment-request", "no-comment-reached", "no-comment-bare", "no-comment-interview"]);

/** How a request reached the holder, not what it was about. */
const REQUEST_MADE = /^\s*(?:when|after\s+being|if)\s+(?:contacted|reached|approached|called|phoned|e-?mailed|visited|telephoned)\b/i;

/** The time words a refusal comes at ("on Tuesday", "last week", "Monday night"), not its topic. */
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const DAY_PART = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
/** (a leading time keeps its day part: "on Saturday evening." is no topic "evening") */
const NOT_DAY_PART = String.raw`(?!(?:morning|afternoon|evening|night)\b)`;
const ABOUT = new RegExp(String.raw`\b(?:about|on|regarding|concerning)\s+(?!(?:the\s+)?(?:${WEEKDAY}|weekend|\d)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)(.+)$`, "i");
const LEADING_TIME = new RegExp(String.raw`^\s*(?:(?:on|last|this|early|late)\s+)?(?:${WEEKDAY}|week|weekend)${DAY_PART}\s+(?=\S)${NOT_DAY_PART}`, "i");
const CLOSING_TIME = new RegExp(String.raw`\s+(?:on|last|this|early|late)\s+(?:${WEEKDAY}|week|weekend)${DAY_PART}\s*[.,]?\s*$`, "i");
const ONLY_TIME = new RegExp(String.raw`^\s*(?:${WEEKDAY}|the\s+weekend|last\s+week|this\s+week|yesterday|today)${DAY_PART}\s*[.,]?\s*$`, "i");

/** No comment: what was asked ("when asked about …"), else what the request was about. */
const noComment: Cut = ({ text, after, h }) => {
  const asked = /\bwhen\s+asked\s+(?:about\s+)?(.*)$/i.exec(text);
  // ("a request for comment on Tuesday": a time is when the request came, not what it was about)
  const about = ABOUT.exec(after);
  let claim: string;
  if (asked) claim = asked[1];
  else if (ABOUT_A_REQUEST.has(h.rule.rule)) claim = about ? about[1] : "a request for comment";
  // "…, which declined to comment, returned …": nothing after the cue belongs to it; nor does
  // how the request came ("declined to comment when contacted on Wednesday").
  else if (/^\s*(?:[,;.]|and\b|but\b)/.test(after) || REQUEST_MADE.test(after)) claim = "a request for comment";
  else claim = cutAtClauseEnd(cutAtQuoteEnd(after)).replace(/^\s*(?:on|about|regarding|concerning|to)\s+/i, "");
  // A time is when the refusal came ("declined to comment on Tuesday"), not what it was about;
  // nor does a closing one belong to the topic ("… on the sale on Monday").
  claim = claim.replace(LEADING_TIME, "").replace(/^\s*(?:on|about|regarding|concerning)\s+/i, "").replace(CLOSING_TIME, "");
  if (ONLY_TIME.test(claim)) claim = "";
  return claim.replace(/[\s.,"”’]/g, "") ? claim : "a request for comment";
};

/** A verb cue ("confirmed that …"); "…, his office confirmed." closing the sentence: what came before. */
const verbObject: Cut = ({ before, after }) => {
  if (!/\p{L}/u.test(after) && /,/.test(before)) return before.slice(0, before.lastIndexOf(","));
  const object = cutAtClauseEnd(cutAtQuoteEnd(after))
    .replace(/^\s*(?:to|as|in|during|under|before)\s+(?:[\w'’.-]+\s+){1,5}?(?=that\b)/i, "") // "confirmed to the Ledger that …", "admitted as part of a plea that …"
    .replace(/^\s*(?:earlier|on\s+\w+|in\s+\w+|last\s+\w+|\w+ly)?\s*(?:that\b)?/i, "");
  // "admitted [breaching safety rules] at Plymouth Crown Court on Friday": the court where an
  // act is admitted or denied is the setting of the cue, not part of the act
  return /^\s*\p{Ll}+ing\b/u.test(object) ? object.replace(/\s(?:at|in|before)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’]*\s+){1,4}Court\b.*$/u, "") : object;
};

/** "admitted, “…”": the quotation after the cue; "“…,” he admitted.": the one before it. */
const quoted: Cut = ({ before, after }) => {
  const opening = /^,?\s*(?:however,\s*)?(?:["“]|'')/;
  if (opening.test(after)) return cutAtQuoteEnd(after.replace(opening, "")).replace(/,?''.*$/, "");
  const last = [...before.matchAll(/["“]([^"“”]+)["”]/g)].pop();
  return last ? last[1] : before;
};

/** "…, the Ledger reported.": the words before the comma that opens the closing source. */
const beforeClosingSource = (before: string) => before.replace(/,?\s*[^,]*$/, "");

/** The charge a plea or an admission confirms: up to where the court, the day or a comma
 *  comes ("[two counts of theft] at Exeter Crown Court on Wednesday"). */
const charge: Cut = ({ after }) => {
  // (a time before the charge is the plea's: "pleaded guilty [in July 2010] to …", "[Wednesday] to …")
  const words = after.replace(/^\s*(?:(?:on\s+|last\s+|in\s+)?(?:\p{Lu}\p{Ll}+|\d{4})(?:\s+\d{1,4})?\s+(?=to\s))?(?:to\s+)?/u, "");
  const end = /,(?!\d)|\s(?:at|in|before)\s+(?:the\s+)?\p{Lu}|\s(?:on|last|this|earlier)\s+(?:\p{Lu}|\d|week|month|year)|\s(?:yesterday|today)\b/u.exec(words);
  return (end ? words.slice(0, end.index) : words).replace(/[.;]\s*$/, "");
};

/** "Two people familiar with the talks said [the sides were close]": the claim is what the
 *  unnamed sources said, past the thing they know about; "[…], people familiar with the plan
 *  said.": the words before the comma that opens the closing source. */
const unnamedSources: Cut = (c) => {
  // ("expect to see" is no report of a clause)
  const verb = /^[^,"“]*?\b(?:said|say|says|told|tell|tells|added|believe|believes|believed|expect|expects|expected|insisted)\b(?!\s+to\b)\s*/i.exec(c.after);
  if (!verb) return verbObject(c);
  const told = /^t(?:old|ell)/i.test(verb[0].trim().split(/\s+/).pop() ?? "");
  const rest = told ? withoutHearer(c.after.slice(verb.index + verb[0].length)) : c.after.slice(verb.index + verb[0].length);
  // (closing only when no more than a time, or the end of a quotation, follows the verb:
  // "…, a source said on Friday.", "“…, people familiar with it told the Ledger,” it reported")
  const closing = /,\s*(?:[\p{L}'’-]+\s+){0,2}$/u;
  if (closing.test(c.before) && /^(?:(?:[\p{L}\d.-]+\s*){0,3}[.!?]?\s*$|[,;]?\s*[”"])/u.test(rest)) return c.before.replace(closing, "");
  return verbObject({ ...c, after: rest });
};

/** "told [Reuters] that …", "told [the Ledger] the deal …": the hearer is no part of the claim. */
function withoutHearer(s: string): string {
  const that = /^(?:[\p{L}'’.-]+\s+){1,4}?that\s+/u.exec(s);
  return that ? s.slice(that[0].length) : s.replace(/^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*/u, "");
}

const CUTS: Record<string, Cut> = {
  "according-to": accordingTo,
  "according-to-reports": accordingTo,
  "reported-tail": ({ before }) => beforeClosingSource(before),
  // "…, the Echo understands." closing: what came before; "X has learned that …": what follows.
  "outlet-understands": ({ before, after }) => (/\p{L}/u.test(after) ? cutAtClauseEnd(after.replace(/^\s*that\s+/i, "")) : beforeClosingSource(before)),
  "it-is-reported": ({ text, after, h }) => (/^it\b/i.test(text.slice(h.start, h.end)) ? after : text),
  "admitted-quote": quoted,
  "pleaded-guilty": charge,
  "pleaded-not-guilty": charge,
  "admitted-charge": charge,
  "admitted-aside": ({ after }) => cutAtClauseEnd(after.replace(/^,\s+(?:however,\s+)?/, "")),
  // "The plan, first reported by the Ledger, would …": the sentence without the apposition.
  "reported-by-passive": (a) => (/,\s*$/.test(a.before) && /,\s/.test(a.after) ? `${a.before.replace(/,\s*$/, "")} ${a.after.replace(/^[^,]*,\s*/, "")}` : a.before.slice(a.before.lastIndexOf(",") + 1)),
  // "denied it, saying …": the pronoun's referent lies in an earlier sentence; the words that
  // deny it are the claim's best statement here, not what the participle goes on to say.
  "denied-pronoun": ({ text, h }) => text.slice(0, h.end),
  "denied-gap": gap,
  "rejected-gap": gap,
  "as-x-reported": asReported,
  "as-reported-by": asReported,
  "accused-of-active": ({ after }) => cutAtClauseEnd(after).split(/\s+and\s+(?:said|says|added|called|urged|warned)\b/)[0],
  // "The two deaths were confirmed by …": the passive subject.
  "confirmed-passive-by": ({ before }) => before.slice(before.lastIndexOf(",") + 1),
  "denied-passive-by": ({ before }) => before.slice(before.lastIndexOf(",") + 1),
  // The statement noun is the cue's object: "denied [the allegations] …".
  "denied-claim": ({ text, h }) => cutAtClauseEnd(cutAtQuoteEnd(text.slice(h.start).replace(/^\S+\s+/, ""))),
  // "…, which media reports runs to ten pages, …": the relative clause ends at its comma.
  "media-said": ({ before, after }) => (/\bwhich\s+$/i.test(before) ? after.split(/,\s/)[0] : cutAtClauseEnd(cutAtQuoteEnd(after))),
  "leaked-seen-by": ({ after }) => after.replace(/^[^,"“]*?\b(?:says|said|shows|showed|states|stated|reveals|revealed|reads|suggests|suggested)\s+(?:that\s+)?/i, ""),
  reportedly: wholeSentence,
  allegedly: wholeSentence,
  "accused-of-passive": wholeSentence,
  leaked: wholeSentence,
  unconfirmed: wholeSentence,
  "no-comment-request": noComment,
  "no-comment-bare": noComment,
  "no-comment-interview": noComment,
  "no-comment-reached": noComment,
  "no-comment-declined": noComment,
  "no-comment-yet": noComment,
  "no-comment-rather-not": noComment,
  "no-comment-none": noComment,
  "no-comment-policy": noComment,
  "no-comment-unavailable": noComment,
  "report-by": ({ after }) => {
    const verb = /\s(?:said|says|found|finds|showed|shows|claimed|claims|suggested|suggests|revealed|reveals)\b/i.exec(after);
    return verb ? after.slice(verb.index + verb[0].length) : after;
  },
  "citing-sources": ({ before, after }) => (before.replace(/,\s*$/, "") + after).replace(/^.*?\b(?:reported|said|says|added)\s+(?:that\s+)?/i, ""),
  "sources-familiar": unnamedSources,
  "said-negated": ({ text, h }) => text.slice(h.start).replace(/^\S+\s+(?:that\s+)?/, ""),
};

/** The words the status applies to, taken from the sentence around the cue. */
export function claimTextOf(text: string, h: Hit, tail: Hit | undefined): string {
  const t = tail && tail !== h ? text.slice(0, Math.max(h.end, commaBefore(text, tail.start))) : text;
  const cut = CUTS[h.rule.rule] ?? verbObject;
  const before = t.slice(0, h.start);
  const claim = cut({ text, before, after: t.slice(h.end), h, tail });
  // "Vold, who denied all charges, is expected to appeal": a cue inside a relative clause set
  // off by commas owns the words up to the clause's closing comma only.
  // (only for a cue's object, and not across a quotation, whose commas are its own)
  const objectCut = cut === verbObject || h.rule.rule === "denied-claim";
  // So does a cue in a clause of time or cause that opens the sentence ("When the ministry
  // confirmed the deaths, families wept").
  const aside = /(?:^|,)\s*(?:who|which)\s+(?:[\p{L}'’]+\s+){0,2}$/iu.test(before) || /^\s*(?:when|after|once|as|since|because|although|though|while)\s+[^,;:"“”]*$/i.test(before);
  const inAside = objectCut && aside && !/["“”]/.test(claim);
  return tidy(inAside ? claim.split(/,\s/)[0] : claim) || tidy(text);
}

/** The claim ends where a new clause about something else starts ("…, but said …",
 *  "…, according to a statement"). */
function cutAtClauseEnd(s: string): string {
  // ("confirmed it had received a report and said it was …": a second speech verb of the
  // same subject opens a claim of its own)
  const m = /,?\s+but\s+|,\s*according\s+to\b|,\s*(?:he|she|they|it)\s+(?:said|added)\b|,?\s+and\s+(?:said|added|told|says|adds)\b/i.exec(s);
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
  const t = s
    .replace(/^[\s,;:"”‘’]+/, "")
    .replace(/[\s,;:.!?"“”‘’]+$/, "")
    .replace(/^(?:that|whether)\s+/i, "")
    .trim();
  // Keep quotation marks paired: a claim ending inside a quotation gets its closing mark back.
  return closeOpenQuotes(t);
}

