// "Which outlet relayed it?" — from quotes with a `via` ("Harbour news agency quoted Varga as
// saying", "Okafor told the Valley Times") and from reports an outlet holds or relayed.
// Distractors are the article's other outlets, never one named in the cited sentences (it may
// have relayed the same words) nor one that relayed the same quote elsewhere.
import { indexOfFindings, memoOf, type Analysis } from "../analysis";
import type { Question, Span } from "../types";
import { makeQuestion, type Choice } from "./make";
import { clip, normalize, quoteEvidence, quoteEvidenceSpans, quotedWords, sameName, sentenceSpans } from "./util";
import { isAskableQuote } from "./who-said";

export function outletNames(a: Analysis): string[] {
  const names: string[] = [];
  const add = (n: string | null | undefined) => {
    if (n && n.trim() && !names.some((x) => sameName(x, n, memoOf(a).names))) names.push(n);
  };
  // Only names known to be outlets: an entity of that kind or the `via` of a quote (a claim's
  // relay can be "media", which is no outlet to choose).
  for (const e of a.entities) if (e.kind === "outlet") add(e.name);
  for (const q of a.quotes) if (q.sure) add(q.via);
  return names;
}

function isOutlet(a: Analysis, name: string): boolean {
  return a.entities.some((e) => e.kind === "outlet" && (sameName(e.name, name, memoOf(a).names) || e.aliases.some((x) => sameName(x, name, memoOf(a).names)))) ||
    a.quotes.some((q) => q.via && sameName(q.via, name, memoOf(a).names));
}

/** `outlets`: outletNames(a), made once per article by the caller (it compares every pair). */
function distractorsFor(a: Analysis, answer: string, citations: Span[], alsoRight: string[], outlets: string[]): Choice[] {
  const cited = normalize(citations.map((c) => c.text).join(" "), memoOf(a).names);
  const pool: Choice[] = [];
  for (const n of outlets) {
    if (sameName(n, answer, memoOf(a).names) || alsoRight.some((x) => sameName(x, n, memoOf(a).names))) continue;
    const e = a.entities.find((x) => x.name === n);
    const spellings = [n, ...(e?.aliases ?? [])].map((x) => normalize(x, memoOf(a).names)).filter((x) => x.length > 1);
    if (spellings.some((x) => cited.includes(x))) continue;
    pool.push({ label: n, value: n });
  }
  return pool;
}

export function buildSource(a: Analysis): Question[] {
  const out: Question[] = [];
  const asked = new Set<string>();
  let outlets: string[] | undefined;
  const outletsOf = () => (outlets ??= outletNames(a));
  for (const q of a.quotes) {
    if (!q.via || !q.speaker || !isAskableQuote(q)) continue;
    const m = memoOf(a).names;
    const key = normalize(q.quote, m);
    if (asked.has(key)) continue;
    const ids = [...q.sentenceIds];
    const cueSentence = q.cue ? a.sentences.find((s) => s.start <= q.cue!.start && q.cue!.end <= s.end) : undefined;
    if (cueSentence) ids.push(cueSentence.id);
    // A continuation ("he added") takes its outlet from the sentence before: cite that one too.
    const viaSentence = a.sentences.find((s) => s.id < Math.min(...ids) && s.id >= Math.min(...ids) - 2 && normalize(s.text, m).includes(normalize(q.via!, m)));
    if (!ids.some((id) => normalize(a.sentences.find((s) => s.id === id)?.text ?? "", m).includes(normalize(q.via!, m))) && viaSentence) ids.push(viaSentence.id);
    const citations = sentenceSpans(a.body, a.sentences, ids);
    if (!citations.length) continue;
    const sameWords = [...(indexOfFindings(a).viasByWords.get(key) ?? [])];
    const question = makeQuestion(a, {
      type: "source",
      // The speaker stays out of the prompt: naming them would answer any "Who said" question.
      prompt: `Which news outlet does the article name as relaying the words “${quotedWords(q.quote, 20)}”?`,
      answer: { label: q.via, value: q.via },
      distractors: distractorsFor(a, q.via, citations, sameWords, outletsOf()),
      explanation: `The article says the words reached it through ${q.via}: ${quoteEvidence(citations.map((c) => c.text).join(" "))}`,
      citations,
      fact: { kind: "quote", text: q.quote },
      basis: { rules: [`via:${q.viaRule ?? q.rule}`], sure: q.sure, evidence: quoteEvidenceSpans(a.body, q) },
    });
    if (!question) continue;
    asked.add(key);
    out.push(question);
  }
  for (const c of a.claims) {
    if (c.status !== "reported_unverified" || !c.by || !isOutlet(a, c.by)) continue;
    const citations = sentenceSpans(a.body, a.sentences, c.sentenceIds);
    if (!citations.length) continue;
    const question = makeQuestion(a, {
      type: "source",
      prompt: `Which news outlet reported this, according to the article: “${clip(c.claim, 24)}”?`,
      answer: { label: c.by, value: c.by },
      distractors: distractorsFor(a, c.by, citations, c.via ? [c.via] : [], outletsOf()),
      explanation: `The article credits the report to ${c.by}${c.via ? ` (relayed by ${c.via})` : ""}: ${quoteEvidence(c.sentence)}`,
      citations,
      fact: { kind: "claim", text: c.sentence },
      basis: { rules: [`claim:${c.rule}`], sure: c.sure, evidence: [c.cue] },
    });
    if (question) out.push(question);
  }
  return out;
}
