// Dates that take their year from another date in the same sentence: "opened on 3 March 2019
// and closed on March 9", and the first end of a range ("from January 23 through March 9").
import type { Candidate } from "./model";

import type { Resolved } from "./normalise";

type Item = { c: Candidate; s: { start: number } };
type Done = { c: Candidate; res: Resolved | null; rule: string };

/** Words that join a range's two ends ("from January 23 through March 9"). */
const JOINER = /^\s{0,3}(?:through|thru|to|until|till|and|[-–—])\s{0,3}$/i;

/**
 * "opened on 3 March 2019 and closed on March 9": a month or day without a year takes the year of
 * an explicit date earlier in the same sentence, as a reader would.
 */
export function inheritYears(work: Item[]) {
  for (let i = 1; i < work.length; i++) {
    const w = work[i];
    const spec = w.c.spec;
    if (spec.t !== "md" && !(spec.t === "m" && spec.mod === null)) continue;
    for (let k = i - 1; k >= 0 && work[k].s.start === w.s.start; k--) {
      const prev = work[k].c.spec;
      // A bare year lends its year only when it frames the sentence ("In 2019, ... on March 3");
      // inside another clause ("a plan approved in 1987 ... through Sept. 29") it dates that clause.
      const framing = prev.t === "y" && work[k].c.start - work[k].s.start <= 1;
      const y = prev.t === "ymd" || prev.t === "ym" || framing ? prev.y : null;
      if (y === null) continue;
      w.c = spec.t === "md"
        ? { ...w.c, spec: { t: "ymd", y, m: spec.m, d: spec.d }, rule: `${w.c.rule}-year-from-context` }
        : { ...w.c, spec: { t: "ym", y, m: spec.m }, rule: `${w.c.rule}-year-from-context` };
      break;
    }
  }
}


/**
 * A range's first end lies before its second: "is to run from January 23 through March 9", read
 * on January 28 with a future verb, starts on the January 23 just past, not next year's.
 */
export function orderRangeStarts(body: string, work: Done[]) {
  for (let i = 0; i + 1 < work.length; i++) {
    const a = work[i], b = work[i + 1];
    if (!a.res || !b.res || (a.c.spec.t !== "md" && a.c.spec.t !== "m")) continue;
    if (!JOINER.test(body.slice(a.c.end, b.c.start)) || !/^(?:from|between)\s/i.test(body.slice(a.c.start, a.c.end))) continue;
    if (a.res.value <= b.res.value) continue;
    const y = +a.res.value.slice(0, 4) - 1;
    const earlier = `${String(y).padStart(4, "0")}${a.res.value.slice(4)}`;
    // Only a one-year slip is a range read the wrong way round (and Feb 29 needs its leap year).
    if (earlier > b.res.value || (a.res.value.endsWith("-02-29") && y % 4 !== 0)) continue;
    a.res = { ...a.res, value: earlier };
    a.rule = `${a.rule}-range-start`;
  }
}
