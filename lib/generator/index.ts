// The generator's one public entry. Stages run top to bottom over one body; each keeps spans
// into the untouched body and the rule that produced every finding.
import { readText } from "./text/layer";
import { findEntities } from "./entities";
import { findQuotes } from "./quotes";
import { attributeQuotes } from "./attribution";
import { findClaims } from "./claims";
import { findDates } from "./dates";
import { buildQuestions } from "./questions";
import { newAnalysisMemo } from "./analysis";
import { ArticleInputError, MAX_ARTICLE_CHARS } from "./article";
import type { GenerateOptions, QuizResult } from "./types";

export type * from "./types";
export { parseArticleFile, ArticleInputError } from "./article";

/** Runs every stage over one body. Throws ArticleInputError only for input no article can be
 *  (not a string, over 200,000 characters); any other text gives a result. */
export function generateQuiz(body: string, options: GenerateOptions = {}): QuizResult {
  if (typeof body !== "string") throw new ArticleInputError("article is not text");
  if (body.length > MAX_ARTICLE_CHARS) {
    throw new ArticleInputError(`article is too long (${body.length} characters; the limit is ${MAX_ARTICLE_CHARS})`);
  }
  const notes: string[] = [];
  const given = options.date ?? null;
  const date = given && isIsoDate(given) ? given : null;
  if (given && !date) notes.push(`Publication date "${given}" is not a YYYY-MM-DD calendar date; it was ignored.`);
  // The text layer: paragraphs, sentences, tokens and quote-mark pairs, read once for every stage.
  const text = readText(body);
  const { sentences } = text;
  const entities = findEntities(text);
  const quotes = attributeQuotes(text, entities, findQuotes(text));
  const claims = findClaims(text, entities, quotes);
  const dates = findDates(text, date);
  if (!date) notes.push("No publication date: relative dates are not resolved and no date question is made.");
  const analysis = { body, date, sentences, entities, quotes, claims, dates };
  // memo: this call's own speed-ups (name comparisons, speaker names), dropped with the result.
  // buildQuestions runs the final checks on each type's list before the cap.
  const { questions, alternates } = buildQuestions({ ...analysis, memo: newAnalysisMemo(body) }, options);
  return {
    article: { date, title: options.title ?? null, body, sentences },
    people: entities,
    quotes,
    dates,
    claims,
    questions,
    alternates,
    notes,
  };
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return t.getUTCFullYear() === Number(m[1]) && t.getUTCMonth() === Number(m[2]) - 1 && t.getUTCDate() === Number(m[3]);
}
