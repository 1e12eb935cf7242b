// Judges each finding of one article against its gold, as the scorers would judge a key built
// on it: a quote's speaker and via, a date's value, a claim's status. Each verdict is charged to
// the calibration key of the rule that made the finding ("quote:said-after-name"). Findings the
// gold says nothing about (an extra date, a quote with a pronoun source) are not charged.
import type { QuizResult } from "../../lib/generator";
import { findDate, isPerson, norm, sameEntity, sameName, sameOutlet, sameSpan, type Person } from "./names";

export type Verdict = { key: string; right: boolean };

type GoldQuote = { quote: string; speaker: string; via?: string | null };
type GoldDate = { text: string; value: string };
type GoldClaim = { sentence: string; status: string };
export type FactsGold = { quotes?: GoldQuote[]; dates?: GoldDate[]; claims?: GoldClaim[] };

type Piece = { start: number; end: number };
type Attribution = {
  cue?: Piece; kind: string; sourceKind: string; relays?: boolean; sourceNames?: string[]; sourceOrg?: boolean;
  outlets?: string[]; content: Piece & { fragments?: Piece[] };
};
export type AttributionGold = { attributions: Attribution[] };

const askable = (r: QuizResult) => r.quotes.filter((q) => (q.kind === "direct" || q.kind === "partial") && q.speaker);
const viaKey = (q: QuizResult["quotes"][number]) => `via:${q.viaRule ?? q.rule}`;

export function judgeFacts(r: QuizResult, gold: FactsGold): Verdict[] {
  const out: Verdict[] = [];
  for (const q of askable(r)) {
    const g = (gold.quotes ?? []).find((x) => sameSpan(q.quote, x.quote));
    if (!g) continue;
    out.push({ key: `quote:${q.rule}`, right: sameName(q.speaker, g.speaker) });
    if (q.via) out.push({ key: viaKey(q), right: !!g.via && sameName(q.via, g.via) });
  }
  for (const d of r.dates) {
    const g = findDate(gold.dates ?? [], d.text);
    if (g) out.push({ key: `date:${d.rule}`, right: norm(g.value) === norm(d.value) });
  }
  // Claims are judged only where the gold annotates claims at all (not on date-only corpora);
  // a claim on a sentence the gold leaves out counts against its rule.
  if (gold.claims === undefined || (gold.quotes ?? []).length + gold.claims.length === 0) return out;
  for (const c of r.claims) {
    const g = gold.claims.filter((x) => sameSpan(c.sentence, x.sentence));
    out.push({ key: `claim:${c.rule}`, right: g.some((x) => x.status === c.status) });
  }
  return out;
}

function overlap(a: Piece, b: Piece): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The attribution whose content covers most of the span; on a tie the innermost one (the
 *  quote's own attribution, not the outlet's that relays it), as the scorer picks. */
export function covering(attributions: Attribution[], span: Piece): Attribution | null {
  let best: Attribution | null = null, bestOv = 0;
  const size = (a: Attribution) => a.content.end - a.content.start;
  for (const a of attributions) {
    const ov = (a.content.fragments ?? [a.content]).reduce((s, f) => s + overlap(f, span), 0);
    if (ov > bestOv || (ov === bestOv && ov > 0 && best && size(a) < size(best))) { best = a; bestOv = ov; }
  }
  return best && bestOv >= 0.5 * (span.end - span.start) ? best : null;
}

export function judgeAttributions(r: QuizResult, gold: AttributionGold): Verdict[] {
  const out: Verdict[] = [];
  const people = r.people as Person[];
  for (const q of askable(r)) {
    const g = covering(gold.attributions, q);
    if (!g || g.relays) continue;
    if (g.sourceKind === "named") out.push({ key: `quote:${q.rule}`, right: sameEntity(g, q.speaker!, people) });
    else if (g.sourceKind === "anonymous" && isPerson(q.speaker!, people)) out.push({ key: `quote:${q.rule}`, right: false });
    // An outlet the gold attribution does not name anywhere near it is a wrong via.
    if (q.via) out.push({ key: viaKey(q), right: (g.outlets ?? []).some((o) => sameOutlet(o, q.via!)) });
  }
  return out;
}

/** Holders the claim rules name for an unnamed source ("media", "reports"): any source fits. */
const GENERIC_HOLDER = /^(?:media|reports?|sources?|officials|the media)$/i;

/** A claim on political news: its status cue must be an annotated attribution's cue (so the
 *  words really attribute content to someone — "denied that …", not "denied a visa"), and its
 *  holder must be that attribution's source. PolNeAR annotates a refusal too ("declined" with
 *  the content "to comment"), so no-comment claims are judged the same way. */
export function judgeClaimsOnAttributions(r: QuizResult, gold: AttributionGold): Verdict[] {
  const people = r.people as Person[];
  return r.claims.map((c) => {
    const cued = gold.attributions.filter((a) => a.cue && overlap(a.cue, c.cue) > 0);
    const right = cued.some((a) => !c.by || GENERIC_HOLDER.test(c.by) || a.sourceKind !== "named" || sameEntity(a, c.by, people));
    return { key: `claim:${c.rule}`, right };
  });
}
