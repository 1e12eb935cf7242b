import { describe, expect, it } from "vitest";
import { articleSentences } from "@/lib/quiz-sets/sentences";
import { citedSentenceIds, isEvidenceFound } from "./evidence";

const body = "Ana said the bridge would open. Ben denied it.\n\nThe mayor, Cy, said on Monday that work had stopped.";
const sentences = articleSentences(body);
const span = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });

describe("evidence check", () => {
  it("numbers the sentences as the generator splits them", () => {
    expect(sentences.map((s) => body.slice(s.start, s.end))).toEqual([
      "Ana said the bridge would open.",
      "Ben denied it.",
      "The mayor, Cy, said on Monday that work had stopped.",
    ]);
  });

  it.each([
    ["the cited sentence", [span("Ben denied it.")], 1, true],
    ["a sentence next to it", [span("Ben denied it.")], 0, false],
    ["one of two cited sentences", [span("Ana said the bridge would open."), span("work had stopped.")], 2, true],
    ["a sentence a clipped citation sits in", [span("said on Monday")], 2, true],
    ["a number naming no sentence", [span("Ben denied it.")], 99, false],
  ])("%s", (_name, citations, picked, expected) => {
    expect(isEvidenceFound(picked, sentences, citations)).toBe(expected);
  });

  it("lists every sentence a citation touches, and none for no citation", () => {
    expect(citedSentenceIds(sentences, [{ start: span("open.").start, end: span("Ben").end }])).toEqual([0, 1]);
    expect(citedSentenceIds(sentences, [])).toEqual([]);
  });
});
