// The last gate before a question ships: anything malformed (the scorer's rules, plus 3–4
// choices and a sound key) or with a distractor that the findings say is also right is dropped.
import { indexOfFindings, memoOf, type Analysis } from "./analysis";
import type { Question } from "./types";
import { dateRange, normalize, sameName, type NameMemo } from "./questions/util";
import { speakersOf } from "./questions/who-said";

/** Why a question is not well formed, or null when it is. */
export function problemWith(body: string, q: Question, memo?: NameMemo): string | null {
  if (!q || typeof q !== "object") return "not an object";
  if (typeof q.prompt !== "string" || !q.prompt.trim()) return "no prompt";
  if (!Array.isArray(q.choices) || q.choices.length < 3 || q.choices.length > 4) return "needs 3 or 4 choices";
  if (q.choices.some((c) => typeof c !== "string" || !c.trim())) return "an empty choice";
  if (new Set(q.choices.map((c) => normalize(c, memo))).size !== q.choices.length) return "two choices read the same";
  if (!Number.isInteger(q.answerIndex) || q.answerIndex < 0 || q.answerIndex >= q.choices.length) return "answerIndex out of range";
  if (typeof q.answerValue !== "string" || !q.answerValue.trim()) return "no answer value";
  if (typeof q.explanation !== "string" || !q.explanation.trim()) return "no explanation";
  if (!q.fact || typeof q.fact.text !== "string" || !q.fact.text.trim()) return "no fact";
  if (!Array.isArray(q.citations) || q.citations.length === 0) return "no citation";
  for (const c of q.citations) {
    if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || !c.text || body.slice(c.start, c.end) !== c.text) {
      return `citation [${c.start}, ${c.end}) does not match the article body`;
    }
  }
  if (q.choiceValues) {
    if (q.choiceValues.length !== q.choices.length) return "choice values do not match the choices";
    if (q.choiceValues[q.answerIndex] !== q.answerValue) return "the key's value is not the answer value";
    if (new Set(q.choiceValues).size !== q.choiceValues.length) return "two choices carry the same value";
  }
  return null;
}

/** Why a distractor could also be right, judged against every finding, or null. */
export function alsoCorrect(q: Question, a: Analysis): string | null {
  const values = q.choiceValues ?? q.choices;
  const others = values.filter((_, i) => i !== q.answerIndex);
  switch (q.type) {
    case "who_said": {
      const speakers = speakersOf(a, q.fact.text);
      const m = memoOf(a).names;
      const twin = others.find((o) => speakers.some((s) => sameName(s, o, m)));
      return twin ? `“${twin}” also said these words` : null;
    }
    case "source": {
      const m = memoOf(a).names;
      const key = normalize(q.fact.text, m);
      const relays = [
        ...(indexOfFindings(a).viasByWords.get(key) ?? []),
        ...(indexOfFindings(a).relaysBySentence.get(q.fact.text) ?? []),
      ].filter((x): x is string => !!x);
      const twin = others.find((o) => relays.some((r) => sameName(r, o, memoOf(a).names)));
      return twin ? `“${twin}” also relayed it` : null;
    }
    case "claim_status": {
      const statuses = indexOfFindings(a).statusesBySentence.get(q.fact.text) ?? new Set<string>();
      const twin = others.find((o) => statuses.has(o));
      return twin ? `status ${twin} is also in the sentence` : null;
    }
    case "date": {
      // The same expression inside the cited sentence(s) must not carry a distractor's value.
      const m = memoOf(a).names;
      const key = normalize(q.fact.text, m);
      const same = new Set(q.citations.flatMap((c) => within(indexOfFindings(a).datesByText.get(key) ?? [], c)).map((d) => d.value));
      const twin = others.find((o) => same.has(o));
      return twin ? `${twin} is also a value of “${q.fact.text}”` : null;
    }
    case "timeline": {
      const ascending = values.filter((v) => isAscending(v.split(" → ")));
      return ascending.length === 1 && ascending[0] === values[q.answerIndex] ? null : "not exactly one ordering follows the dates";
    }
    default:
      return null;
  }
}

function isAscending(vals: string[]): boolean {
  const ranges = vals.map(dateRange);
  return ranges.every((r, i) => r !== null && (i === 0 || ranges[i - 1]![1] < r[0]));
}

export function checkQuestions(body: string, questions: Question[], analysis?: Analysis): Question[] {
  // memo: the article's name memo when there is one; the same choices recur in many questions.
  const memo = analysis ? memoOf(analysis).names : undefined;
  return questions.filter((q) => problemWith(body, q, memo) === null && (!analysis || alsoCorrect(q, analysis) === null));
}

/** The mentions (in text order) that lie inside `span`: a binary search to its start, so a text
 *  repeated thousands of times costs only the mentions inside the span. */
function within<T extends { start: number; end: number }>(list: T[], span: { start: number; end: number }): T[] {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < span.start) lo = mid + 1; else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i].start < span.end; i++) if (list[i].end <= span.end) out.push(list[i]);
  return out;
}
