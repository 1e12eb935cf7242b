// Date prompts on invented articles: a relative date is asked with a few words around it, never
// the whole (possibly quoted) sentence, and "today" — the publication day — is asked only when
// the article offers no other date.
import { describe, expect, it } from "vitest";
import type { Analysis } from "../analysis";
import type { DateMention, Sentence } from "../types";
import { buildDate, isPublicationDay } from "./date";

const PUB = "2024-05-09"; // a Thursday

function article(parts: string[], dates: { text: string; value: string; granularity: DateMention["granularity"]; sentence: number }[]): Analysis {
  const sentences: Sentence[] = [];
  let body = "";
  parts.forEach((text, id) => {
    if (body) body += " ";
    sentences.push({ id, start: body.length, end: body.length + text.length, text, paragraph: id });
    body += text;
  });
  const mentions: DateMention[] = dates.map((d) => {
    const start = body.indexOf(d.text, sentences[d.sentence].start);
    return { start, end: start + d.text.length, text: d.text, value: d.value, granularity: d.granularity, sentenceId: d.sentence, event: null, eventSpan: null, sure: true, rule: "test" };
  });
  return { body, date: PUB, sentences, entities: [], quotes: [], claims: [], dates: mentions };
}

const LONG = "“We told the council on Tuesday that the new ferry will not sail before the harbour walls are repaired, the channel is dredged and every family on the island has been asked what it thinks of the timetable,” the mayor said.";

describe("date prompts quote only the words around the expression", () => {
  it.each([
    { name: "a long quoted sentence", sentence: LONG, text: "on Tuesday", value: "2024-05-07" },
    { name: "a long narrative sentence", sentence: "The council, which has argued about the ferry for years and rejected three earlier timetables, met on Monday in the old school hall to hear the families who live on the island.", text: "on Monday", value: "2024-05-06" },
  ])("$name", ({ sentence, text, value }) => {
    const a = article(["The ferry opened in 1998.", sentence], [
      { text: "in 1998", value: "1998", granularity: "year", sentence: 0 },
      { text, value, granularity: "day", sentence: 1 },
    ]);
    const q = buildDate(a).find((x) => x.fact.text === text)!;
    expect(q.prompt).toContain(text);
    const excerpt = /In “([^”]*)”/.exec(q.prompt)![1];
    // A few words either side, not the sentence.
    expect(excerpt.split(/\s+/).length).toBeLessThan(20);
    expect(sentence.length).toBeGreaterThan(excerpt.length * 1.5);
    // No double quotation mark inside the prompt's own pair.
    expect(excerpt).not.toMatch(/[“”"]/);
  });
});

describe("the publication day is asked only when nothing else is", () => {
  it.each([
    { text: "today", value: PUB, granularity: "day" as const, trivial: true },
    { text: "on Thursday", value: PUB, granularity: "day" as const, trivial: true },
    { text: "yesterday", value: "2024-05-08", granularity: "day" as const, trivial: false },
    { text: "on May 9, 2024", value: PUB, granularity: "day" as const, trivial: false },
  ])("$text → trivial $trivial", ({ text, value, granularity, trivial }) => {
    const m = { text, value, granularity } as DateMention;
    expect(isPublicationDay(m, PUB)).toBe(trivial);
  });

  it("leaves 'today' out when another date can be asked", () => {
    const a = article(["The mayor said today that the ferry will sail.", "The harbour was rebuilt on Monday."], [
      { text: "today", value: PUB, granularity: "day", sentence: 0 },
      { text: "on Monday", value: "2024-05-06", granularity: "day", sentence: 1 },
    ]);
    expect(buildDate(a).map((q) => q.fact.text)).toEqual(["on Monday"]);
  });

  it("asks 'today' when it is the only date", () => {
    const a = article(["The mayor said today that the ferry will sail.", "Nobody on the island was surprised."], [
      { text: "today", value: PUB, granularity: "day", sentence: 0 },
    ]);
    expect(buildDate(a).map((q) => q.fact.text)).toEqual(["today"]);
  });
});

describe("a line that is little more than its date asks nothing", () => {
  it.each([
    ["Published 3 March 2024", "3 March 2024", "2024-03-03", false],
    ["WASHINGTON, March 12 (Xinhua) --", "March 12", "2024-03-12", false],
    ["Congress reconvenes March 12.", "March 12", "2024-03-12", true],
  ])("%s", (line, text, value, asked) => {
    const a = article(["The ferry opened in 1998.", "The council met in 2001.", line], [
      { text: "in 1998", value: "1998", granularity: "year", sentence: 0 },
      { text: "in 2001", value: "2001", granularity: "year", sentence: 1 },
      { text, value, granularity: "day", sentence: 2 },
    ]);
    expect(buildDate(a).some((q) => q.fact.text === text)).toBe(asked);
  });
});
