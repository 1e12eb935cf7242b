import { describe, expect, it } from "vitest";
import { breakdownBySkill, durationSeconds, formatDuration } from "./score";

describe("breakdownBySkill", () => {
  it("counts right answers per skill, timeline as dates, unanswered as wrong", () => {
    const q = (type: string, correct: boolean | null) => ({ type, answer: correct === null ? null : { correct } });
    expect(breakdownBySkill([q("who_said", true), q("who_said", false), q("timeline", true), q("date", null), q("source", true)])).toEqual([
      { skill: "who_said", label: "Who said", right: 1, total: 2 },
      { skill: "date", label: "Dates", right: 1, total: 2 },
      { skill: "source", label: "Sources", right: 1, total: 1 },
    ]);
  });
});

describe("duration", () => {
  it.each([
    [0, "0 s"],
    [59, "59 s"],
    [61, "1 min 01 s"],
    [3700, "1 h 1 min"],
  ])("%i s reads %s", (s, text) => expect(formatDuration(s)).toBe(text));

  it("is null until finished", () => {
    expect(durationSeconds(new Date("2026-01-01T00:00:00Z"), null)).toBeNull();
    expect(durationSeconds(new Date("2026-01-01T00:00:00Z"), new Date("2026-01-01T00:02:05Z"))).toBe(125);
  });
});
