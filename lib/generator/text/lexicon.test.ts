import { describe, expect, it } from "vitest";
import { MONTH_ALT, MONTH_BY_WORD, SHORT_MONTHS, WEEKDAY_BY_WORD, monthNumber, weekdayNameOfJsDay } from "./lexicon";

describe("monthNumber", () => {
  it.each([
    ["January", 1], ["jan", 1], ["Feb.", 2], ["may", 5], ["Sept.", 9], ["sep", 9], ["SEPTEMBER", 9],
    ["Dec", 12], ["Maybe", null], ["Sept..", null], ["Ja", null], ["", null],
  ])("%s → %s", (word, n) => {
    expect(monthNumber(word)).toBe(n);
  });
});

describe("calendar words", () => {
  it.each([["monday", 1], ["thursday", 4], ["sunday", 7], ["mon", undefined]])("weekday %s → %s", (w, n) => {
    expect(WEEKDAY_BY_WORD[w]).toBe(n);
  });
  it.each([[0, "Sunday"], [1, "Monday"], [6, "Saturday"]])("JS day %i is %s", (d, name) => {
    expect(weekdayNameOfJsDay(d)).toBe(name);
  });
  it("May has no short form; September has two", () => {
    expect(SHORT_MONTHS.has("may")).toBe(false);
    expect(SHORT_MONTHS.has("sept") && SHORT_MONTHS.has("sep")).toBe(true);
    expect(Object.keys(MONTH_BY_WORD)).toHaveLength(24);
  });
  it("the alternation tries full names before their abbreviations", () => {
    expect(new RegExp(`^(?:${MONTH_ALT})`).exec("March 3")?.[0]).toBe("March");
    expect(new RegExp(`^(?:${MONTH_ALT})`).exec("Sept. 29")?.[0]).toBe("Sept");
  });
});
