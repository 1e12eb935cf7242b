import { describe, expect, it } from "vitest";
import { readText } from "./layer";
import { tokenAt } from "./tokens";

// Invented sentences: each row is what one stage relies on the shared layer for.
describe("text layer: tokens", () => {
  it.each([
    ["Olsen's plan", ["Olsen's", "plan"], [true, false]],
    ["the players’ union", ["the", "players", "’", "union"], [false, false, false, false]],
    ["U.S. well-known A&B", ["U.S", ".", "well-known", "A&B"], [false, false, false, false]],
    ["“Yes,” he said.", ["“", "Yes", ",", "”", "he", "said", "."], [false, false, false, false, false, false, false]],
    ["café 😀 naïve", ["café", "😀", "naïve"], [false, false, false]],
    ["-5 and 3-", ["-", "5", "and", "3", "-"], [false, false, false, false, false]],
    // Mis-decoded UTF-8 leaves C1 control bytes inside a word: the word stays whole.
    ["Ana JesÃ\u0083Âos said", ["Ana", "JesÃ\u0083Âos", "said"], [false, false, false]],
    ["Jose\u0301 said", ["Jose\u0301", "said"], [false, false]],
  ])("%s", (body, texts, possessive) => {
    const { tokens } = readText(body);
    expect(tokens.map((t) => t.text)).toEqual(texts);
    expect(tokens.map((t) => t.possessive)).toEqual(possessive);
    for (const t of tokens) expect(body.slice(t.start, t.end)).toBe(t.text);
  });

  it("knows each token's sentence and finds tokens by offset", () => {
    const body = "Ann Holt spoke. Ben Roe left.\n\nA new day.";
    const { tokens, sentences } = readText(body);
    expect(sentences.map((s) => s.text)).toEqual(["Ann Holt spoke.", "Ben Roe left.", "A new day."]);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(tokens[tokenAt(tokens, body.indexOf("Roe"))].text).toBe("Roe");
    expect(tokenAt(tokens, body.indexOf("Roe") - 1)).toBe(tokenAt(tokens, body.indexOf("Roe")));
  });
});

describe("text layer: paragraphs and quote pairs", () => {
  it.each([
    ["“We won,” Holt said.", [["We won,", true]]],
    ["He called it a 'mess' today.", [["mess", true]]],
    ["“It goes on\n\n“and ends here,” she said.", [["It goes on", false], ["and ends here,", true]]],
    ["Don’t stop, it’s fine.", []],
    // A closer typed the wrong way round ("here,“ said"), but not past a straight closer.
    ["“It is unusual,“ said Lars Noble. “It is hard.”", [["It is unusual,", true], ["It is hard.", true]]],
    // and a straight opener's closer typed the same wrong way round ("worse.“" at the paragraph's end)
    ["“The pool is out of balance,\" the group wrote. \"It will get worse.“\n\nNext.", [["The pool is out of balance,", true], ["It will get worse.", true]]],
    // Wire copy's ``…'' pair (a `` left open in its paragraph pairs nothing).
    ["``We go,'' she said.", [["We go,", true]]],
    ["``No closer here.\n\n``We go,'' she said.", [["We go,", true]]],
  ])("%s", (body, pairs) => {
    const text = readText(body);
    expect(text.quotePairs.map((p) => [body.slice(p.innerStart, p.innerEnd), p.closed])).toEqual(pairs);
  });

  it("numbers paragraphs the way sentences do", () => {
    const text = readText("One here.\n\nTwo “here”.\n  \nThree.");
    expect(text.paragraphs.filter(([a, b]) => text.body.slice(a, b).trim()).length).toBe(3);
    expect(text.sentences.map((s) => s.paragraph)).toEqual([0, 1, 2]);
    expect(text.quotePairs.map((p) => p.paragraph)).toEqual([1]);
  });
});
