// `npm run --silent factquiz -- extract FILE...`: one JSON document per file, one per line
// (JSON Lines, in file order), in the facts-format of ../shared/docs/facts-format.md. One
// process for many files is what lets a scorer's --batch run 256 stories in seconds. Any
// unreadable input gives one line on stderr and a non-zero exit, never a stack trace; in a
// batch its line on stdout is `{"file":…,"error":…}` so the other files keep their places.
import { readFileSync } from "node:fs";
import { ArticleInputError, generateQuiz, parseArticleFile } from "./index";
import type { CalibrationTable, Question, QuizResult } from "./types";

const questionFields = (q: Question) => {
  const { id, type, prompt, choices, answerIndex, answerValue, explanation, citations, fact, status, reason, confidence, basis } = q;
  return { id, type, status, prompt, choices, answerIndex, answerValue, explanation, citations, fact, rules: basis.rules, confidence, reason };
};

/** Reduces a result to the published format: no titles or indirect speech among the quotes;
 *  every finding keeps the rule that made it. */
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
      .map(({ quote, speaker, via, start, end, sentenceIds, kind, rule }) => ({ quote, speaker, via, start, end, sentenceIds, kind, rule })),
    dates: result.dates.map(({ text, value, start, end, sentenceId, event, rule }) => ({ text, value, start, end, sentenceId, event, rule })),
    claims: result.claims.map(({ sentence, status, by, claim, sentenceIds, rule }) => ({ sentence, status, by, claim, sentenceIds, rule })),
    questions: result.questions.map(questionFields),
    alternates: result.alternates.map(questionFields),
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

function extractOne(file: string, calibration?: CalibrationTable): string {
  const input = parseArticleFile(readArticle(file));
  const result = generateQuiz(input.body, { date: input.date, title: input.title, calibration });
  return JSON.stringify(toFactsDocument(result));
}

/** `--calibration FILE`: decide publication with another table (to test one measured on the
 *  tuning half against the check half). */
function readCalibration(file: string): CalibrationTable {
  try {
    const t = JSON.parse(readFileSync(file, "utf8")) as CalibrationTable;
    if (typeof t.threshold !== "number" || typeof t.rules !== "object") throw new Error("not a calibration table");
    return t;
  } catch (e) {
    throw new ArticleInputError(`cannot use calibration ${file}: ${(e as Error).message}`);
  }
}

function errorMessage(e: unknown): string {
  const message = e instanceof ArticleInputError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
  return message.replace(/\s+/g, " ");
}

function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  const at = rest.indexOf("--calibration");
  const tableFile = at >= 0 ? rest[at + 1] : undefined;
  const files = at >= 0 ? [...rest.slice(0, at), ...rest.slice(at + 2)] : rest;
  if (cmd !== "extract" || files.length === 0 || (at >= 0 && !tableFile)) {
    process.stderr.write("usage: factquiz extract [--calibration FILE] FILE [FILE...]\n");
    return 2;
  }
  let calibration: CalibrationTable | undefined;
  try {
    calibration = tableFile ? readCalibration(tableFile) : undefined;
  } catch (e) {
    process.stderr.write(`factquiz: ${errorMessage(e)}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      process.stdout.write(extractOne(file, calibration) + "\n");
    } catch (e) {
      failed++;
      process.stderr.write(`factquiz: ${errorMessage(e)}\n`);
      if (files.length > 1) process.stdout.write(JSON.stringify({ file, error: errorMessage(e) }) + "\n");
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
