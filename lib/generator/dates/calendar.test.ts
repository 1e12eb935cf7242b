import { describe, expect, it } from "vitest";
import { dayNumber, formatDay, formatIsoWeek, formatMonth, isoWeekday, parseIsoDay, weekdayFrom } from "./calendar";
import { easterSunday, floatingDay, nthWeekday } from "./holidays";

describe("ISO weeks", () => {
  it.each([
    ["2023-05-17", "2023-W20"],
    ["2021-01-03", "2020-W53"], // a Sunday still in the last week of 2020
    ["2021-01-04", "2021-W01"],
    ["2019-12-30", "2020-W01"], // a Monday already in week 1 of 2020
    ["2015-12-31", "2015-W53"],
    ["2024-02-29", "2024-W09"],
  ])("%s is in %s", (day, week) => {
    expect(formatIsoWeek(parseIsoDay(day)!)).toBe(week);
  });
});

describe("weekday arithmetic", () => {
  const wed = dayNumber(2023, 5, 17);
  it.each([
    [5, "past", true, "2023-05-12"],
    [3, "past", true, "2023-05-17"],
    [3, "past", false, "2023-05-10"],
    [1, "future", true, "2023-05-22"],
    [3, "future", false, "2023-05-24"],
  ] as const)("weekday %i %s (inclusive %s) → %s", (wd, dir, inclusive, want) => {
    expect(formatDay(weekdayFrom(wed, wd, dir, inclusive))).toBe(want);
  });
  it("knows the ISO weekday", () => expect(isoWeekday(wed)).toBe(3));
});

describe("months and parsing", () => {
  it.each([
    [2023, 0, "2022-12"],
    [2023, 13, "2024-01"],
    [2023, 5, "2023-05"],
  ])("month %i/%i → %s", (y, m, want) => expect(formatMonth(y, m)).toBe(want));
  it.each(["2023-02-30", "2023-5-1", "", "not a date"])("rejects %s", (s) => expect(parseIsoDay(s)).toBeNull());
});

describe("floating holidays", () => {
  it.each([
    [() => easterSunday(2000), "2000-04-23"],
    [() => easterSunday(2024), "2024-03-31"],
    [() => nthWeekday(1999, 11, 4, 4), "1999-11-25"], // the fourth Thursday of November
    [() => nthWeekday(2023, 5, 1, -1), "2023-05-29"], // the last Monday of May
    [() => floatingDay({ kind: "election" }, 1998), "1998-11-03"],
    [() => floatingDay({ kind: "election" }, 2022), "2022-11-08"],
  ])("%s", (f, want) => {
    expect(formatDay(f())).toBe(want);
  });
});
