// The helper stages on their own: clause tense, quotation regions and cues, event phrases.
import { describe, expect, it } from "vitest";
import { tenseAround } from "./tense";
import { readText } from "../text/layer";
import { datesVerb, quoteCue, quoteRegions, reportingVerb } from "./speech";
import { tokenize } from "./context";
import { eventFor } from "./events";

/** Runs `f` with the span of `needle` in `body`. */
function at<T>(body: string, needle: string, f: (start: number, end: number) => T): T {
  const start = body.indexOf(needle);
  if (start < 0) throw new Error(`“${needle}” not in “${body}”`);
  return f(start, start + needle.length);
}

describe("tenseAround", () => {
  it.each([
    ["The courier arrived on Monday.", "on Monday", "past"],
    ["The courier will arrive on Monday.", "on Monday", "future"],
    ["On Monday, the courier arrived.", "On Monday", "past"],
    ["On Monday, the courier is due to arrive.", "On Monday", "future"],
    ["The courier left on Monday and will return on Friday.", "on Friday", "future"],
    ["The courier left on Monday and will return on Friday.", "on Monday", "past"],
    ["The vote, scheduled for Friday, matters.", "Friday", "future"],
    ["The courier has visited since Monday.", "since Monday", "past"],
    ["The square will stay closed until Monday.", "until Monday", "future"],
    ["Monday: the market.", "Monday", null],
    // A past form in the condition of "would" lies ahead; "if" as "whether" keeps the past.
    ["The mayor would resign if the council voted against her on Friday.", "on Friday", "future"],
    ["The club said it could appeal unless the panel ruled in its favour on Tuesday.", "on Tuesday", "future"],
    ["The mayor would not say if the letter arrived on Friday.", "on Friday", "past"],
    ["If the council voted on Friday, the mayor resigned.", "on Friday", "past"],
    // "last" before a verb whose past looks like its present.
    ["The bank last cut rates in June.", "in June", "past"],
    ["The bank will cut rates at its last meeting in June.", "in June", "future"],
  ] as const)("%s [%s] → %s", (body, needle, want) => {
    expect(at(body, needle, (s, e) => tenseAround(readText(body), 0, body.length, s, e))).toBe(want);
  });
});

describe("quotation regions and cues", () => {
  it("pairs curly and straight marks and finds the speech verb after or before", () => {
    const body = "“We act today,” the mayor said. The chief says: \"We wait.\"";
    const regions = quoteRegions(readText(body));
    expect(regions.map((r) => body.slice(r.start, r.end))).toEqual(["“We act today,”", "\"We wait.\""]);
    expect(quoteCue(readText(body), regions[0])).toMatchObject({ verb: { w: "said" }, present: false });
    expect(quoteCue(readText(body), regions[1])).toMatchObject({ verb: { w: "says" }, present: true });
  });

  it("single curly marks quote, apostrophes do not", () => {
    const body = "‘We don’t stop tomorrow,’ she said. The teachers’ union agreed.";
    expect(quoteRegions(readText(body)).map((r) => body.slice(r.start, r.end))).toEqual(["‘We don’t stop tomorrow,’"]);
  });

  it("wire copy's ``…'' pairs, and a quote nested in a quote is one region", () => {
    const body = "``We begin Monday,'' she said. “He told us ‘wait till Friday’ and left,” he said.";
    expect(quoteRegions(readText(body)).map((r) => body.slice(r.start, r.end))).toEqual(["``We begin Monday,''", "“He told us ‘wait till Friday’ and left,”"]);
  });

  it("an unclosed mark does not run past its paragraph", () => {
    const body = "He said \"we wait.\n\nLater, \"we go\" she said.";
    expect(quoteRegions(readText(body)).map((r) => body.slice(r.start, r.end))).toEqual(["\"we go\""]);
  });

  it.each([
    ["The chief said he would resign next week.", "next week", "said"],
    ["The chief said next week that he would resign.", "next week", null],
    ["The chief told the council on Monday that he would resign.", "on Monday", null],
    ["The chief resigned last week.", "last week", null],
    ["The chief said he would resign, and next week the board meets.", "next week", null],
  ] as const)("reporting verb for [%s] %s → %s", (body, needle, verb) => {
    expect(at(body, needle, (s) => reportingVerb(readText(body), 0, s))?.w ?? null).toBe(verb);
  });
});

describe("datesVerb", () => {
  it.each([
    ["On Tuesday, the mayor said taxes would rise.", "On Tuesday", true],
    ["The mayor said on Tuesday that taxes would rise.", "on Tuesday", true],
    ["The mayor told the council on Tuesday that taxes would rise.", "on Tuesday", true],
    ["After Tuesday's vote the mayor said taxes would rise.", "Tuesday's", false],
    ["The mayor said taxes would rise on Tuesday.", "on Tuesday", false],
  ] as const)("%s [%s] → %s", (body, needle, want) => {
    const verb = tokenize(body, 0, body.length).find((t) => t.lw === "said" || t.lw === "told")!;
    expect(at(body, needle, (s, e) => datesVerb(readText(body), verb, s, e))).toBe(want);
  });
});

describe("eventFor", () => {
  it.each([
    ["Rebels took the town in 2019, officials said.", "in 2019", "Rebels took the town"],
    ["On June 2, the council approved new terms.", "On June 2", "the council approved new terms"],
    ["Yesterday, the second day of the fair, the winners were named.", "Yesterday", "the winners were named"],
    ["The mayor, who was elected in 2017, told aides last week that taxes would rise.", "last week", "The mayor told aides that taxes would rise"],
  ] as const)("%s", (body, needle, want) => {
    const ev = at(body, needle, (s, e) => eventFor(body, 0, body.length, s, e));
    expect(ev?.event).toBe(want);
    expect(body.slice(ev!.span.start, ev!.span.end)).toBe(ev!.span.text);
  });

  it("a year used as a modifier dates its noun", () => {
    const body = "Critics recalled the 1979 novel about farms.";
    expect(at(body, "1979", (s, e) => eventFor(body, 0, body.length, s, e, true))?.event).toBe("1979 novel");
  });
});
