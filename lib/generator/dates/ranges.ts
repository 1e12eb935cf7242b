// Dates that take their year from another date in the same sentence: "opened on 3 March 2019
// and closed on March 9", and the first end of a range ("from January 23 through March 9").
import type { Candidate } from "./model";

type Item = { c: Candidate; s: { start: number } };

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
      const y = prev.t === "ymd" || prev.t === "ym" || prev.t === "y" ? prev.y : null;
      if (y === null) continue;
      w.c = spec.t === "md"
        ? { ...w.c, spec: { t: "ymd", y, m: spec.m, d: spec.d }, rule: `${w.c.rule}-year-from-context` }
        : { ...w.c, spec: { t: "ym", y, m: spec.m }, rule: `${w.c.rule}-year-from-context` };
      break;
    }
  }
}

