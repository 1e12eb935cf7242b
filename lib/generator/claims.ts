import type { Claim, Entity, Quote, Sentence } from "./types";

// STUB (owner: generator-questions helper).
export function findClaims(_body: string, _sentences: Sentence[], _entities: Entity[], _quotes: Quote[]): Claim[] {
  return [];
}
