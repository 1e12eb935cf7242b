// `npm run --silent factquiz -- extract FILE...`: one JSON document per file, one per line
// (JSON Lines, in file order), in the facts-format of ../shared/docs/facts-format.md. One
// process for many files is what lets a scorer's --batch run 256 stories in seconds. Any
// unreadable input gives one line on stderr and a non-zero exit, never a stack trace; in a
// batch its line on stdout is `{"file":…,"error":…}` so the other files keep their places.
import { readFileSync } from "node:fs";
import { ArticleInputError, generateQuiz, parseArticleFile } from "./index";
import type { QuizResult } from "./types";

/** Reduces a result to the published format: no titles or indirect speech among the quotes. */
function toFactsDocument(result: QuizResult) {
  return {
    article: {
      date: result.article.date,
      title: result.article.title,
      body: result.article.body,
      sentences: result.article.sentences.map(({ id, start, end, text }) => ({ id, start, end, text })),
    },
    people: result.people.map(({ name, aliases, role, kind }) => ({ name, aliases, role, kind })),
    quotes: result.quotes
      .filter((q) => q.kind === "direct" || q.kind === "partial" || q.kind === "scare")
      .map(({ quote, speaker, via, start, end, sentenceIds, kind }) => ({ quote, speaker, via, start, end, sentenceIds, kind })),
    dates: result.dates.map(({ text, value, start, end, sentenceId, event }) => ({ text, value, start, end, sentenceId, event })),
    claims: result.claims.map(({ sentence, status, by, claim, sentenceIds }) => ({ sentence, status, by, claim, sentenceIds })),
    questions: result.questions.map(({ id, type, prompt, choices, answerIndex, answerValue, explanation, citations, fact }) => ({
      id, type, prompt, choices, answerIndex, answerValue, explanation, citations, fact,
    })),
    notes: result.notes,
  };
}

function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ArticleInputError(code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file} (${code ?? "error"})`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(`${file} is not UTF-8 text`);
  }
}

function extractOne(file: string): string {
  const input = parseArticleFile(readArticle(file));
  const result = generateQuiz(input.body, { date: input.date, title: input.title });
  return JSON.stringify(toFactsDocument(result));
}

function errorMessage(e: unknown): string {
  const message = e instanceof ArticleInputError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
  return message.replace(/\s+/g, " ");
}

function main(argv: string[]): number {
  const [cmd, ...files] = argv;
  if (cmd !== "extract" || files.length === 0) {
    process.stderr.write("usage: factquiz extract FILE [FILE...]\n");
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      process.stdout.write(extractOne(file) + "\n");
    } catch (e) {
      failed++;
      process.stderr.write(`factquiz: ${errorMessage(e)}\n`);
      if (files.length > 1) process.stdout.write(JSON.stringify({ file, error: errorMessage(e) }) + "\n");
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
