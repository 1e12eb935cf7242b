import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readText } from "../text/layer";
import { isWordChar, layerTokensAfter, layerTokensBefore, tokenize, tokensIn } from "./context";

// The reference the layer's windows are checked against: the body scanned afresh, a word cut by
// the window's edge dropped (what the date stage did before it read the layer).
function scannedBefore(body: string, pos: number, chars: number) {
  const from = Math.max(0, pos - chars);
  const toks = tokenize(body, from, pos);
  if (from > 0 && toks.length && toks[0].start === from && isWordChar(body[from - 1])) toks.shift();
  return toks;
}

function scannedAfter(body: string, pos: number, chars: number) {
  const to = Math.min(body.length, pos + chars);
  const toks = tokenize(body, pos, to);
  const last = toks[toks.length - 1];
  if (last && last.end === to && to < body.length && isWordChar(body[to])) toks.pop();
  return toks;
}

// The date stage's windows read the layer's tokens; they must give the tokens a fresh scan of
// the body gives, or a date would read a different clause than its words say.
describe("date windows over the layer's tokens", () => {
  it.each([
    ["in mid-2019, the U.S. said", 0, 26, ["in", "mid", "-", "2019", ",", "the", "U", ".", "S", ".", "said"]],
    ["Friday’s vote in the 1990's", 0, 27, ["Friday’s", "vote", "in", "the", "1990's"]],
    ["the '90s and 5'6", 0, 16, ["the", "'", "90s", "and", "5", "'", "6"]],
    ["Friday’s vote", 3, 10, ["day’s", "v"]],
    ["A&B met 😀 on Monday", 0, 20, ["A", "&", "B", "met", "😀", "on", "Monday"]],
    ["cafe\u0301 on Monday", 0, 15, ["cafe", "\u0301", "on", "Monday"]],
  ])("%s [%i, %i)", (body, from, to, words) => {
    expect(tokensIn(readText(body), from, to).map((t) => t.w)).toEqual(words);
    expect(tokenize(body, from, to).map((t) => t.w)).toEqual(words);
  });

  const piece = fc.constantFrom("a", "Mon", "5", "'", "’", "-", ".", "&", " ", "\n", ",", "“", "é", "\u0301", "😀", "s", "1990's");
  it("gives the scanner's tokens for any window of any text", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const body = parts.join("");
        const from = body.length ? a % (body.length + 1) : 0;
        const to = from + (body.length - from ? b % (body.length - from + 1) : 0);
        const text = readText(body);
        expect(tokensIn(text, from, to)).toEqual(tokenize(body, from, to));
        expect(layerTokensBefore(text, to, 12)).toEqual(scannedBefore(body, to, 12));
        expect(layerTokensAfter(text, from, 12)).toEqual(scannedAfter(body, from, 12));
      }),
      { numRuns: 3000 },
    );
  });
});
