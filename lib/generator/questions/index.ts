import type { Analysis } from "../analysis";
import type { GenerateOptions, Question } from "../types";

// STUB (owner: generator-questions helper).
export function buildQuestions(_analysis: Analysis, _options: GenerateOptions): Question[] {
  return [];
}
