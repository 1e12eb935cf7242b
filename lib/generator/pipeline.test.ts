// The whole pipeline over the project's article copies (prisma/articles, the dev corpus texts):
// every article gives well-formed questions, and the seed article a full quiz.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleInputError, generateQuiz, parseArticleFile } from "./index";
import { problemWith } from "./checks";

const DIR = join(import.meta.dirname, "../../prisma/articles");
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();

describe("generateQuiz over the article copies", () => {
  it.each(files)("%s: spans slice the body, questions are well formed and deterministic", (file) => {
    const input = parseArticleFile(readFileSync(join(DIR, file), "utf8"));
    const r = generateQuiz(input.body, { date: input.date, title: input.title });
    expect(r.questions.length).toBeGreaterThan(0);
    for (const q of r.questions) {
      expect(problemWith(input.body, q)).toBeNull();
      for (const c of q.citations) expect(input.body.slice(c.start, c.end)).toBe(c.text);
    }
    for (const s of r.article.sentences) expect(input.body.slice(s.start, s.end)).toBe(s.text);
    expect(generateQuiz(input.body, { date: input.date, title: input.title })).toEqual(r);
  });

  it("the seed article gives at least 12 questions covering the four core types", () => {
    const seed = files.find((f) => f.startsWith("seed-"));
    expect(seed).toBeDefined();
    const input = parseArticleFile(readFileSync(join(DIR, seed!), "utf8"));
    const r = generateQuiz(input.body, { date: input.date, title: input.title });
    expect(r.questions.length).toBeGreaterThanOrEqual(12);
    for (const t of ["who_said", "source", "claim_status", "date"]) expect(r.questions.some((q) => q.type === t)).toBe(true);
  });
});

describe("generateQuiz options", () => {
  const body = "Mayor Ann Holt said on Tuesday that the pier would reopen. “It is safe again,” Holt said.";
  it.each([null, undefined, "", "2024-02-30", "yesterday", "2024-5-1"])("an unusable date %j means no date questions and a note", (date) => {
    const r = generateQuiz(body, { date });
    expect(r.article.date).toBeNull();
    expect(r.questions.some((q) => q.type === "date" || q.type === "timeline")).toBe(false);
    expect(r.notes.join(" ")).toMatch(/date/i);
  });
  it("a valid date is kept", () => {
    expect(generateQuiz(body, { date: "2024-05-09" }).article.date).toBe("2024-05-09");
  });
  it("over 200,000 characters is a clear error", () => {
    expect(() => generateQuiz("a ".repeat(100_001))).toThrow(ArticleInputError);
  });
});
