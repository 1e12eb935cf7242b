import type { ArticleInput } from "./types";

export class ArticleInputError extends Error {}

// STUB (owner: generator-questions helper): header parsing per facts-format.md.
export function parseArticleFile(text: string): ArticleInput {
  const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]?\r?\n?/.exec(text);
  if (!m) return { body: text, date: null, title: null, source: null, url: null };
  return { body: text.slice(m[0].length), date: m[1], title: null, source: null, url: null };
}
