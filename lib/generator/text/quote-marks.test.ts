import { describe, expect, it } from "vitest";
import { closeOpenQuotes, countOf, quoteMarksPaired } from "./quote-marks";

describe("quote marks", () => {
  it.each([
    ["plain words", 0, true, "plain words"],
    ["“half a quote", 1, false, "“half a quote”"],
    ["“whole” quote", 1, true, "“whole” quote"],
    ['he said "maybe', 0, false, 'he said "maybe"'],
    ['"a" and "b"', 0, true, '"a" and "b"'],
  ])("%s", (text, curly, paired, closed) => {
    expect(countOf(text, "“")).toBe(curly);
    expect(quoteMarksPaired(text)).toBe(paired);
    expect(closeOpenQuotes(text)).toBe(closed);
  });
});
