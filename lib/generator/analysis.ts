import type { Claim, DateMention, Entity, Quote, Sentence } from "./types";

/** Everything the finding stages produced, handed to the question builders. */
export type Analysis = {
  body: string;
  date: string | null;
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  dates: DateMention[];
};
