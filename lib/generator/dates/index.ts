// Date mentions: find date expressions, then resolve each against its anchor — the publication
// date for narrative text, the time of speaking inside reported or quoted speech — in the
// direction its clause's tense points. Pure and deterministic: no clock, no I/O.
import type { DateMention, Sentence } from "../types";
import { dayNumber, fromDayNumber, parseIsoDay } from "./calendar";
import { resolveAnaphora } from "./anaphora";
import { findDateline } from "./dateline";
import { eventFor } from "./events";
import { isRelative, type Candidate, type DateSpec } from "./model";
import { chooseDirection } from "./direction";
import { resolveSpec, type Resolved } from "./normalise";
import { findCandidates } from "./patterns";
import { datesVerb, quoteCue, quoteRegions, regionAt, reportingVerb } from "./speech";
import { continueListedMonths, inheritYears, orderRangeStarts, yearsFromRangeEnds } from "./ranges";
import type { DateText, Tok } from "./context";
import type { TextLayer } from "../text/layer";

type Bounds = { id: number; start: number; end: number };
type Mode = "narrative" | "reported" | "quoted";
type Work = {
  c: Candidate;
  s: Bounds;
  mode: Mode;
  verb: Tok | null;
  res: Resolved | null;
  sure: boolean;
  rule: string;
};

/** Narrative dates this close before publication can anchor a quote that gives no date of its own. */
const NARRATIVE_REACH_DAYS = 7;
/** A speech verb's own date is looked for this far either side of it. */
const VERB_REACH = 200;

export function findDates(text: TextLayer, date: string | null): DateMention[] {
  const { body, sentences } = text;
  if (!body) return [];
  const stamped = parseIsoDay(date);
  const line = findDateline(body, stamped);
  // The filing day a dateline gives is the story's own "today".
  const pub = line ? line.day : stamped;
  const pubRule = line && line.day !== stamped ? "dateline" : "pub";
  const candidates = findCandidates(text).map((c) => (line && c.start === line.start ? { ...c, spec: datelineSpec(line.day), rule: "dateline" } : c));
  if (candidates.length === 0) return [];
  const regions = quoteRegions(text);
  const bySentence = [...sentences].sort((a, b) => a.start - b.start);

  const work: Work[] = candidates.map((c) => {
    const s = sentenceBounds(body, bySentence, c.start);
    const inQuote = regionAt(regions, c.start) !== null;
    // Only a relative date needs to know whose time it counts from.
    const verb = inQuote || !isRelative(c.spec) ? null : reportingVerb(text, s.start, c.start);
    const mode: Mode = inQuote ? "quoted" : verb ? "reported" : "narrative";
    return { c, s, mode, verb, res: null, sure: !c.weak, rule: c.rule };
  });

  inheritYears(work);
  yearsFromRangeEnds(body, work);

  // Narrative dates first: they anchor at the publication date, and they date the speech verbs
  // that reported and quoted dates are anchored to.
  for (const w of work) if (w.mode === "narrative") resolve(text, w, pub, pubRule);
  const index = indexWork(work, pub);
  for (const w of work) {
    if (w.mode === "narrative") continue;
    const { anchor, rule: r, sure } = speechAnchor(text, w, index, regions, pub);
    const rule = r === "pub" ? pubRule : r;
    resolve(text, w, anchor, rule);
    // A guessed time of speaking only matters to a date that counts from it.
    if (!sure && isRelative(w.c.spec)) w.sure = false;
  }

  orderRangeStarts(body, work);
  continueListedMonths(body, work);
  const items = work.map((w) => ({ spec: w.c.spec, start: w.c.start, sentence: w.s.id, res: w.res, sure: w.sure }));
  resolveAnaphora(items);
  items.forEach((it, i) => { if (it.spec.t === "anaphor") { work[i].res = it.res; work[i].sure = it.sure; } });
  return mentionsOf(body, work);
}

/** The resolved candidates as findings, each with the event its sentence dates. */
function mentionsOf(body: string, work: Work[]): DateMention[] {
  const out: DateMention[] = [];
  for (const w of work) {
    if (!w.res) continue;
    const { c } = w;
    const ev = eventFor(body, w.s.start, w.s.end, c.start, c.end, c.rule === "year-modifier" || c.rule === "year-in-name");
    out.push({
      start: c.start,
      end: c.end,
      text: body.slice(c.start, c.end),
      value: w.res.value,
      granularity: w.res.granularity,
      sentenceId: w.s.id,
      event: ev?.event ?? null,
      eventSpan: ev?.span ?? null,
      sure: w.sure,
      rule: w.rule,
    });
  }
  return out;
}

function resolve(text: DateText, w: Work, anchor: number | null, anchorRule: string) {
  const { c, s } = w;
  const d = chooseDirection(text, c, s, anchor);
  w.res = resolveSpec(c.spec, anchor, d.dir);
  const via = isRelative(c.spec) && anchorRule !== "pub" ? `-${anchorRule}` : "";
  w.rule = `${c.rule}${d.how}${via}`;
  if (!d.sure) w.sure = false;
}

/** A dateline's date is the filing day itself: its year comes from the publication date. */
function datelineSpec(day: number): DateSpec {
  const { y, m, d } = fromDayNumber(day);
  return { t: "ymd", y, m, d };
}

/** The dates grouped by sentence, and the narrative days that can anchor a quote, in text order:
 *  every look-up a reported or quoted date makes stays within its own sentence or is a binary
 *  search, so a huge text with thousands of dates stays linear. */
type WorkIndex = { bySentence: Map<number, Work[]>; starts: number[]; refs: { pos: number; day: number }[] };

function indexWork(work: Work[], pub: number | null): WorkIndex {
  const bySentence = new Map<number, Work[]>();
  for (const w of work) {
    const list = bySentence.get(w.s.start);
    if (list) list.push(w);
    else bySentence.set(w.s.start, [w]);
  }
  const refs: { pos: number; day: number }[] = [];
  for (const x of work) {
    if (pub === null || x.mode !== "narrative" || !x.res || x.res.granularity !== "day") continue;
    const d = parseIsoDay(x.res.value);
    if (d !== null && d <= pub && pub - d <= NARRATIVE_REACH_DAYS) refs.push({ pos: x.c.start, day: d });
  }
  return { bySentence, starts: [...bySentence.keys()].sort((a, b) => a - b), refs };
}

/** The time of speaking for a reported or quoted date, as a day number. */
function speechAnchor(text: DateText, w: Work, index: WorkIndex, regions: ReturnType<typeof quoteRegions>, pub: number | null): { anchor: number | null; rule: string; sure: boolean } {
  if (w.mode === "reported" && w.verb) {
    const d = verbDate(text, w.verb, w.s, index, w);
    if (d !== null) return { anchor: d, rule: "speech", sure: true };
    return monthOfSpeaking(text, w.verb, w.s, index, w) ?? { anchor: pub, rule: "pub", sure: true };
  }
  const region = regionAt(regions, w.c.start)!;
  const cue = quoteCue(text, region, w.s.start <= region.start ? w.s.start : -1);
  if (cue) {
    const s = sentenceWith(index, cue.verb.start);
    if (s) {
      const d = verbDate(text, cue.verb, s, index, w);
      if (d !== null) return { anchor: d, rule: "speech", sure: true };
      const month = monthOfSpeaking(text, cue.verb, s, index, w);
      if (month) return month;
    }
    if (cue.present) return { anchor: pub, rule: "pub", sure: true };
  }
  const ref = narrativeReference(w.c.start, index);
  if (ref !== null) return { anchor: ref, rule: "narrative", sure: false };
  return { anchor: pub, rule: "pub", sure: true };
}

/** The bounds of the sentence (among those holding a date) that contains `pos`. */
function sentenceWith(index: WorkIndex, pos: number): Bounds | null {
  const { starts } = index;
  let lo = 0, hi = starts.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return null;
  const s = index.bySentence.get(starts[found])![0].s;
  return pos < s.end ? s : null;
}

/** The date of the given granularity that dates `verb` in its sentence, if there is one. */
function datingVerb(text: DateText, verb: Tok, s: Bounds, index: WorkIndex, self: Work, granularity: "day" | "month"): Work | null {
  for (const x of index.bySentence.get(s.start) ?? []) {
    if (x === self || !x.res || x.res.granularity !== granularity || x.mode === "quoted") continue;
    if (x.c.start < s.start || x.c.end > s.end) continue;
    if (Math.abs(x.c.start - verb.start) > VERB_REACH) continue;
    if (datesVerb(text, verb, x.c.start, x.c.end)) return x;
  }
  return null;
}

/** The resolved day of a date that dates `verb` in its sentence, if there is one. */
function verbDate(text: DateText, verb: Tok, s: Bounds, index: WorkIndex, self: Work): number | null {
  const x = datingVerb(text, verb, s, index, self, "day");
  return x ? parseIsoDay(x.res!.value) : null;
}

/** "In March, Olsen said the bridge would reopen next year": a speech dated to a month only. A
 *  date counted in months or years counts from that month; one counted in days or weeks ("next
 *  week", "on Friday") cannot be placed, so it gets no anchor (and no value). */
function monthOfSpeaking(text: DateText, verb: Tok, s: Bounds, index: WorkIndex, self: Work): { anchor: number | null; rule: string; sure: boolean } | null {
  const x = datingVerb(text, verb, s, index, self, "month");
  if (!x) return null;
  const [y, m] = x.res!.value.split("-").map(Number);
  return { anchor: countsInDays(self.c.spec) ? null : dayNumber(y, m, 1), rule: "speech-month", sure: true };
}

/** A relative date that needs the day it counts from: "tomorrow", "next week", "on Friday". */
function countsInDays(spec: DateSpec): boolean {
  if (spec.t === "wd" || spec.t === "weekend") return true;
  return (spec.t === "offset" || spec.t === "ago" || spec.t === "edge" || spec.t === "anaphor") && (spec.unit === "day" || spec.unit === "week");
}

/** The latest narrative day mentioned before `pos`, if it lies within a week before publication. */
function narrativeReference(pos: number, index: WorkIndex): number | null {
  const { refs } = index;
  let lo = 0, hi = refs.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].pos < pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 ? refs[found].day : null;
}

/** The sentence holding `pos`; failing that, the line around it (the splitter may skip text). */
function sentenceBounds(body: string, sentences: Sentence[], pos: number): Bounds {
  let lo = 0, hi = sentences.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const s = found >= 0 ? sentences[found] : null;
  if (s && pos < s.end) return { id: s.id, start: s.start, end: s.end };
  // Bounded look-around so a huge single line stays linear.
  const wlo = Math.max(0, pos - 400);
  const whi = Math.min(body.length, pos + 400);
  const back = body.slice(wlo, pos).lastIndexOf("\n");
  const fwd = body.slice(pos, whi).indexOf("\n");
  return { id: s ? s.id : (sentences[0]?.id ?? -1), start: back < 0 ? wlo : wlo + back + 1, end: fwd < 0 ? whi : pos + fwd };
}
