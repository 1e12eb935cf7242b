import { describe, expect, it } from "vitest";
import { ArticleInputError, parseArticleFile } from "./article";

describe("parseArticleFile", () => {
  it.each([
    ["date then body on the same line", " date 2024-03-05 The body starts here.", { date: "2024-03-05", body: "The body starts here." }],
    ["date then body on the next lines", "date 2024-03-05\n\nFirst paragraph.\n\nSecond.", { date: "2024-03-05", body: "First paragraph.\n\nSecond." }],
    ["header lines before the date", "title A plain title\nsource Valley Times\nurl https://example.org/a\ndate 2023-12-31\nBody.", { date: "2023-12-31", body: "Body.", title: "A plain title", source: "Valley Times", url: "https://example.org/a" }],
    ["no header", "Just an article.\n\nWith two paragraphs.", { date: null, body: "Just an article.\n\nWith two paragraphs.", title: null }],
    ["CRLF and BOM", "\uFEFFdate 2022-01-02\r\nLine one.\r\n\r\nLine two.\r\n", { date: "2022-01-02", body: "Line one.\n\nLine two." }],
    ["title without a date is body", "title Not a header\nThe rest.", { date: null, title: null, body: "title Not a header\nThe rest." }],
  ])("%s", (_name, text, expected) => {
    expect(parseArticleFile(text)).toMatchObject(expected);
  });

  it.each([
    ["empty", ""],
    ["only a header", " date 2024-01-01 "],
    ["NUL bytes", "date 2024-01-01 abc\u0000def"],
    ["binary noise", "\u0001\u0002\u0003\u0004 \u0005\u0006 text"],
    ["too long", "a".repeat(200_001)],
    ["impossible date", "date 2024-02-30 Body."],
  ])("rejects %s with a clear message", (_name, text) => {
    expect(() => parseArticleFile(text)).toThrow(ArticleInputError);
  });
});
