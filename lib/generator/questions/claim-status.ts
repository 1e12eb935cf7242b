// "What is the status of this claim?" — the choices are readable labels ("Denied"); the key stays
// the status code. Distractors are statuses that contradict the right one: "Reported, not
// verified" is never offered against "Neither confirmed nor denied" (both would fit), nor is
// any status another claim in the same sentence carries.
import type { Analysis } from "../analysis";
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

/** "the White House" when the article writes it with an article; names stay bare. */
function holderName(body: string, by: string | null): string | null {
  // A claim from unnamed reports has no holder worth naming in a prompt.
  if (!by || /^unnamed\b/i.test(by)) return null;
  if (/^(?:the|a|an)\s/i.test(by) || /^\p{Ll}/u.test(by)) return /^\p{Ll}/u.test(by) && !/^(?:the|a|an)\s/i.test(by) ? `the ${by}` : by;
  return body.includes(`the ${by}`) || body.includes(`The ${by}`) ? `the ${by}` : by;
}

function promptFor(body: string, claimRaw: Claim): string {
  const c = { ...claimRaw, by: holderName(body, claimRaw.by) };
  const claim = clip(c.claim, 24);
  if (c.status === "no_comment") {
    if (/^a request for comment$/i.test(c.claim)) return `How did ${c.by ?? "the party asked"} answer a request for comment, according to the article?`;
    return `How did ${c.by ?? "the party asked"} respond about “${claim}”, according to the article?`;
  }
  if (c.status === "reported_unverified") return `How does the article present this claim${c.by ? ` from ${c.by}` : ""}: “${claim}”?`;
  return `According to the article, how did ${c.by ?? "those asked"} respond to “${claim}”?`;
}

export function buildClaimStatus(a: Analysis): Question[] {
  const out: Question[] = [];
  for (const c of a.claims) {
    if (!c.sure) continue;
    const citations = sentenceSpans(a.body, a.sentences, c.sentenceIds);
    if (!citations.length) continue;
    const sameSentence = new Set(a.claims.filter((x) => x.sentence === c.sentence).map((x) => x.status));
    const distractors = CONTRASTS[c.status]
      .filter((s) => !sameSentence.has(s))
      .map((s) => ({ label: STATUS_LABELS[s], value: s }));
    const label = STATUS_LABELS[c.status];
    const q = makeQuestion(a, {
      type: "claim_status",
      prompt: promptFor(a.body, c),
      answer: { label, value: c.status },
      distractors,
      explanation: `${label}: the article uses the words “${c.cue.text}”${c.by ? ` for ${holderName(a.body, c.by)}` : ""}. It says: ${quoteEvidence(c.sentence)}`,
      citations,
      fact: { kind: "claim", text: c.sentence },
    });
    if (q) out.push(q);
  }
  return out;
}
