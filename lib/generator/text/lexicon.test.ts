import { describe, expect, it } from "vitest";
import {
  CALENDAR_WORDS, DATE_SPEECH_VERBS, DETERMINERS, DOTTED_TITLES, HOLDER_DETERMINERS, NEVER_FINAL_TITLES, TITLE_ABBREVIATIONS,
  OPENER_WORDS, SENTENCE_OPENERS, YEAR_DETERMINERS, HOLDER_SPEECH_VERB, HOLDER_TITLES, INDIRECT_VERBS, MONTH_ALT, MONTH_BY_WORD, PRESENT_SPEECH,
  ROLE_WORDS, SAYING_VERBS, SHORT_MONTHS, SPEECH_VERBS, WEEKDAY_BY_WORD, monthNumber, weekdayNameOfJsDay,
} from "./lexicon";
import { subset } from "./words";

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

describe("speech verbs: one list, named subsets", () => {
  it.each([
    // [word, quote cue, date anchor, present for the date stage, holder clause verb]
    ["said", true, true, false, true],
    ["says", true, true, true, true],
    ["telling", true, true, false, false],
    ["quipped", true, false, false, false],
    ["reported", false, true, false, true],
    ["revealed", false, true, false, false],
    ["maintained", true, false, false, true],
    ["wrote", true, true, false, true],
    ["announcing", false, true, false, false],
  ])("%s", (word, quote, date, present, holder) => {
    expect(SAYING_VERBS.has(word)).toBe(true);
    expect(SPEECH_VERBS.has(word)).toBe(quote);
    expect(DATE_SPEECH_VERBS.has(word)).toBe(date);
    expect(PRESENT_SPEECH.has(word)).toBe(present);
    expect(new RegExp(HOLDER_SPEECH_VERB.source, "i").test(`Holt ${word} that`)).toBe(holder);
  });
  it("every stage's verb set lies inside the one list", () => {
    for (const s of [SPEECH_VERBS, DATE_SPEECH_VERBS, PRESENT_SPEECH, INDIRECT_VERBS]) {
      expect([...s].filter((w) => !SAYING_VERBS.has(w))).toEqual([]);
    }
  });
  it("the holder pattern matches whole words only", () => {
    expect(new RegExp(HOLDER_SPEECH_VERB.source, "i").test("the sayings of")).toBe(false);
    expect("He said, she says.".match(HOLDER_SPEECH_VERB)).toEqual(["said", "says"]);
  });
  it("a subset naming a word the shared list lacks fails when it is made", () => {
    expect(() => subset(new Set(["said"]), "TEST", "said shouted")).toThrow(/TEST: "shouted"/);
    expect([...subset(new Set(["a", "b", "c"]), "TEST", " c  a ")]).toEqual(["c", "a"]);
  });
});

describe("roles and calendar words", () => {
  it.each([["mayor", true, true], ["friend", true, false], ["chief", true, true], ["chief executive", false, false]])(
    "%s: role %s, holder title %s",
    (w, role, title) => {
      expect(ROLE_WORDS.has(w)).toBe(role);
      expect(HOLDER_TITLES.has(w)).toBe(title);
    },
  );
  it.each([
    // [word, any title, entity stage's dotted title, never ends a sentence]
    ["mr", true, true, true],
    ["insp", true, true, false],
    ["messrs", true, false, true],
    ["gov't", false, false, false],
    ["mayor", false, false, false],
  ])("abbreviated title %s", (w, title, dotted, neverFinal) => {
    expect(TITLE_ABBREVIATIONS.has(w)).toBe(title);
    expect(DOTTED_TITLES.has(w)).toBe(dotted);
    expect(NEVER_FINAL_TITLES.has(w)).toBe(neverFinal);
  });
  it.each([
    // [word, determiner, holder determiner, year determiner]
    ["the", true, true, true],
    ["this", true, false, true],
    ["every", true, false, false],
    ["some", false, false, false],
  ])("determiner %s", (w, det, holder, year) => {
    expect(DETERMINERS.has(w)).toBe(det);
    expect(HOLDER_DETERMINERS.has(w)).toBe(holder);
    expect(YEAR_DETERMINERS.has(w)).toBe(year);
  });
  it.each([
    // [word, opens a sentence but is no name, tells the splitter a new sentence starts]
    ["the", true, true],
    ["despite", true, false],
    ["police", false, true],
    ["harbour", false, false],
  ])("opener %s", (w, opener, sentence) => {
    expect(OPENER_WORDS.has(w)).toBe(opener);
    expect(SENTENCE_OPENERS.has(w)).toBe(sentence);
  });
  it("calendar words are every month and weekday word, lowercase", () => {
    for (const w of ["january", "sept", "sep", "may", "sunday"]) expect(CALENDAR_WORDS.has(w)).toBe(true);
    for (const w of ["mon", "January", "maybe"]) expect(CALENDAR_WORDS.has(w)).toBe(false);
    expect(CALENDAR_WORDS.size).toBe(24 + 7);
  });
});
