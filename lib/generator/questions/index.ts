// Builds the quiz from the findings: each question type in its own file, checked, then selected
// into one well-spread set (select.ts).
import { memoOf, type Analysis } from "../analysis";
import type { GenerateOptions, Question } from "../types";
import { buildWhoSaid } from "./who-said";
import { buildSource } from "./source";
import { buildClaimStatus } from "./claim-status";
import { buildDate } from "./date";
import { buildTimeline } from "./timeline";
import { checkQuestions } from "../checks";
import { selectQuestions, type Selection } from "./select";

export const DEFAULT_MAX_QUESTIONS = 12;

/** Every type's questions, each list checked and in article order (before any selection). */
export function buildCandidates(analysis: Analysis): Question[][] {
  // Source before who_said: both ask about a quote, and a quote with a named relay is the rarer
  // fact, so it goes to the rarer question.
  return [
    buildSource(analysis),
    buildClaimStatus(analysis),
    buildDate(analysis),
    buildWhoSaid(analysis),
    buildTimeline(analysis),
  ].map((list) => checkQuestions(analysis.body, list, analysis));
}

export function buildQuestions(analysis: Analysis, options: GenerateOptions = {}): Selection {
  const max = Math.max(0, Math.floor(options.maxQuestions ?? DEFAULT_MAX_QUESTIONS));
  // Checked before the selection, so a dropped question leaves room for another.
  return selectQuestions(buildCandidates(analysis), max, options.calibration, memoOf(analysis).names);
}
