// Reads the plain-text article format of facts-format.md: optional `title`, `source`, `url`
// header lines, then ` date YYYY-MM-DD` with the body on the same line (after one space) or on
// the next lines. A text without that header is all body and has no publication date.
import type { ArticleInput } from "./types";

export class ArticleInputError extends Error {
  override name = "ArticleInputError";
}

export const MAX_ARTICLE_CHARS = 200_000;

const HEADER_LINE = /^[ \t]*(title|source|url)[ \t]+([^\n]*?)[ \t]*\n/;
const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*\n|[ \t]|$)/;

export function parseArticleFile(raw: string): ArticleInput {
  if (typeof raw !== "string") throw new ArticleInputError("article is not text");
  // A file from another editor: BOM and CRLF line ends are not part of the article.
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  assertReadable(text);

  const header: Record<"title" | "source" | "url", string | null> = { title: null, source: null, url: null };
  let rest = text.replace(/^\s*\n/, "");
  let date: string | null = null;
  let cursor = rest;
  for (let i = 0; i < 3; i++) {
    const m = HEADER_LINE.exec(cursor);
    if (!m) break;
    header[m[1] as keyof typeof header] = m[2] || null;
    cursor = cursor.slice(m[0].length);
  }
  const d = DATE_LINE.exec(cursor);
  if (d) {
    if (!isCalendarDate(d[1])) throw new ArticleInputError(`header date ${d[1]} is not a calendar date`);
    date = d[1];
    rest = cursor.slice(d[0].length);
  } else {
    // Header lines only count as a header when a date line closes them; otherwise it is body.
    header.title = header.source = header.url = null;
    rest = text;
  }

  const body = rest.replace(/^\n+/, "").replace(/\s+$/, "");
  if (!body.trim()) throw new ArticleInputError("article body is empty");
  return { body, date, ...header };
}

/** Rejects what is not an article: binary data, NUL bytes, undecodable bytes, too much text. */
export function assertReadable(text: string): void {
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ArticleInputError(`article is too long (${text.length} characters; the limit is ${MAX_ARTICLE_CHARS})`);
  }
  if (text.includes("\u0000")) throw new ArticleInputError("article contains NUL bytes (binary file?)");
  // Many control characters or replacement characters mean a binary or mis-encoded file.
  const bad = text.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (bad > 0 && bad >= Math.max(3, text.length / 100)) {
    throw new ArticleInputError("article is not readable text (binary or wrongly encoded file?)");
  }
}

function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
