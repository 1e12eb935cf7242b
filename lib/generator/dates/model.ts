// What the pattern stage hands to the resolver: a span and what it says, before any anchor or
// tense is applied.

import type { Floating } from "./holidays";

export type Unit = "day" | "week" | "month" | "year";

export type DateSpec =
  | { t: "ymd"; y: number; m: number; d: number }
  | { t: "ym"; y: number; m: number }
  | { t: "y"; y: number }
  /** Month and day without a year: the year comes from the anchor and the tense. */
  | { t: "md"; m: number; d: number; wd?: number }
  /** A month alone ("in October"), optionally with last/next/this. */
  | { t: "m"; m: number; mod: Modifier }
  | { t: "wd"; wd: number; mod: Modifier }
  /** "in August last year", "August 3 this year": a month (and day) in a year counted from the anchor. */
  | { t: "relYear"; m: number; d: number | null; n: number }

  /** "yesterday" (-1), "today" (0), "last week" (week, -1), "next year" (year, +1). */
  | { t: "offset"; unit: Unit; n: number }
  /** "over the weekend": the nearest weekend, before or after by tense. */
  | { t: "weekend" }
  /** "three days ago", "[Five] years ago". */
  | { t: "ago"; unit: Unit; n: number }
  /** "by the end of the year" → the December month; "the end of the week" → that week. */
  | { t: "edge"; unit: Unit; n: number; edge: "start" | "end" }
  | { t: "season"; season: number; mod: Modifier; y: number | null }
  /** "the next day", "the following year": counted from the date the text just gave. "A year
   *  earlier" is left out: in business news it names a comparison period, not a date. */
  | { t: "anaphor"; unit: Unit; n: number }
  /** A holiday whose day moves with the year ("Thanksgiving Day", "Easter Sunday"). */
  | { t: "holiday"; f: Floating; y: number | null };

export type Modifier = "last" | "next" | "this" | null;

export type Candidate = {
  start: number;
  end: number;
  spec: DateSpec;
  rule: string;
  /** A reading the rules are less sure of ("the November election", "over the weekend"): the
   *  finding is reported with sure: false, so no question is built on it. */
  weak?: boolean;
  /** A range's second end ("to 2007"): kept only when another date ends just before it. */
  needsRange?: boolean;
};

/** True when the value depends on an anchor (publication date or time of speaking). */
export function isRelative(spec: DateSpec): boolean {
  return !(spec.t === "ymd" || spec.t === "ym" || spec.t === "y" || ((spec.t === "season" || spec.t === "holiday") && spec.y !== null));
}
