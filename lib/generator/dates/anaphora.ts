// "The next day", "the following year", "later that year": counted from the latest date the text
// gave before them, as a reader counts them, not from the publication date.
import type { DateGranularity } from "../types";
import { formatDay, formatIsoWeek, formatMonth, formatYear, parseIsoDay } from "./calendar";
import type { DateSpec, Unit } from "./model";
import type { Resolved } from "./normalise";

export type Resolvable = { spec: DateSpec; start: number; sentence: number; res: Resolved | null; sure: boolean };

/** Granularities fine enough to count a unit from: a day needs a day, a year any dated mention. */
const FINE_ENOUGH: Record<Unit, DateGranularity[]> = {
  day: ["day"],
  week: ["day", "week"],
  month: ["day", "month"],
  year: ["day", "month", "year"],
};

/** Resolves every anaphoric mention in text order; `items` must be sorted by position. One pass:
 *  the latest mention of each granularity is kept as it goes, so the cost stays linear. */
export function resolveAnaphora(items: Resolvable[]) {
  const latest = new Map<DateGranularity, Resolvable>();
  let last: Resolvable | null = null;
  for (const it of items) {
    if (it.spec.t === "anaphor") {
      const { unit, n } = it.spec;
      let ante: Resolvable | null = null;
      for (const g of FINE_ENOUGH[unit]) {
        const c = latest.get(g);
        if (c && (!ante || c.start > ante.start)) ante = c;
      }
      // A reader counts from the date just given: after "In 2019", "two days later" has no day
      // to count from, and an older day further back is not what it means.
      if (ante && last && last !== ante && !FINE_ENOUGH[unit].includes(last.res!.granularity)) ante = null;
      if (ante) {
        it.res = shift(ante.res!, unit, n);
        // The antecedent is a guess when it lies more than a sentence back.
        if (it.sentence - ante.sentence > 1 || !ante.sure) it.sure = false;
      }
    }
    if (it.res) {
      latest.set(it.res.granularity, it);
      last = it;
    }
  }
}

function shift(r: Resolved, unit: Unit, n: number): Resolved | null {
  const y = +r.value.slice(0, 4);
  if (unit === "year") return { value: formatYear(y + n), granularity: "year" };
  if (unit === "month") return { value: formatMonth(y, +r.value.slice(5, 7) + n), granularity: "month" };
  const d = parseIsoDay(r.value);
  if (d === null) return null;
  if (unit === "week") return { value: formatIsoWeek(d + 7 * n), granularity: "week" };
  return { value: formatDay(d + n), granularity: "day" };
}
