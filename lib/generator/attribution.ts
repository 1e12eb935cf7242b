import type { Entity, Quote, Sentence } from "./types";

// STUB (owner: generator-speech helper).
export function attributeQuotes(_body: string, _sentences: Sentence[], _entities: Entity[], quotes: Quote[]): Quote[] {
  return quotes;
}
