// Builds the quiz from the findings: each question type in its own file, then interleaved so a
// capped quiz still covers every type. Ids follow the final order.
import type { Analysis } from "../analysis";
import type { GenerateOptions, Question } from "../types";
import { buildWhoSaid } from "./who-said";
import { buildSource } from "./source";
import { buildClaimStatus } from "./claim-status";
import { buildDate } from "./date";
import { buildTimeline } from "./timeline";
import { checkQuestions } from "../checks";

export const DEFAULT_MAX_QUESTIONS = 20;

export function buildQuestions(analysis: Analysis, options: GenerateOptions = {}): Question[] {
  const max = Math.max(0, Math.floor(options.maxQuestions ?? DEFAULT_MAX_QUESTIONS));
  const byType = [
    buildWhoSaid(analysis),
    buildClaimStatus(analysis),
    buildDate(analysis),
    buildSource(analysis),
    buildTimeline(analysis),
  ].map((list) => checkQuestions(analysis.body, list, analysis));
  // Checked before the cap, so a dropped question leaves room for another.
  return interleave(byType, max).map((q, i) => ({ ...q, id: `q${i + 1}` }));
}

/** Round-robin over the types, keeping each type's article order. */
export function interleave<T>(lists: T[][], max: number): T[] {
  const out: T[] = [];
  for (let round = 0; out.length < max; round++) {
    let any = false;
    for (const list of lists) {
      if (round < list.length && out.length < max) {
        out.push(list[round]);
        any = true;
      }
    }
    if (!any) break;
  }
  return out;
}
