// Which side of its anchor a date lies on, for forms that do not say ("on Friday", "in June",
// "March 12"): the clause's tense, a limit preposition, a possessive, and news style's habit of
// giving the year of any date outside the current one. Each way has its own rule-id suffix, so
// calibration can measure them apart.
import type { Candidate, DateSpec } from "./model";
import { aheadOf, type Direction } from "./normalise";
import { fromDayNumber } from "./calendar";
import { readTense } from "./tense";
import type { DateText } from "./context";

export type Choice = { dir: Direction; how: string; sure: boolean };

/** How far ahead this year's occurrence may lie for a past verb to be read as looking ahead. */
const AHEAD_DAYS = 62;
const AHEAD_MONTHS = 3;

export function chooseDirection(text: DateText, c: Candidate, s: { start: number; end: number }, anchor: number | null): Choice {
  const { body } = text;
  let sure = true;
  const needsDirection = directionless(c.spec);
  const read = needsDirection ? readTense(text, s.start, s.end, c.start, c.end) : null;
  const tense = read?.tense ?? null;
  // "until the summer", "by Friday" with no tense marker: a limit usually lies ahead.
  const limit = tense === null && /^(?:until|till|by)\s/i.test(body.slice(c.start, c.end));
  const calendar = c.spec.t === "md" || c.spec.t === "m" || c.spec.t === "holiday";
  let dir: Direction = tense ?? (limit ? "limit" : calendar ? "untensed" : "past");
  // The rule id names how the value was reached, so each way can be calibrated on its own:
  // the direction's source ("-past", "-future", "-limit", "-untensed") and a non-default anchor.
  let how = !needsDirection ? "" : tense ? `-${tense}${read!.weak ? "-weak" : ""}` : limit ? "-limit" : "-untensed";
  if (read?.weak) sure = false;
  // "Wednesday's ruling": a weekday naming an event by possessive points back unless a
  // preposition looks ahead ("ahead of Sunday's vote"); the clause's verb is not its tense.
  if (c.spec.t === "wd" && !c.spec.mod && /^['’]s(?![\p{L}\p{N}])/u.test(body.slice(c.end, c.end + 3))) {
    const ahead = /(?:ahead\s+of|before|until|till|for)\s+$/i.test(body.slice(Math.max(0, c.start - 12), c.start));
    if (!ahead && tense === "future") sure = false;
    dir = ahead ? "future" : "past";
    how = ahead ? "-possessive-ahead" : "-possessive";
  }
  // "since December 18", "ever since Monday": the point a state has lasted from lies behind,
  // whatever the clause's tense ("It is the fourth eruption since December 18").
  if (needsDirection && (/^since\s/i.test(body.slice(c.start, c.end)) || /(?:^|\s)since\s+$/i.test(body.slice(Math.max(0, c.start - 7), c.start)))) {
    return { dir: "past", how: "-since", sure: true };
  }
  // A past verb aiming "to" or "until" a date a few weeks ahead looks forward ("was extended to
  // Nov. 16", "invited them to a ceremony on March 12", "has extended loans through January"):
  // a past reading would lie most of a year back, which news style would have dated with its
  // year. Still a guess against the tense: unsure.
  if (tense === "past" && anchor !== null && aimsAhead(body, read!.at, c.start, c.end)) {
    // A weekday is always within the week ahead; only a limit ("given until 9 a.m. Tuesday")
    // makes it a deadline, not the goal "to" of an infinitive.
    const ahead = c.spec.t === "wd" ? (untilBefore(body, read!.at, c.start, c.end) ? 1 : null) : aheadOf(c.spec, anchor);
    if (ahead !== null && ahead <= (c.spec.t === "m" ? AHEAD_MONTHS : AHEAD_DAYS)) {
      dir = "future";
      how = "-past-ahead";
      sure = false;
    }
  }
  // "told the companies of a cutback in September", written in August: the past reading would lie
  // in the year before, which news style would have dated with its year; the month just ahead
  // is meant. Still a guess against the tense: unsure.
  if (tense === "past" && how === "-past" && anchor !== null && justAhead(c.spec, anchor) && !verbsOwnDate(body, read!.at, c.start)) {
    dir = "future";
    how = "-past-next";
    sure = false;
  }
  // "the Jan. 14 deadline": a deadline is a limit, whatever the clause's tense.
  if ((c.spec.t === "md" || c.spec.t === "wd") && /^\s{1,3}deadline(?![\p{L}])/iu.test(body.slice(c.end, c.end + 12)) && how !== "-past-ahead") {
    dir = "limit";
    how = "-deadline";
    return { dir, how, sure: false };
  }
  // With no tense marker the direction is a guess: say we were unsure.
  if (needsDirection && tense === null) sure = false;
  return { dir, how, sure };
}

/** A month (or a day of it) later in the anchor's month or in the next month of the same year. */
function justAhead(spec: DateSpec, anchor: number): boolean {
  const a = fromDayNumber(anchor);
  if (spec.t === "m") return !spec.mod && spec.m === a.m + 1;
  if (spec.t === "md") return spec.m === a.m + 1 || (spec.m === a.m && spec.d > a.d);
  return false;
}

/** The past verb governs the date itself ("the year ended Oct. 31", "was killed on Oct. 23"):
 *  only a preposition lies between them, so the past reading is the literal one. */
function verbsOwnDate(body: string, verbEnd: number, start: number): boolean {
  return verbEnd >= 0 && verbEnd <= start && /^\s*(?:(?:on|in|at|by)\s+)?$/i.test(body.slice(verbEnd, start));
}

/** A goal "to" (infinitive or preposition) between a past verb and the date: "extended to", "invited ... to testify on". */
function aimsAhead(body: string, verbEnd: number, start: number, end: number): boolean {
  if (verbEnd < 0) return false;
  const between = verbEnd < start ? body.slice(verbEnd, start) : "";
  // "changed from a fiscal year to a calendar year in December": a change, not a goal; a limit
  // stays one after a place it runs from ("cancelled sailings from Oban until Thursday").
  if (/(?:^|\s)from\s/i.test(between) && !/(?:^|\s)(?:until|till)\s/i.test(between + " ")) return false;
  return /(?:^|\s)(?:to|until|till|through)\s/i.test(between + " ") || /^(?:to|until|till|through)\s/i.test(body.slice(start, end));
}

function untilBefore(body: string, verbEnd: number, start: number, end: number): boolean {
  const between = verbEnd >= 0 && verbEnd < start ? body.slice(verbEnd, start) : "";
  // A fronted limit ("Until Thursday, they had not ...") looks back from the verb after it.
  if (verbEnd < 0 || verbEnd > start) return false;
  return /(?:^|\s)(?:until|till)\s/i.test(between + " ") || /^(?:until|till)\s/i.test(body.slice(start, end));
}

/** Forms that name a day or month but not which side of the anchor it lies ("on Friday", "in June"). */
function directionless(spec: DateSpec): boolean {
  switch (spec.t) {
    case "md": return !spec.wd;
    case "holiday": return spec.y === null;
    case "m": return !spec.mod;
    case "wd": return spec.mod !== "last" && spec.mod !== "next";
    case "season": return !spec.mod && spec.y === null;
    case "weekend": return true;
    default: return false;
  }
}

