// The generator's one public entry. Stages run top to bottom over one body; each keeps spans
// into the untouched body and the rule that produced every finding.
import { splitSentences } from "./sentences";
import { findEntities } from "./entities";
import { findQuotes } from "./quotes";
import { attributeQuotes } from "./attribution";
import { findClaims } from "./claims";
import { findDates } from "./dates";
import { buildQuestions } from "./questions";
import { checkQuestions } from "./checks";
import type { GenerateOptions, QuizResult } from "./types";

export type * from "./types";
export { parseArticleFile, ArticleInputError } from "./article";

export function generateQuiz(body: string, options: GenerateOptions = {}): QuizResult {
  const date = options.date ?? null;
  const notes: string[] = [];
  const sentences = splitSentences(body);
  const entities = findEntities(body, sentences);
  const quotes = attributeQuotes(body, sentences, entities, findQuotes(body, sentences));
  const claims = findClaims(body, sentences, entities, quotes);
  const dates = findDates(body, sentences, date);
  if (!date) notes.push("No publication date: relative dates are not resolved and no date question is made.");
  const analysis = { body, date, sentences, entities, quotes, claims, dates };
  const questions = checkQuestions(body, buildQuestions(analysis, options), analysis);
  return {
    article: { date, title: options.title ?? null, body, sentences },
    people: entities,
    quotes,
    dates,
    claims,
    questions,
    notes,
  };
}
