import type { Claim, DateMention, Entity, Quote, Sentence } from "./types";
import { hashText, newNameMemo, type NameMemo } from "./questions/util";

/** Speed-ups for one article only: built per generateQuiz call, dropped with its result, so no
 *  state is shared between articles (the generator has no clock, network or global state). */
export type AnalysisMemo = {
  /** Seed part of every shuffle for this article. */
  bodyHash: number;
  /** Normalised names and name comparisons. */
  names: NameMemo;
  /** The names one speaker goes by (who-said keys and checks). */
  speakerNames: Map<string, string[]>;
};

/** Everything the finding stages produced, handed to the question builders. */
export type Analysis = {
  body: string;
  date: string | null;
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  dates: DateMention[];
  /** Made on first use when a caller (a test) builds the analysis by hand. */
  memo?: AnalysisMemo;
};

export function newAnalysisMemo(body: string): AnalysisMemo {
  return { bodyHash: hashText(body), names: newNameMemo(), speakerNames: new Map() };
}

/** The analysis's own memo, made on first use; it lives exactly as long as the analysis. */
export function memoOf(a: Analysis): AnalysisMemo {
  return (a.memo ??= newAnalysisMemo(a.body));
}
