import type { Claim, DateMention, Entity, Quote, Sentence } from "./types";
import { hashText, newNameMemo, normalize, type NameMemo } from "./questions/util";

/** Speed-ups for one article only: built per generateQuiz call, dropped with its result, so no
 *  state is shared between articles (the generator has no clock, network or global state). */
export type AnalysisMemo = {
  /** Seed part of every shuffle for this article. */
  bodyHash: number;
  /** Normalised names and name comparisons. */
  names: NameMemo;
  /** The names one speaker goes by (who-said keys and checks). */
  speakerNames: Map<string, string[]>;
  /** Every name said to have spoken a quote's words, by the words' normalised form. */
  speakersByWords: Map<string, string[]>;
  /** Each quote with a speaker and its words' normalised form, made once for every look-up. */
  spokenQuotes?: Array<{ key: string; speaker: string }>;
  /** Look-ups by key that each question would otherwise make by scanning every finding (built
   *  once on first use: with thousands of findings a scan per question is quadratic). */
  index?: FindingIndex;
};

export type FindingIndex = {
  sentenceById: Map<number, Sentence>;
  /** The statuses, and the holders and outlets, of the claims on each sentence text. Sets, not
   *  lists: a text repeated thousands of times must not make each look-up a long scan. */
  statusesBySentence: Map<string, Set<string>>;
  relaysBySentence: Map<string, Set<string>>;
  /** The outlets relaying a quote, by the quote's normalised words. */
  viasByWords: Map<string, Set<string>>;
  /** Date mentions by their normalised text, in text order. */
  datesByText: Map<string, DateMention[]>;
  /** The values each date text carries in one sentence, by `sentenceId|normalised text`. */
  valuesInSentence: Map<string, Set<string>>;
  /** The distinct values of sure dates, per granularity, in text order. */
  sureValues: Map<string, string[]>;
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
  return { bodyHash: hashText(body), names: newNameMemo(), speakerNames: new Map(), speakersByWords: new Map() };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** The article's finding index, built on first use. */
export function indexOfFindings(a: Analysis): FindingIndex {
  const memo = memoOf(a);
  if (memo.index) return memo.index;
  const m = memo.names;
  const index: FindingIndex = { sentenceById: new Map(), statusesBySentence: new Map(), relaysBySentence: new Map(), viasByWords: new Map(), datesByText: new Map(), valuesInSentence: new Map(), sureValues: new Map() };
  for (const s of a.sentences) if (!index.sentenceById.has(s.id)) index.sentenceById.set(s.id, s);
  for (const c of a.claims) {
    add(index.statusesBySentence, c.sentence, c.status);
    for (const r of [c.by, c.via ?? null]) if (r) add(index.relaysBySentence, c.sentence, r);
  }
  for (const q of a.quotes) if (q.via) add(index.viasByWords, normalize(q.quote, m), q.via);
  const seen = new Set<string>();
  for (const d of [...a.dates].sort((x, y) => x.start - y.start)) {
    push(index.datesByText, normalize(d.text, m), d);
    add(index.valuesInSentence, `${d.sentenceId}|${normalize(d.text, m)}`, d.value);
    if (d.sure && !seen.has(d.granularity + "|" + d.value)) {
      seen.add(d.granularity + "|" + d.value);
      push(index.sureValues, d.granularity, d.value);
    }
  }
  return (memo.index = index);
}

/** The analysis's own memo, made on first use; it lives exactly as long as the analysis. */
export function memoOf(a: Analysis): AnalysisMemo {
  return (a.memo ??= newAnalysisMemo(a.body));
}
