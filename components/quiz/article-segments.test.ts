import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { paragraphRanges, segmentArticle, segmentSentences } from "./article-segments";

const body = "First sentence. Second one.\n\nNew paragraph here.\n\n  Last.";

describe("segmentArticle", () => {
  it.each([
    // [span, expected marked texts]
    [{ start: 0, end: 15 }, ["First sentence."]],
    [{ start: 16, end: 27 }, ["Second one."]],
    [{ start: 29, end: 48 }, ["New paragraph here."]],
    // A span across a paragraph break is cut at the break, never marking the blank line.
    [{ start: 16, end: 48 }, ["Second one.", "New paragraph here."]],
  ])("marks %o", (span, expected) => {
    const marked = segmentArticle(body, [span]).flatMap((p) => p.runs.filter((r) => r.marked).map((r) => r.text));
    expect(marked).toEqual(expected);
  });

  it("merges overlapping citations into one mark", () => {
    const runs = segmentArticle(body, [{ start: 0, end: 15 }, { start: 6, end: 27 }])[0].runs;
    expect(runs.filter((r) => r.marked).map((r) => r.text)).toEqual(["First sentence. Second one."]);
  });

  it("splits paragraphs on blank lines and drops their leading spaces", () => {
    expect(paragraphRanges(body).map((r) => body.slice(r.start, r.end))).toEqual([
      "First sentence. Second one.",
      "New paragraph here.",
      "Last.",
    ]);
  });

  it("keeps every run at its own offsets (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).map((s) => s.replace(/x/g, "\n")),
        fc.array(fc.tuple(fc.nat(90), fc.nat(30)), { maxLength: 4 }),
        (text, raw) => {
          for (const p of segmentArticle(text, raw.map(([s, l]) => ({ start: s, end: s + l })))) {
            for (const r of p.runs) expect(text.slice(r.start, r.end)).toBe(r.text);
            expect(p.runs.map((r) => r.text).join("")).toBe(text.slice(p.start, p.end));
          }
        },
      ),
    );
  });
});

describe("segmentSentences", () => {
  const sentences = [
    { id: 0, start: 0, end: 15 },
    { id: 1, start: 16, end: 27 },
    { id: 2, start: 29, end: 48 },
    { id: 3, start: 52, end: 57 },
  ];
  it("gives each sentence its own run and keeps the text between", () => {
    const paragraphs = segmentSentences(body, sentences);
    expect(paragraphs.map((p) => p.runs.map((r) => [r.sentence, r.text]))).toEqual([
      [[0, "First sentence."], [null, " "], [1, "Second one."]],
      [[2, "New paragraph here."]],
      [[3, "Last."]],
    ]);
  });
  it("loses no character of a paragraph, whatever the sentences", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(60), fc.nat(20)), { maxLength: 6 }), (pairs) => {
        const spans = pairs.map(([s, n], id) => ({ id, start: s, end: s + n }));
        for (const p of segmentSentences(body, spans)) expect(p.runs.map((r) => r.text).join("")).toBe(body.slice(p.start, p.end));
      }),
    );
  });
});
