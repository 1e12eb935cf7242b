// "What is the status of this claim?" — the choices are readable labels ("Denied"); the key stays
// the status code. Distractors are statuses that contradict the right one: "Reported, not
// verified" is never offered against "Neither confirmed nor denied" (both would fit), nor is
// any status another claim in the same sentence carries.
import { indexOfFindings, type Analysis } from "../analysis";
import type { Claim, ClaimStatus, Question } from "../types";
import { makeQuestion } from "./make";
import { STATUS_LABELS, clip, quoteEvidence, sentenceSpans } from "./util";

const CONTRASTS: Record<ClaimStatus, ClaimStatus[]> = {
  neither_confirmed_nor_denied: ["confirmed", "denied"],
  confirmed: ["denied", "neither_confirmed_nor_denied", "no_comment"],
  denied: ["confirmed", "neither_confirmed_nor_denied", "no_comment"],
  reported_unverified: ["confirmed", "denied"],
  no_comment: ["confirmed", "denied"],
};

/** Words that already determine a holder: "his office", "this ministry" take no "the". */
const DETERMINED = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\s/i;
/** Head nouns that follow a bare name: "the Interfax news agency" puts "the" before the agency,
 *  not before "Interfax". */
const HEAD_NOUN = /^\s+(?:news|agency|newspaper|daily|paper|channel|network|group|company|firm|website|site|outlet|broadcaster|magazine|television|tv|radio|service|wire|spokesman|spokeswoman|spokesperson|officials?|reports?)\b/i;

/** "the White House" when the article writes it with an article; names stay bare. */
export function holderName(body: string, by: string | null, seen?: Map<string, boolean>): string | null {
  // A claim from unnamed reports has no holder worth naming in a prompt.
  if (!by || /^unnamed\b/i.test(by)) return null;
  // (a sentence's capital goes: "His representatives declined" asks "How did his representatives …")
  if (DETERMINED.test(by)) return by.charAt(0).toLowerCase() + by.slice(1);
  if (/^\p{Ll}/u.test(by)) return `the ${by}`;
  let the = seen?.get(by);
  if (the === undefined) {
    the = writesTheBefore(body, by);
    seen?.set(by, the);
  }
  return the ? `the ${by}` : by;
}

function writesTheBefore(body: string, name: string): boolean {
  for (const lead of ["the ", "The "]) {
    for (let i = body.indexOf(lead + name); i >= 0; i = body.indexOf(lead + name, i + 1)) {
      const rest = body.slice(i + lead.length + name.length, i + lead.length + name.length + 40);
      if (/^[\p{L}\p{N}]/u.test(rest)) continue; // part of a longer word
      if (!HEAD_NOUN.test(rest)) return true;
    }
  }
  return false;
}

/** Whether the claim words read as a clause ("any vote had taken place") rather than a noun
 *  phrase ("the report"): they follow "that"/"whether" after the cue, or close before it
 *  ("The ferry will sail, the office confirmed"). */
function isClause(body: string, c: Claim): boolean {
  // ("denied reports that …": the claim opens on the cue's own noun, so it is a noun phrase)
  if ((" " + c.cue.text).endsWith(" " + c.claim.split(/\s/)[0])) return false;
  // ("confirmed it had received a report": a clause with no "that" opens on its subject pronoun)
  if (body.slice(c.cue.end).trimStart().startsWith(c.claim) && /^(?:it|he|she|they|we|I|there)\s+\p{Ll}/u.test(c.claim)) return true;
  // ("declined to comment on whether …": a preposition may come first)
  if (/^\s+(?:(?:on|about|over|regarding|as\s+to)\s+)?(?:that|whether)\s/i.test(body.slice(c.cue.end, c.cue.end + 20))) return true;
  const before = body.slice(Math.max(0, c.cue.start - 1000), c.cue.start);
  // ("Her death was confirmed by her son": the passive's subject is a noun phrase)
  const at = before.lastIndexOf(c.claim);
  if (at >= 0 && /^\s*(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s*)?$/i.test(before.slice(at + c.claim.length))) return false;
  return at >= 0;
}

/** A claim that is one whole quotation loses its own marks: the prompt sets it in marks of its own. */
const unquoted = (claim: string) => /^[“"][^“”"]*[”"]$/.test(claim) ? claim.slice(1, -1) : claim;

/** `seen` keeps, for one article, whether each holder takes "the" (a scan of the whole body). */
export function promptFor(body: string, claimRaw: Claim, seen?: Map<string, boolean>): string {
  const c = { ...claimRaw, by: holderName(body, claimRaw.by, seen) };
  const claim = clip(unquoted(c.claim), 24);
  if (c.status === "no_comment") {
    if (/^a request for comment$/i.test(c.claim)) return `How did ${c.by ?? "the party asked"} answer a request for comment, according to the article?`;
    const asked = /^(?:when|how|why|what|who|whom|which|where|whether|if)\b/i.test(claim) ? claim : isClause(body, c) ? `whether ${claim}` : `about ${claim}`;
    return `How did ${c.by ?? "the party asked"} respond when asked ${asked}, according to the article?`;
  }
  if (c.status === "reported_unverified") return `How does the article present this claim${c.by ? ` from ${c.by}` : ""}: “${claim}”?`;
  const clause = isClause(body, c);
  const what = clause ? `that ${lowerFirst(claim)}` : lowerFirst(claim);
  if (c.by) return `Did ${c.by} confirm or deny ${what}, according to the article?`;
  // (with no one to ask about, a noun phrase is the question's subject: "Does the article report “the charges” …")
  return clause ? `Was it confirmed or denied ${what}, according to the article?` : `Does the article report “${claim}” as confirmed or denied?`;
}

/** "The ferry will sail" inside a question: lower-case the first word unless it is a name. */
function lowerFirst(s: string): string {
  return /^(?:The|A|An|It|This|That|These|Those|There|His|Her|Its|Their|Our)\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

export function buildClaimStatus(a: Analysis): Question[] {
  const out: Question[] = [];
  const seen = new Map<string, boolean>();
  for (const c of a.claims) {
    // The claim must be told apart from the words that give its status ("… I can neither confirm
    // nor deny it,” he added" names no claim): else the prompt would hold its own answer.
    if (c.claim.includes(c.cue.text)) continue;
    const citations = sentenceSpans(a.body, a.sentences, c.sentenceIds);
    if (!citations.length) continue;
    const sameSentence = indexOfFindings(a).statusesBySentence.get(c.sentence) ?? new Set<string>();
    const distractors = CONTRASTS[c.status]
      .filter((s) => !sameSentence.has(s))
      .map((s) => ({ label: STATUS_LABELS[s], value: s }));
    const label = STATUS_LABELS[c.status];
    // (unnamed sources have no name to give: "for null" would be read out)
    const holder = holderName(a.body, c.by, seen);
    const q = makeQuestion(a, {
      type: "claim_status",
      prompt: promptFor(a.body, c, seen),
      answer: { label, value: c.status },
      distractors,
      explanation: `${label}: the article uses the words “${c.cue.text}”${holder ? ` for ${holder}` : ""}. It says: ${quoteEvidence(c.sentence)}`,
      citations,
      fact: { kind: "claim", text: c.sentence },
      basis: { rules: [`claim:${c.rule}`], sure: c.sure, evidence: [c.cue] },
    });
    if (q) out.push(q);
  }
  return out;
}
