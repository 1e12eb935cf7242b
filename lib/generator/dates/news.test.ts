// Table-driven tests for news-style date forms: datelines, floating holidays, spelled-out years,
// dates counted from the date the text just gave, ranges. Every sentence is invented; the
// reference date is fixed (Wednesday 2023-05-17 unless a row says otherwise) and every span is
// checked to slice the body exactly (see test-helpers.run).
import { describe, expect, it } from "vitest";
import { pairs, pairsWithRules, type Row } from "./test-helpers";

const REF = "2023-05-17"; // a Wednesday, ISO week 2023-W20

function table(name: string, rows: Row[], withRules = false) {
  describe(name, () => {
    it.each(rows)("%s", (...[body, expected, date]: Row) => {
      const d = date === undefined ? REF : date;
      expect(withRules ? pairsWithRules(body, d) : pairs(body, d)).toEqual(expected);
    });
  });
}

table("a dateline gives the filing day, which anchors relative dates", [
  ["PORTVILLE, May 16 (Wire) -- The council Tuesday approved the plan.", ["May 16=2023-05-16@dateline", "Tuesday=2023-05-16@weekday-past-dateline"]],
  ["PORTVILLE, May 17 (Wire) -- The council met yesterday.", ["May 17=2023-05-17@dateline", "yesterday=2023-05-16@deictic-yesterday"]],
  ["PORTVILLE, March 2 (Wire) -- The council met yesterday.", ["March 2=2023-03-02@month-day-untensed?", "yesterday=2023-05-16@deictic-yesterday"]],
], true);

table("a month given as a bound", [
  ["The ferry will now sail no earlier than June, the company said.", ["June=2023-06@month-bound-future"]],
  ["The report is due no later than September.", ["September=2023-09@month-bound-future"]],
  ["The ferry could sail as early as July.", ["July=2023-07@month-bound-future"]],
], true);

table("a month or day without a year: tense first, then this year's occurrence", [
  ["The deadline was extended to June 9.", ["June 9=2023-06-09@month-day-past-ahead?"]],
  ["The deadline was extended to March 9.", ["March 9=2023-03-09@month-day-past"]],
  ["The strike ended on December 9.", ["on December 9=2022-12-09@month-day-past"]],
  ["The talks resume on January 9.", ["on January 9=2024-01-09@month-day-future"]],
  ["Tickets: June 9.", ["June 9=2023-06-09@month-day-untensed?"]],
  ["Tickets: December 9.", ["December 9=2023-12-09@month-day-untensed?"]],
  ["The agency warned of shortages in July.", ["in July=2022-07@month-past"]],
  ["The council has invited the envoys to a summit on June 2.", ["on June 2=2023-06-02@month-day-past-ahead?"]],
  ["The case is heard in June.", ["in June=2023-06@month-future"]],
  ["Lenders have extended the credit line through July.", ["July=2023-07@month-past-ahead?"]],
  ["The minister gave no reason for the June 2 deadline.", ["June 2=2023-06-02@month-day-deadline?"]],
  ["The firm met the May 12 deadline.", ["May 12=2023-05-12@month-day-deadline?"]],
  ["The firm changed from a fiscal year to a calendar year in August.", ["in August=2022-08@month-past"]],
  ["Reports said the firm told suppliers of a cutback in its orders in June.", ["in June=2023-06@month-past-next?"]],
  ["The firm said its year ended May 31.", ["May 31=2022-05-31@month-day-past"]],
  ["Prices: in July.", ["in July=2023-07@month-untensed?"]],
  ["Relatives sought ways to act before the ruling: repatriation by May 14.", ["by May 14=2023-05-14@month-day-limit?"]],
  ["Relatives sought ways to act before the ruling: repatriation by May 2.", ["by May 2=2024-05-02@month-day-limit?"]],
], true);

table("a weekday naming an event by possessive points back", [
  ["Lawyers will appeal against Monday's ruling.", ["Monday=2023-05-15@weekday-possessive?"]],
  ["After Monday's vote the mayor resigned.", ["After Monday=2023-05-15@weekday-possessive"]],
  ["Crowds gathered ahead of Sunday's final.", ["Sunday=2023-05-21@weekday-possessive-ahead"]],
], true);

table("holidays: fixed days, and floating ones by calendar rule", [
  ["The boy was rescued on Thanksgiving Day.", ["on Thanksgiving Day=2022-11-24@holiday-floating-past"]],
  ["Voters go to the polls on Election Day.", ["on Election Day=2023-11-07@holiday-floating-future"]],
  ["The parade was held on Memorial Day 2019.", ["on Memorial Day 2019=2019-05-27@holiday-floating"]],
  ["Pilgrims gathered on Easter Sunday.", ["on Easter Sunday=2023-04-09@holiday-floating-past"]],
  ["The shops closed on Good Friday.", ["on Good Friday=2023-04-07@holiday-floating-past"]],
  ["Fireworks were banned on Independence Day.", ["on Independence Day=2022-07-04@holiday-past"]],
  ["The family ate Thanksgiving dinner together.", []],
], true);

table("counted from the date the text just gave", [
  ["The general was promoted on May 2, 2015, and the following year he retired.", ["on May 2, 2015=2015-05-02@month-day-year", "the following year=2016@anaphoric-year"]],
  ["She moved abroad in June 2010 and came back later that year.", ["in June 2010=2010-06@month-year", "later that year=2010@anaphoric-year"]],
  ["The dam burst on 3 March 2019; the next day the valley was evacuated.", ["on 3 March 2019=2019-03-03@month-day-year", "the next day=2019-03-04@anaphoric-day"]],
  // (counted from the date just given: after a bare year there is no day to count from)
  ["The dam burst on 3 March 2019. In 2020 the town was rebuilt, and the next day a fair opened.", ["on 3 March 2019=2019-03-03@month-day-year", "In 2020=2020@year-prep"]],
  ["The dam burst on 3 March 2019; the day before, engineers had raised the alarm.", ["on 3 March 2019=2019-03-03@month-day-year", "the day before=2019-03-02@anaphoric-day"]],
  ["The dam burst on 3 March 2019; the repairs will take the next year.", ["on 3 March 2019=2019-03-03@month-day-year"]],
  ["The ward will stay open for the next week.", []],
  ["She was hired on May 3, 2001, and fired the same day.", ["on May 3, 2001=2001-05-03@month-day-year", "the same day=2001-05-03@anaphoric-day"]],
  ["She was hired on May 3, 2001. The next morning she resigned.", ["on May 3, 2001=2001-05-03@month-day-year", "The next morning=2001-05-04@anaphoric-day"]],
  ["He quit in 2005; the year before, he had moved.", ["in 2005=2005@year-prep", "the year before=2004@anaphoric-year"]],
  ["Profit rose in the quarter ended May 3, up from a year earlier.", ["May 3=2023-05-03@month-day-past"]],
  ["Nobody knows what the following year will bring.", []],
], true);

table("ranges and years lent within a sentence", [
  ["The show is to run from May 3 through June 9.", ["from May 3=2023-05-03@month-day-future-range-start", "June 9=2023-06-09@month-day-future"]],
  ["The festival opened on 3 March 2019 and closed on March 9.", ["on 3 March 2019=2019-03-03@month-day-year", "on March 9=2019-03-09@month-day-year-from-context"]],
  ["In 2019, the festival opened on March 3.", ["In 2019=2019@year-prep", "on March 3=2019-03-03@month-day-year-from-context"]],
  ["Under a scheme approved in 2015 that set no cap, the firm had bought shares through March 3.", ["in 2015=2015@year-prep", "March 3=2023-03-03@month-day-past"]],
  // The first end takes the year the second end gives (the year before, when its month comes later).
  ["The bill tripled between October and December 2019.", ["between October=2019-10@month-year-from-range-end", "December 2019=2019-12@month-year"]],
  ["Prices rose from November to February 2021.", ["from November=2020-11@month-year-from-range-end", "February 2021=2021-02@month-year"]],
  ["The port was shut from Jan. 3 to March 9, 2021.", ["from Jan. 3=2021-01-03@month-day-year-from-range-end", "March 9, 2021=2021-03-09@month-day-year"]],
], true);

table("a weekday with a month and day picks the year", [
  ["The paper said in an editorial on Monday, Jan. 16: enough.", ["on Monday, Jan. 16=2023-01-16@month-day-weekday"]],
  ["The paper will print it on Tuesday, Jan. 16.", ["on Tuesday, Jan. 16=2024-01-16@month-day-weekday"]],
], true);

table("years in words", [
  ["In nineteen ninety-one the firm was sold.", ["In nineteen ninety-one=1991@year-spelled"]],
  ["The approach of the year two thousand worried them.", ["the year two thousand=2000@year-spelled"]],
  ["The rule held until two thousand and four.", ["until two thousand and four=2004@year-spelled"]],
  ["There were nineteen twenty-one votes.", []],
  ["In two thousand cases the forms were lost.", []],
], true);

table("more year and month cues", [
  ["The attacks date back to 2019.", ["to 2019=2019@year-prep"]],
  ["Sales will rise in both 2024 and 2025.", ["2024=2024@year-prep", "2025=2025@year-range-end"]],
  ["He led the 2019 Harbour Regatta.", ["2019=2019@year-in-name"]],
  ["The merger should close by year-end.", ["by year-end=2023-12@edge-year-end"]],
  ["Shares have fallen 4% since year end.", ["since year end=2022-12@edge-year-end-since"]],
  ["The envoy made a late-April visit.", ["late-April=2023-04@month-past"]],
  ["Sales slowed earlier in the year.", ["earlier in the year=2023@period-current-year"]],
  ["Margins should improve in the current year.", ["in the current year=2023@period-current-year"]],
], true);

table("not dates: generic now, recurring parts of days", [
  ["The appeal is as strong today as it was then.", []],
  // Someone's own last period, not the one before now.
  ["He hosted 25 parties in 2008, his last year in office.", ["in 2008=2008@year-prep"]],
  ["She was drawing until the very last week.", []],
  ["The mayor told her last week that the pier would close.", ["last week=2023-W19@period-last-week"]],
  ["He wants to hire the engineers of tomorrow.", []],
  ["Today's youth read less.", []],
  ["Today's vote was close.", ["Today=2023-05-17@deictic-today"]],
  ["Ferries sail on Monday and Tuesday nights.", []],
  ["Net rose to $9 million, or 40 cents a share, from $7 million, a year ago.", []],
  ["The bridge opened a year ago.", ["a year ago=2022@ago-year"]],
], true);

table("wire copy's ASCII quotation marks count as quotes", [
  ["The mayor spoke on Monday. ``We will reopen tomorrow,'' she said.", ["on Monday=2023-05-15@weekday-past", "tomorrow=2023-05-16@deictic-tomorrow-narrative?"]],
], true);

table("weekday deadlines, past perfects, could", [
  ["The agency has given the family until Friday to sign.", ["until Friday=2023-05-19@weekday-past-ahead?"]],
  ["The operator cancelled all sailings from Westport until at least Friday.", ["Friday=2023-05-19@weekday-past-ahead?"]],
  ["The firm has until Friday to respond.", ["until Friday=2023-05-19@weekday-future"]],
  ["“We have until the summer to turn this around,” she said.", ["until the summer=2023@season-future"]],
  ["Until Monday, the police had not named a suspect.", ["Until Monday=2023-05-15@weekday-past"]],
  ["The offer had been due to expire Friday evening.", ["Friday evening=2023-05-12@weekday-past"]],
  ["Neither man could be reached Monday for comment.", ["Monday=2023-05-15@weekday-past"]],
], true);

table("a count of years or months later, from the date just given", [
  ["The plant opened in 2019 and closed two years later.", ["in 2019=2019", "two years later=2021"]],
  ["The firm floated in 1998 and was sold a decade later.", ["in 1998=1998", "a decade later=2008"]],
  ["She joined in March 2010 and quit six months later.", ["in March 2010=2010-03", "six months later=2010-09"]],
  ["Profit rose to $9 million in 1989 from $7 million a year earlier.", ["in 1989=1989"]],
]);

table("months in a list", [
  ["The team used the telescope to observe it last October and November.", ["last October=2022-10@month-last", "November=2022-11@month-untensed-listed?"]],
  ["The team used the telescope to observe it last November and October.", ["last November=2022-11@month-last", "October=2022-10@month-untensed-listed?"]],
  ["Sales rose in February, March and April.", ["in February=2023-02@month-past", "March=2023-03@month-past", "April=2023-04@month-past"]],
  ["The past two polls, in February and October, found a tie.", ["in February=2023-02@month-past", "October=2022-10@month-past"]],
  ["In August, June Berg said the shop would close.", ["In August=2022-08@month-past"]],
], true);

table("a weekday a week or a fortnight on is left unread", [
  ["The hearing is on Tuesday week.", []],
  ["The vote is on Friday fortnight.", []],
  ["The hearing is on Tuesday, the week after the vote.", ["on Tuesday=2023-05-23"]],
]);

describe("a period written in title case inside a sentence is a programme's name", () => {
  it.each([
    ["a possessive before it", "Olsen told the network's This Week that the deal was off."],
    ["quoted after a possessive", 'Olsen, speaking on Harbour TV\'s "This Morning," said the deal was off.'],
    ["quoted after a plural possessive", 'Olsen, speaking on Coast News\' "This Week," said the deal was off.'],
    ["a show's title", "The host of the weekly show “Last Week Tonight” appeared on Monday."],
  ])("%s", (_n, body) => {
    expect(pairs(body, "2024-03-05").filter((p) => /week|morning/i.test(p))).toEqual([]);
  });
  it("but it is a date at the start of a sentence", () => {
    expect(pairs("The deal fell through. Last Week the council met.", "2024-03-05")).toEqual(["Last Week=2024-W09"]);
  });
});
