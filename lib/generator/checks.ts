import type { Question } from "./types";

// STUB (owner: generator-questions helper): drops any question that is not well formed.
export function checkQuestions(_body: string, questions: Question[]): Question[] {
  return questions;
}
