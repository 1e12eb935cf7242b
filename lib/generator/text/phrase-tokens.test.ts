import { describe, expect, it } from "vitest";
import { readText } from "./layer";
import { phraseTokens } from "./phrase-tokens";

const words = (body: string, from = 0, to = body.length) => {
  const { tokens } = readText(body);
  const out = phraseTokens(body, tokens, from, to);
  for (const t of out) expect(body.slice(t.start, t.end)).toBe(t.text);
  return out.map((t) => t.text);
};

// Invented phrases; each row is one case the claim stage's holder reader depends on.
describe("phraseTokens", () => {
  it.each([
    ["U.S. officials said", ["U.S", "officials", "said"]],
    ["the players’ union", ["the", "players’", "union"]],
    // A lone "&" is no word (a word starts at a letter or digit); "Co." loses its dot.
    ["Smith & Co. denied it!", ["Smith", "Co", "denied", "it"]],
    ["well--known (and) “quoted”, yes; no: a—b", ["well--known", "(", "and", ")", "“", "quoted", "”", ",", "yes", ";", "no", ":", "a", "—", "b"]],
    ["the ‘best’ plan", ["the", "‘", "best’", "plan"]],
    ["don't stop 😀 now?", ["don't", "stop", "now"]],
    ["the '90s fans", ["the", "90s", "fans"]],
    ["Bas\u0041\u0301n met", ["BasA", "n", "met"]],
  ])("%s", (body, expected) => {
    expect(words(body)).toEqual(expected);
  });

  it.each([
    // [body, from, to, expected]: a span's ends may cut a token; only the part inside counts.
    ["Olsen's office said", 5, 19, ["s", "office", "said"]],
    ["Olsen's office said", 0, 3, ["Ols"]],
    ["the Harbour Board denied", 4, 17, ["Harbour", "Board"]],
    ["said Ann. Then", 5, 9, ["Ann"]],
  ])("%s [%i, %i)", (body, from, to, expected) => {
    expect(words(body, from, to)).toEqual(expected);
  });
});
