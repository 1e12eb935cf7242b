import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../attribution";
import { findEntities } from "../entities";
import { findQuotes } from "../quotes";
import { readText } from "../text/layer";

// Text built from pieces that stress the speech stages: every kind of quote mark, abbreviations,
// names, cue verbs, blank lines, CRLF, emoji and HTML.
const piece = fc.constantFrom(
  "“", "”", "‘", "’", "\"", "'", "«", "»", "„", " ", " ", " ", "\n", "\n\n", "\r\n\r\n", ".", ",", ":", ";", "!", "?", "...", "…",
  "Mr.", "U.S.", "p.m.", "Jan.", "St.", "J.", "Karin Olsen", "Olsen", "Olsen's", "the Valley Tribune", "Nordpress news agency",
  "said", "told", "added", "according to", "quoted", "as saying", "reported that", "he", "she", "it", "calling the plan",
  "the book", "We", "are", "ready", "The", "port", "2024", "😀", "<p>", "</p>", "é", "İ", "-", "(", ")",
);
const text = fc.array(piece, { maxLength: 120 }).map((xs) => xs.join(""));

describe("speech stages: properties", () => {
  it("every span slices the body exactly, ids and sentence ids are consistent", () => {
    fc.assert(
      fc.property(text, (body) => {
        const text = readText(body);
        const { sentences } = text;
        sentences.forEach((s, i) => {
          expect(s.id).toBe(i);
          expect(body.slice(s.start, s.end)).toBe(s.text);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1].end);
        });
        const entities = findEntities(text);
        for (const e of entities) for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
        const quotes = attributeQuotes(text, entities, findQuotes(text));
        for (const q of quotes) {
          expect(body.slice(q.start, q.end)).toBe(q.text);
          expect(q.quote).toBe(q.text);
          if (q.cue) expect(body.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
          for (const id of q.sentenceIds) expect(id >= 0 && id < sentences.length).toBe(true);
          if (q.kind === "title") expect(q.speaker).toBeNull();
          if (q.sure) expect(q.speaker).not.toBeNull();
          if (q.speaker !== null && typeof q.speaker !== "string") throw new Error("speaker must be a name");
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(text, (body) => {
        const once = () => {
          const t = readText(body);
          const e = findEntities(t);
          return JSON.stringify([t.sentences, e, attributeQuotes(t, e, findQuotes(t))]);
        };
        expect(once()).toBe(once());
      }),
      { numRuns: 300 },
    );
  });
});
