// Table-driven tests for date mentions. Every sentence here is invented; the reference date is
// fixed (Wednesday 2023-05-17 unless a row says otherwise) and every span is checked to slice the
// body exactly (see test-helpers.run).
import { describe, expect, it } from "vitest";
import { pairs, run } from "./test-helpers";

const REF = "2023-05-17"; // a Wednesday, ISO week 2023-W20

/** [body, expected "text=value" pairs, publication date (REF when omitted)]. */
type Row = [string, string[], (string | null)?];

function table(name: string, rows: Row[]) {
  describe(name, () => {
    it.each(rows)("%s", (...[body, expected, date]: Row) => {
      expect(pairs(body, date === undefined ? REF : date)).toEqual(expected);
    });
  });
}

table("weekdays follow the clause's tense", [
  ["The minister resigned on Monday after weeks of pressure.", ["on Monday=2023-05-15"]],
  ["The council will vote on Monday on the budget.", ["on Monday=2023-05-22"]],
  ["The mayor said the council would vote on Friday.", ["on Friday=2023-05-19"]],
  ["On Tuesday, the committee approved the plan.", ["On Tuesday=2023-05-16"]],
  ["The bakery closed on Wednesday.", ["on Wednesday=2023-05-17"]],
  ["The team lost last Wednesday.", ["last Wednesday=2023-05-10"]],
  ["The game will be played next Sunday.", ["next Sunday=2023-05-21"]],
  ["The ferry sank on Tuesday evening.", ["on Tuesday evening=2023-05-16"]],
  ["The report, published Tuesday, found errors.", ["Tuesday=2023-05-16"]],
  ["The storm is due on Saturday.", ["on Saturday=2023-05-20"]],
  ["Polls opened on Friday, May 12, in the north.", ["on Friday, May 12=2023-05-12"]],
  ["Schools will remain closed until Monday.", ["until Monday=2023-05-22"]],
  ["Repairs could take until Friday.", ["until Friday=2023-05-19"]],
  ["She must report to the office on June 1.", ["on June 1=2023-06-01"]],
  ["He has to appear in court on Monday.", ["on Monday=2023-05-22"]],
  ["The final will be held on Sunday.", ["on Sunday=2023-05-21"]],
  ["Voters go to the polls on Thursday.", ["on Thursday=2023-05-18"]],
  ["The woman who will chair the panel arrived on Monday.", ["on Monday=2023-05-15"]],
  ["A vigil planned for Saturday was called off.", ["Saturday=2023-05-13"]],
  // (a past verb with a day two weeks ahead: news style would have given last year's June 2 its year)
  ["The union announced the plan on June 2.", ["on June 2=2023-06-02"]],
  ["The strike ended on June 2.", ["on June 2=2022-06-02"]],
  // ("face" after an amount is a noun, no schedule verb)
  ["The firm said that at the close of business Thursday, $5 million face amount of notes had been tendered.", ["Thursday=2023-05-11"]],
  // (a comma before the schedule verb is no amount: the appositive's past verb is not the clause's)
  ["The truce, agreed last week, expires on Friday.", ["last week=2023-W19", "on Friday=2023-05-19"]],
  ["The suspects must be handed over by June 3.", ["by June 3=2023-06-03"]],
  ["She could have left on June 3.", ["on June 3=2022-06-03"]],
  ["The envoy could arrive as early as Friday.", ["Friday=2023-05-19"]],
  ["On Friday, the Red Cross and the city plan to reopen the shelter.", ["On Friday=2023-05-19"]],
  ["Parliament reconvenes June 6.", ["June 6=2023-06-06"]],
  ["The inquiry continues on Monday.", ["on Monday=2023-05-22"]],
  ["The board created a new office, effective Feb. 1.", ["Feb. 1=2024-02-01"]],
  ["The bank raised its fees, effective Friday.", ["Friday=2023-05-19"]],
  ["The rule became effective Feb. 1.", ["Feb. 1=2023-02-01"]],
  // ("since" names the point a state has lasted from: behind, whatever the clause's tense)
  ["It is the fourth eruption in the area since December 18.", ["since December 18=2022-12-18"]],
  ["Prices have risen since June, and will keep rising.", ["since June=2022-06"]],
  ["The road is closed since Friday.", ["since Friday=2023-05-12"]],
  ["The museum reopens on Saturday after repairs.", ["on Saturday=2023-05-20"]],
  ["The High Court Friday rejected the appeal.", ["Friday=2023-05-12"]],
  ["Minister Alvarez Tuesday formally opened the bridge.", ["Tuesday=2023-05-16"]],
  ["The envoy met with Alvarez Sunday.", ["Sunday=2023-05-14"]],
  ["The Monday blast damaged two shops.", ["Monday=2023-05-15"]],
  ["Super Tuesday voters queued for hours.", []],
  ["Good Friday services drew crowds.", ["Good Friday=2023-04-07"]],
]);

table("deictic days and relative periods anchor at the publication date", [
  ["The river flooded yesterday.", ["yesterday=2023-05-16"]],
  ["Prices are lower today.", ["today=2023-05-17"]],
  ["She left yesterday afternoon and returns tomorrow.", ["yesterday afternoon=2023-05-16", "tomorrow=2023-05-18"]],
  ["Today's ruling surprised lawyers.", ["Today=2023-05-17"]],
  ["Last year's harvest was poor and Friday's storm made it worse.", ["Last year=2022", "Friday=2023-05-12"]],
  ["Fans gathered last night outside the hall.", ["last night=2023-05-16"]],
  ["The judge ruled last week that the law stands.", ["last week=2023-W19"]],
  ["The bill reaches the senate next week.", ["next week=2023-W21"]],
  ["He was freed this week.", ["this week=2023-W20"]],
  ["Earlier this week, the agency cut rates.", ["Earlier this week=2023-W20"]],
  ["The budget was approved last month.", ["last month=2023-04"]],
  ["Exports grew last year.", ["last year=2022"]],
  ["The tower opens next year.", ["next year=2024"]],
  ["The plant will close by the end of the year.", ["by the end of the year=2023-12"]],
  ["Staff will be paid at the end of the month.", ["at the end of the month=2023-05"]],
  ["The bridge opened two years ago.", ["two years ago=2021"]],
  ["The shop opened three days ago.", ["three days ago=2023-05-14"]],
  ["\"[Five] years ago, nobody came,\" the owner says.", ["[Five] years ago=2018"]],
  ["Last week the council met.", ["Last week=2021-W01"], "2021-01-13"],
  ["The vote came last week.", ["last week=2020-W53"], "2021-01-04"],
  ["Crowds gathered over the weekend.", ["over the weekend=2023-W19"]],
  ["Talks continue at the weekend, officials will say.", ["at the weekend=2023-W20"]],
  ["Stocks will recover by the end of 2024.", ["by the end of 2024=2024-12"]],
]);

table("months and days without a year: most recent unless the text looks ahead", [
  ["The firm went public in March.", ["in March=2023-03"]],
  ["The agency disclosed in October that talks stalled.", ["in October=2022-10"]],
  ["On August 3, the council approved new terms.", ["On August 3=2022-08-03"]],
  ["The vote is scheduled for November.", ["November=2023-11"]],
  ["Officials expect a decision in June.", ["in June=2023-06"]],
  ["The festival opened on 3 March 2019 and closed on March 9.", ["on 3 March 2019=2019-03-03", "on March 9=2019-03-09"]],
  ["The law took effect on Jan. 1, 2020.", ["on Jan. 1, 2020=2020-01-01"]],
  ["The treaty was signed on 14th of June 1990.", ["on 14th of June 1990=1990-06-14"]],
  ["Growth slowed in October 2021.", ["in October 2021=2021-10"]],
  ["Rains came in early May.", ["in early May=2023-05"]],
  ["The strike ended last December.", ["last December=2022-12"]],
  ["The November election drew crowds.", ["November=2022-11"]],
  ["The plant closed in August last year.", ["in August last year=2022-08"]],
  ["Rents fell on March 2 this year.", ["on March 2 this year=2023-03-02"]],
  ["The store opened on Christmas Day.", ["on Christmas Day=2022-12-25"]],
  ["The store will reopen on Boxing Day.", ["on Boxing Day=2023-12-26"]],
]);

table("years: with a preposition, as a modifier, in ranges", [
  ["The drought began in 2012.", ["in 2012=2012"]],
  ["It was the first win since 1961.", ["since 1961=1961"]],
  ["Surgeons raised concerns as early as 2019.", ["2019=2019"]],
  ["The road could open as soon as 2026.", ["2026=2026"]],
  ["Profits doubled after the 2008 crash.", ["2008=2008"]],
  ["The author of the 1979 novel spoke.", ["1979=1979"]],
  ["The country's 2019 census was delayed.", ["2019=2019"]],
  ["He served as mayor from 2003 to 2007.", ["from 2003=2003", "2007=2007"]],
  ["Prices climbed between July 2003 and December 2004.", ["between July 2003=2003-07", "December 2004=2004-12"]],
  ["The talks ran from January 23 through March 9.", ["from January 23=2023-01-23", "March 9=2023-03-09"]],
  ["Output recovered in mid-2021.", ["in mid-2021=2021"]],
  ["The licence was extended last April until 2030.", ["last April=2023-04", "until 2030=2030"]],
  ["2012 was a record year for exports.", ["2012=2012"]],
  ["Police were called to the 1600 block of the street.", []],
  ["Votes were held in 2005, 2006 and 2008.", ["in 2005=2005", "2006=2006", "2008=2008"]],
  ["The price of 2,000 was fixed, 2017 aside.", []],
  ["Sales rose to 1850, up from 1200 in 2013.", ["in 2013=2013"]],
  ["Temperatures reached 40 degrees on 4 July.", ["on 4 July=2022-07-04"]],
  ["The track hosted the 1966 Grand Prix final.", ["1966=1966"]],
  ["The track hosted the 1966 Grand Prix.", ["1966=1966"]], // a year in a name still dates it (rule year-in-name)
  ["Fans recalled the 1972 Olympics in the city.", ["1972=1972"]],
  ["Analysts studied the 2016 U.S. presidential election.", ["2016=2016"]],
  ["Police prepared before the 2019 Chilean protests began.", ["2019=2019"]],
  ["Figures as of 2021 show growth.", ["as of 2021=2021"]],
  ["In the spring of 2021 she moved abroad.", ["In the spring of 2021=2021"]],
  ["Last summer the river flooded twice.", ["Last summer=2022"]],
  ["He was born on 25/12/1980.", ["on 25/12/1980=1980-12-25"]],
  ["The filing is dated 2022-11-30.", ["2022-11-30=2022-11-30"]],
]);

table("not dates: durations, frequencies, counts, the modal may, vague spans", [
  ["The fire burned for about an hour every day.", []],
  ["Residents may leave the area, officials said.", []],
  ["Sales rose 4.5% to 2,000 units.", []],
  ["The match ended 1 – 0 after 90 minutes.", []],
  ["He spent two years in prison.", []],
  ["The clinic opens every Monday and on Sundays.", []],
  ["Profits fell in the 1990s and in the past few days.", []],
  ["Nearly a decade ago, the mine closed.", []],
  ["About two years ago the road was paved.", []],
  ["Over the past year, rents rose.", []],
  ["The group of 1500 people marched at 10 a.m.", []],
  ["At 2030 GMT the ship sank.", []],
  ["The 2017-18 season was long.", []],
  ["The 19-year-old driver was fined.", []],
  ["Super Tuesday results came in overnight.", []],
  ["The Sunday Times reported the deal.", []],
  ["The 10/11/2020 memo was ambiguous.", []],
  ["May I ask a question, said the student.", []],
]);

table("reported speech anchors at the time of speaking", [
  ["On Tuesday, the governor said she would sign the bill next week.", ["On Tuesday=2023-05-16", "next week=2023-W21"]],
  ["The governor told aides last week that she would sign the bill.", ["last week=2023-W19"]],
  ["The mayor said on Monday that the road would reopen tomorrow.", ["on Monday=2023-05-15", "tomorrow=2023-05-16"]],
  ["On Saturday the coach said the team had trained yesterday.", ["On Saturday=2023-05-13", "yesterday=2023-05-12"]],
  ["On March 3, 2020, he said he would return next month.", ["On March 3, 2020=2020-03-03", "next month=2020-04"], null],
  // A speech dated to a month: counted in months or years from it, in days or weeks not at all.
  ["In January, the mayor said the plant would close next year.", ["In January=2023-01", "next year=2024"]],
  ["In January, the mayor said the pier would open in March.", ["In January=2023-01", "in March=2023-03"]],
  ["The mayor said in January that the vote would be held on Friday.", ["in January=2023-01"]],
  ["In January, the mayor told reporters the bridge would reopen \"next week\".", ["In January=2023-01"]],
]);

table("quoted speech", [
  ["\"We will decide tomorrow,\" the mayor says.", ["tomorrow=2023-05-18"]],
  ["‘We will finish next month,’ the minister said on Monday, 1 May.", ["next month=2023-06", "on Monday, 1 May=2023-05-01"]],
  ["The last talks were held before the summer.", ["before the summer=2022"]],
  ["The final was played yesterday. After the game the coach said, \"Today's result was fair.\"", ["yesterday=2023-05-16", "Today=2023-05-16"]],
  ["\"We will meet next week,\" the minister said on Thursday.", ["next week=2023-W20", "on Thursday=2023-05-11"]],
  ["The minister said on Thursday: \"We will meet next week.\"", ["on Thursday=2023-05-11", "next week=2023-W20"]],
  ["\"We were attacked last night,\" the villagers told reporters on Monday.", ["last night=2023-05-14", "on Monday=2023-05-15"]],
  ["The mayor told reporters on Monday that residents \"can return tomorrow\", but warned of delays.", ["on Monday=2023-05-15", "tomorrow=2023-05-16"]],
  ["Protesters marched on Sunday. \"We will be back tomorrow,\" one organiser said.", ["on Sunday=2023-05-14", "tomorrow=2023-05-15"]],
]);

table("without a publication date only self-contained dates resolve", [
  ["The drought began in 2012 and the talks ended on Friday.", ["in 2012=2012"], null],
  ["Growth slowed in October 2021, and last week prices fell.", ["in October 2021=2021-10"], null],
  ["The meeting is in June.", [], null],
]);

describe("findings", () => {
  it("links a date to the event of its clause and names its rule", () => {
    const [d] = run("Rebels seized the airport in 2019, officials said.", REF);
    expect(d).toMatchObject({ text: "in 2019", value: "2019", granularity: "year", event: "Rebels seized the airport", sentenceId: 0, sure: true, rule: "year-prep" });
    expect(d.eventSpan?.text).toBe("Rebels seized the airport in 2019");
  });

  it("a fronted date dates the clause after it", () => {
    const [d] = run("On June 2, the council approved new terms.", REF);
    expect(d.event).toBe("the council approved new terms");
  });

  it("marks direction guesses as unsure", () => {
    const [d] = run("Friday: the market.", REF);
    expect(d.sure).toBe(false);
  });

  it("gives each granularity its own format", () => {
    const found = run("Yesterday, last week, last month and last year were busy.", REF);
    expect(found.map((d) => d.granularity)).toEqual(["day", "week", "month", "year"]);
  });
});
