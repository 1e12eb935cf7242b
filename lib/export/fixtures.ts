// Test input for the export builders: a quiz set over a shipped article, questions from the
// generator (never written by hand), ids made up as the database would give them.
import { readArticle, generateQuestionRows, titleFromBody } from "@/prisma/factories";
import type { ExportQuizSet } from "./types";

export function generatedQuizSet(file = "seed-peskov-2025-02-10"): ExportQuizSet {
  const a = readArticle(file);
  const title = a.title ?? titleFromBody(a.body);
  const rows = generateQuestionRows(a.body, a.date, title);
  return {
    id: `set${file.length}`,
    title,
    article: { title, source: a.source ?? "Unknown", url: a.url, publishedOn: a.date },
    questions: rows.map((r, i) => ({ id: `q${i}x`, ...r })),
  };
}
