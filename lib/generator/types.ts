// The generator's data model. Every offset is a UTF-16 index into the article body exactly as
// the generator holds it, so `body.slice(start, end) === text` holds for every span.

export type Span = { start: number; end: number; text: string };

export type Sentence = Span & { id: number; paragraph: number };

export type EntityKind = "person" | "organisation" | "outlet";

export type Entity = {
  id: number;
  kind: EntityKind;
  /** Canonical full name as first introduced ("Lena Varga"). */
  name: string;
  /** Other ways the article refers to it ("Varga", "the ministry spokeswoman"). */
  aliases: string[];
  /** Role as given ("Ministry Spokeswoman", "former Prime Minister"), if any. */
  role: string | null;
  mentions: Span[];
};

/** direct: a quotation; partial: quoted words inside indirect speech; scare: a quoted term;
 *  title: the name of a work; indirect: "X said (that) ..." with no quote marks. */
export type QuoteKind = "direct" | "partial" | "scare" | "title" | "indirect";

export type Quote = Span & {
  kind: QuoteKind;
  /** Words inside the marks (for indirect speech: the reported clause). */
  quote: string;
  /** Canonical entity name, or null when no speaker could be found. */
  speaker: string | null;
  /** Outlet or agency that relayed it, when the text says so. */
  via: string | null;
  sentenceIds: number[];
  /** Span of the cue ("Varga said", "he added", "according to X") when there is one. */
  cue: Span | null;
  /** True when the rules are sure; questions are built only on sure findings. */
  sure: boolean;
  rule: string;
  /** How `via` was found, when it was: "cue-hearer" (told the X), "relay-chain" (X reported
   *  that Y said), "trailing-relay" (…, X reported), "previous-quote", "previous-sentence-told". */
  viaRule?: string;
};

export type DateGranularity = "day" | "week" | "month" | "year";

export type DateMention = Span & {
  value: string;
  granularity: DateGranularity;
  sentenceId: number;
  /** The act or event the date dates, in words taken from the sentence. */
  event: string | null;
  /** Span of that event's text in the body (for citations), when known. */
  eventSpan: Span | null;
  sure: boolean;
  rule: string;
};

export type ClaimStatus =
  | "confirmed"
  | "denied"
  | "neither_confirmed_nor_denied"
  | "reported_unverified"
  | "no_comment";

export type Claim = {
  /** The whole sentence text (equal to the cited sentence). */
  sentence: string;
  status: ClaimStatus;
  /** Who holds the status: a canonical entity name, or a generic holder such as "media". */
  by: string | null;
  /** What the claim is about, in words from the sentence. */
  claim: string;
  sentenceIds: number[];
  /** The status cue ("neither confirm nor deny", "reportedly"). */
  cue: Span;
  sure: boolean;
  rule: string;
  /** Outlet that relayed the claim ("…, Harbour news agency reported"), when the text says so. */
  via?: string | null;
};

export type QuestionType = "who_said" | "source" | "claim_status" | "date" | "timeline";

/** published: shown to students as generated; suggested: offered to a teacher to check first. */
export type QuestionStatus = "published" | "suggested";

/** What a question's key rests on: the calibration keys of the rules behind its finding
 *  ("quote:said-after-name", "date:weekday-past"), whether those rules claimed certainty, and
 *  the evidence spans they used (the cue, the quote, the date expression). */
export type QuestionBasis = { rules: string[]; sure: boolean; evidence: Span[] };

export type Question = {
  id: string;
  type: QuestionType;
  prompt: string;
  choices: string[];
  answerIndex: number;
  /** The answer in the fact's own terms: a speaker's full name, a date value, a status, an outlet. */
  answerValue: string;
  explanation: string;
  citations: Span[];
  fact: { kind: "quote" | "date" | "claim" | "timeline"; text: string };
  /** The value behind each choice (a full name, a date value, a status code), in choice order;
   *  lets the checks prove that exactly one choice is right. */
  choiceValues?: string[];
  basis: QuestionBasis;
  status: QuestionStatus;
  /** Why a suggested question is not published on its own (plain words for the teacher). */
  reason?: string;
  /** Lowest measured lower-bound precision among the basis rules (null: never measured). */
  confidence?: number | null;
};

export type ArticleInput = {
  body: string;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
};

export type GenerateOptions = {
  /** Publication date YYYY-MM-DD; without it no question that needs the date is made. */
  date?: string | null;
  title?: string | null;
  /** Upper bound on the number of published questions (default 12); the rest are alternates. */
  maxQuestions?: number;
  /** Rule precision table to decide publication; defaults to the committed calibration. */
  calibration?: CalibrationTable;
};

export type QuizResult = {
  article: { date: string | null; title: string | null; body: string; sentences: Sentence[] };
  people: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  claims: Claim[];
  /** Published questions (at most maxQuestions) followed by suggestions for a teacher. */
  questions: Question[];
  /** Published-quality questions beyond the cap, for a teacher who wants more. */
  alternates: Question[];
  /** Plain-language notes about the run, e.g. "No publication date: no date questions." */
  notes: string[];
};

/** One rule's measured record: how often it fired on gold-annotated text and was right. */
export type RuleRecord = { fired: number; right: number; precision: number; lower: number };

/** The calibration table (lib/generator/calibration/table.json, written by `npm run calibrate`). */
export type CalibrationTable = {
  /** Wilson score lower bound, one-sided, at this z. */
  z: number;
  /** A question is published only when every rule behind its key has lower ≥ threshold. */
  threshold: number;
  corpora: string[];
  rules: Record<string, RuleRecord>;
};
