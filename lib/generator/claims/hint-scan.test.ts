import { describe, expect, it } from "vitest";
import { RULES, type CueRule } from "./rules";
import { hintWords, passedHints } from "./hint-scan";

const SENTENCES = [
  "The ministry DENIED the reports, a spokesman said.",
  "He declined to comment and would not say more.",
  "It wasn't confirmed; rumoured talks were unverified, according to sources familiar with them.",
  "Officials CITING unnamed sources claimed the leak was true.",
  "Nothing here at all.",
  "denİ the Kelvin \u212A sign and long ſ: none of them is an ASCII letter.",
];

describe("passedHints", () => {
  it("gives the same answer as each rule's own hint regex", () => {
    for (const s of SENTENCES) expect(passedHints(RULES, s)).toEqual(RULES.map((r) => r.hint.test(s)));
  });

  it("reads every current hint as plain words (none falls back to its regex)", () => {
    expect(RULES.filter((r) => !hintWords(r.hint.source, r.hint.flags)).map((r) => r.rule)).toEqual([]);
  });

  it("expands classes and optional letters, and refuses anything else", () => {
    expect(hintWords("den[yi]|rumou?r|n't", "i")).toEqual(["deny", "deni", "rumor", "rumour", "n't"]);
    expect(hintWords("said\\b", "i")).toBeNull();
    expect(hintWords("said", "gi")).toBeNull();
  });

  it("falls back to the regex for a hint it cannot read as words", () => {
    const rule = { ...RULES[0], hint: /^said/i } as CueRule;
    expect(passedHints([rule], "said so")).toEqual([true]);
    expect(passedHints([rule], "he said so")).toEqual([false]);
  });
});
