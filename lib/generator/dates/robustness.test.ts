// Any input gives a result quickly: spans always slice the body, values are well formed, and
// huge or hostile text (one enormous line, HTML, emoji, digits everywhere) stays linear.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findDates } from "./index";
import { readText } from "../text/layer";
import { run, simpleSentences } from "./test-helpers";

/** CPU milliseconds, not wall time: the test machine is shared and often oversubscribed. */
function cpuMs(f: () => void): number {
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
}

const VALUE = /^(?:\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2})$/;

const pieces = [
  "on Monday", "last week", "in 2012", "August 3", "14 June 2019", " said ", " will ", "“", "”", "\"",
  "yesterday", "next month", "the 2016 plan", ", ", ". ", "\n\n", "May", "may", "2,000", "1 – 0",
  "from 2003 to", "🙂", "<p>", "</p>", "&amp;", "Friday's", "[Five] years ago", "by the end of the year",
  "summer", "Sundays", "—", "12/25/1980", "2023-01-31", " ", "x", "the next day", "later that year",
  "Thanksgiving Day", "nineteen ninety-one", "``", "''", "PORTVILLE, May 3 (Wire) --", "Monday, Oct. 26",
  "the Jan. 14 deadline", "by year-end", "Election Day", "Good Friday",
];

describe("robustness", () => {
  it("every span slices the body and every value is well formed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }),
        fc.constantFrom("2023-05-17", "2021-01-01", null),
        (parts, date) => {
          const body = parts.join("");
          for (const d of run(body, date)) {
            expect(d.value).toMatch(VALUE);
            expect(d.end).toBeGreaterThan(d.start);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("is deterministic", () => {
    const body = "On Tuesday, the minister said she would travel next week. Sales fell in 2019.";
    expect(run(body, "2023-05-17")).toEqual(run(body, "2023-05-17"));
  });

  it("handles 200,000 characters on one line without sentences in linear time", () => {
    const unit = "The ministers met on Monday and again in 2019, 2,000 cars <b>moved</b> 🙂 yesterday while “talks” went on ";
    const body = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
    let found: ReturnType<typeof findDates> = [];
    const text = { ...readText(body), sentences: [] }; // built outside the timer: this times the date stage
    const ms = cpuMs(() => { found = findDates(text, "2023-05-17"); });
    expect(found.length).toBeGreaterThan(1000);
    for (const d of found.slice(0, 50)) expect(body.slice(d.start, d.end)).toBe(d.text);
    expect(ms).toBeLessThan(3000);
  });

  it("survives pathological runs of digits, spaces and quote marks", () => {
    // Generous bounds: the machine is shared; a quadratic path would take minutes, not seconds.
    for (const body of ["1".repeat(100_000), " ".repeat(100_000), "\"".repeat(50_001), "“".repeat(50_000), "May ".repeat(25_000), "2019-".repeat(10_000), "the next day ".repeat(8_000), "``".repeat(30_000)]) {
      const text = { ...readText(body), sentences: simpleSentences(body.slice(0, 1000)) };
      expect(cpuMs(() => findDates(text, "2023-05-17"))).toBeLessThan(5000);
    }
  });

  it("returns nothing for an empty body", () => {
    expect(findDates(readText(""), "2023-05-17")).toEqual([]);
  });
});
