import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const texts = (body: string) => splitSentences(body).map((s) => body.slice(s.start, s.end));

describe("splitSentences", () => {
  const cases: Array<[string, string, string[]]> = [
    ["plain", "The mayor spoke. The council listened! Did it? Yes.", ["The mayor spoke.", "The council listened!", "Did it?", "Yes."]],
    ["titles", "Mr. Olsen met Gen. Varga and Dr. Ruiz in St. Albans. They talked.", ["Mr. Olsen met Gen. Varga and Dr. Ruiz in St. Albans.", "They talked."]],
    ["dotted acronym inside", "The U.S. envoy arrived at 5 p.m. local time.", ["The U.S. envoy arrived at 5 p.m. local time."]],
    ["dotted acronym at the end", "She flew to the U.S. The trip was short.", ["She flew to the U.S.", "The trip was short."]],
    ["month abbreviation", "The vote is on Jan. 12 in the capital.", ["The vote is on Jan. 12 in the capital."]],
    ["initials", "The novel by J. R. Tolland sold well. Critics agreed.", ["The novel by J. R. Tolland sold well.", "Critics agreed."]],
    ["number abbreviation", "He ranked No. 3 last year. Then he fell.", ["He ranked No. 3 last year.", "Then he fell."]],
    ["quote ending with comma", "“We will rebuild it,” he added. The crowd cheered.", ["“We will rebuild it,” he added.", "The crowd cheered."]],
    ["quote ending with a full stop", "“It is over.” The minister left.", ["“It is over.”", "The minister left."]],
    ["question inside quote then cue", "\"Why now?\" she asked. Nobody knew.", ["\"Why now?\" she asked.", "Nobody knew."]],
    ["question inside quote then a named cue", "\"Is it over?\" Olsen asked. Nobody knew.", ["\"Is it over?\" Olsen asked.", "Nobody knew."]],
    ["exclamation inside quote then a full-name cue", "“Never again!” Jane Doe said. The hall emptied.", ["“Never again!” Jane Doe said.", "The hall emptied."]],
    ["question inside quote then a named cue with a party", "\"Is it over?\" Rep. Ada Lind (D-Westland) asked. Nobody knew.", ["\"Is it over?\" Rep. Ada Lind (D-Westland) asked.", "Nobody knew."]],
    ["question inside quote then a capitalised pronoun: a new sentence", "“Too soon?” He left the room.", ["“Too soon?”", "He left the room."]],
    ["question inside quote then a new sentence", "“Why now?” The minister left.", ["“Why now?”", "The minister left."]],
    ["lower case after a full stop", "Use e.g. this one. Fine.", ["Use e.g. this one.", "Fine."]],
    ["decimals and versions", "Version 2.5 shipped. It grew 3.2 percent.", ["Version 2.5 shipped.", "It grew 3.2 percent."]],
    ["company suffix at the end", "He joined Acme Inc. The firm makes bolts.", ["He joined Acme Inc.", "The firm makes bolts."]],
    ["company suffix inside", "Acme Inc. Chief Executive Lo spoke.", ["Acme Inc. Chief Executive Lo spoke."]],
    ["lone ellipsis joins the next", "They left. ... The rest stayed.", ["They left.", "... The rest stayed."]],
    ["no terminal punctuation", "a headline without a stop", ["a headline without a stop"]],
  ];
  it.each(cases)("%s", (_name, body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  it("numbers paragraphs split by blank lines, CRLF safe", () => {
    const body = "One here. Two here.\r\n\r\nThree here.\r\n \r\n\r\nFour.\r\n";
    const got = splitSentences(body);
    expect(got.map((s) => [s.text, s.paragraph])).toEqual([["One here.", 0], ["Two here.", 0], ["Three here.", 1], ["Four.", 2]]);
    for (const s of got) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(got.map((s) => s.id)).toEqual([0, 1, 2, 3]);
  });

  it("a single line break does not split a sentence", () => {
    expect(texts("The report was\nwritten late. It was long.")).toEqual(["The report was\nwritten late.", "It was long."]);
  });

  it("a headline, a byline and a date line pasted above the text are lines of their own", () => {
    expect(texts("Ferry operator fined over deck collapse\nBy Anna Kowalski, Business reporter\nPublished 3 March 2025\nA ferry operator has been fined.")).toEqual([
      "Ferry operator fined over deck collapse", "By Anna Kowalski, Business reporter", "Published 3 March 2025", "A ferry operator has been fined.",
    ]);
  });

  it("but a hard-wrapped paragraph breaks anywhere and stays one sentence", () => {
    const wrapped = "The harbour board said on Tuesday that the pier, which was built in 1890 by\nThomas Ruiz and his brothers, would close for two years from the spring while\nEngineers replace its timber piles and the council looks for the money it needs.";
    expect(texts(wrapped)).toEqual([wrapped]);
  });

  it("handles empty, blank and odd input", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("   \n\n  ")).toEqual([]);
    const odd = "<p>Hi.</p> 😀 Done! “Unclosed. ”’ ... ?!";
    for (const s of splitSentences(odd)) expect(odd.slice(s.start, s.end)).toBe(s.text);
  });

  it("splits a huge line", () => {
    const body = "Word word. Mr. A. U.S. e.g. ".repeat(8000);
    const got = splitSentences(body);
    for (const s of got.slice(0, 50)) expect(body.slice(s.start, s.end)).toBe(s.text);
  });
});
