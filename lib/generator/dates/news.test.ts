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
