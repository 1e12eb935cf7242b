import type { DateMention, Sentence } from "../types";

// STUB (owner: generator-dates helper).
export function findDates(_body: string, _sentences: Sentence[], _date: string | null): DateMention[] {
  return [];
}
