import { describe, expect, it } from "vitest";
import { findQuotes } from "./quotes";
import { readText } from "./text/layer";

// Invented sentences only.
const find = (body: string) => findQuotes(readText(body));

describe("findQuotes: marks", () => {
  const rows: Array<[string, string, string[]]> = [
    ["curly doubles", "“We are ready,” Olsen said.", ["We are ready,"]],
    ["straight doubles", "\"We are ready,\" Olsen said.", ["We are ready,"]],
    ["curly singles", "‘We are ready,’ Olsen said.", ["We are ready,"]],
    ["straight singles", "'We are ready,' Olsen said.", ["We are ready,"]],
    ["apostrophes are no quotes", "Olsen's team didn't say it's the players' fault.", []],
    ["nested single inside double stays one quote", "“He called it ‘a farce’ today,” Olsen said.", ["He called it ‘a farce’ today,"]],
    ["two quotes in one sentence", "“Yes,” she said, “and no.”", ["Yes,", "and no."]],
    ["guillemets", "«Nous partons», a-t-il dit.", ["Nous partons"]],
    ["stray closing mark is skipped", "He was 6\" tall and said \"fine\".", ["fine"]],
    ["straight opener, curly closer", "\"We are ready,” Olsen said.", ["We are ready,"]],
    ["curly opener, straight closer", "“We are ready,\" Olsen said. \"Go.\"", ["We are ready,", "Go."]],
    ["curly opener, straight closer, then straight opener, curly closer", "“We are ready,\" Olsen said. \"Go now.”", ["We are ready,", "Go now."]],
    ["a straight opener closed by a curly opener typed the wrong way", "Olsen said, \"We will rebuild the pier.“ Then she left.", ["We will rebuild the pier."]],
    ["a straight pair nested inside curly marks", "“He called it \"a farce,\" and left,” Olsen said.", ["He called it \"a farce,\" and left,"]],
    ["unclosed single is an apostrophe", "The 'nineties were long ago.", []],
  ];
  it.each(rows)("%s", (_n, body, expected) => {
    const got = find(body);
    expect(got.map((q) => q.quote)).toEqual(expected);
    for (const q of got) expect(body.slice(q.start, q.end)).toBe(q.quote);
  });
});

describe("findQuotes: spans across sentences and paragraphs", () => {
  it("a quote spanning sentences is one Quote with all its sentence ids", () => {
    const body = "Olsen spoke. “This is one. This is two. And three,” she said. Then she left.";
    const [q] = find(body);
    expect(q.quote).toBe("This is one. This is two. And three,");
    expect(q.sentenceIds).toEqual([1, 2, 3]);
  });

  it("a paragraph that opens a quote and does not close it ends the quote at the paragraph", () => {
    const body = "Olsen said: “The first part is simple.\n\n“The second part is harder,” she added.";
    const got = find(body);
    expect(got.map((q) => [q.quote, q.rule])).toEqual([
      ["The first part is simple.", "marks-open-ended"],
      ["The second part is harder,", "marks"],
    ]);
  });

  it("an unclosed straight double runs to its paragraph end only", () => {
    const body = "He said \"this never closes\n\nNext paragraph with \"a pair\" here.";
    expect(find(body).map((q) => q.quote)).toEqual(["this never closes", "a pair"]);
  });
});

describe("findQuotes: kinds", () => {
  const rows: Array<[string, string, string, string]> = [
    ["direct after a colon", "Olsen said: “We will rebuild the pier.”", "We will rebuild the pier.", "direct"],
    ["direct opening the sentence", "“We will rebuild the pier,” Olsen said.", "We will rebuild the pier,", "direct"],
    ["partial inside indirect speech", "Olsen said the plan was “a mistake from the start” and left.", "a mistake from the start", "partial"],
    ["scare term after calling the move a", "He ordered the strike, calling the move a “limited correction”.", "limited correction", "scare"],
    ["scare term after so-called", "The so-called “harbour tax” returned.", "harbour tax", "scare"],
    ["title after book", "She wrote the book “Salt and Stone” in exile.", "Salt and Stone", "title"],
    ["title after report titled", "A report titled “Water Futures” came out.", "Water Futures", "title"],
    ["title after film", "The film “Night Ferry” won a prize.", "Night Ferry", "title"],
    ["a speaker's word for a work is no title", "Holm called the study “alarming but not surprising”.", "alarming but not surprising", "partial"],
    ["a work called by its title", "The report called “Water Futures” came out.", "Water Futures", "title"],
    ["a nickname inside a name is nobody's words", "It came from the physicist George “Jay” Keyworth, a director.", "Jay", "title"],
    ["a one-word answer after a speech verb is not a nickname", "Then Ann Holt said “Never” loudly.", "Never", "scare"],
    ["a programme after a broadcaster's possessive, the stop inside the marks", "“It's nonsense,” Mr. Olsen said by telephone on NBC's “Meet the Press.”", "Meet the Press.", "title"],
    ["a thing named in title case, the comma inside the marks", "The club's boat, named “Spirit of the Harbour,” won the race.", "Spirit of the Harbour,", "title"],
    ["but not a speaker's words after a name-giving verb", "The mayor was named “Citizen of the Year” and said, “I am grateful.”", "I am grateful.", "direct"],
    ["capitalised work name mid-sentence", "She spoke on “The Morning Harbour Show” yesterday.", "The Morning Harbour Show", "title"],
  ];
  it.each(rows)("%s", (_n, body, quote, kind) => {
    const q = find(body).find((x) => x.quote === quote);
    expect(q?.kind).toBe(kind);
  });
});

describe("findQuotes: robustness", () => {
  it.each([
    ["empty", ""],
    ["only marks", "\"“”‘’'\"«»„"],
    ["deeply nested", "“a “b “c “d ” ” ” ”"],
    ["html", "<a href=\"x\">“link”</a>"],
    ["emoji", "“🚢 ready 😀,” she said."],
  ])("%s: every span slices the body", (_n, body) => {
    for (const q of find(body)) expect(body.slice(q.start, q.end)).toBe(q.quote);
  });

  it("thousands of unmatched marks give a result", () => {
    const body = "'a “b \"c ‘d ".repeat(15000);
    find(body);
  });
});
