import type { Quote, Sentence } from "./types";

// STUB (owner: generator-speech helper).
export function findQuotes(_body: string, _sentences: Sentence[]): Quote[] {
  return [];
}
