// Periods counted from now: last/next/this week|month|year, "three days ago", "by the end of
// the year", seasons.
import type { Candidate, Modifier } from "../model";
import { layerTokensAfter, layerTokensBefore, type DateText } from "../context";
import { FREQUENCY_WORDS, HEDGES } from "../../text/lexicon";
import { mentionsAny, numberValue, startsWord, validYear, withPrep } from "./shared";

// (not "her": as an object it leaves the date alone, "told her last week")
const SPAN_DETERMINERS = new Set(["the", "a", "that", "its", "his", "their", "our", "my", "your"]);

/** last/next/this week|weekend|month|year, "earlier this week", "later this year"; not "the past year". */
export function findPeriods(text: DateText, out: Candidate[]) {
  const { body } = text;
  const re = /(last|next|this|past)\s{1,3}(week|weekend|month|year)(['’]s)?(?![\p{L}\p{N}])/giu;
  for (const m of body.matchAll(re)) {
    if (!startsWord(body, m.index)) continue;
    const rel = m[1].toLowerCase();
    const prev = layerTokensBefore(text, m.index, 32);
    let k = prev.length - 1;
    let start = m.index;
    // "this past week" is last week; "past week" alone is a span.
    if (rel === "past") {
      if (prev[k]?.lw !== "this") continue;
      start = prev[k].start;
      k--;
    }
    // "earlier this week", "later this year", "late last year".
    if (prev[k] && ["earlier", "later", "early", "late"].includes(prev[k].lw)) { start = prev[k].start; k--; }
    // ("the very last week", "her very first year": the intensifier sits between)
    const p = prev[k]?.lw === "very" ? prev[k - 1] : prev[k];
    // "the last week", "the past year", "for the next month", "every last week", "in his last
    // year at the club": spans or someone's own last one, not dates.
    if (p && (SPAN_DETERMINERS.has(p.lw) || FREQUENCY_WORDS.has(p.lw))) continue;
    const unitWord = m[2].toLowerCase();
    const unit = unitWord === "weekend" ? "week" : (unitWord as "week" | "month" | "year");
    const n = rel === "last" || rel === "past" ? -1 : rel === "next" ? 1 : 0;
    const end = m.index + m[0].length - (m[3]?.length ?? 0); // "last year's" → "last year"
    out.push({ start: withPrep(text, start), end, spec: { t: "offset", unit, n }, rule: `period-${rel}-${unitWord}` });
  }
}

/** "earlier in the year", "later in the month", "the current year": the anchor's own period. */
export function findCurrentPeriods(text: DateText, out: Candidate[]) {
  const { body } = text;
  if (!mentionsAny(body, ["urrent", "arlier in", "ater in", "ARLIER IN", "ATER IN", "URRENT"])) return;
  const re = /(?:(?:earlier|later)\s{1,3}in\s{1,3}the|the\s{1,3}current)\s{1,3}(week|month|year)(?![\p{L}\p{N}'’-])/giu;
  for (const m of body.matchAll(re)) {
    if (!startsWord(body, m.index)) continue;
    const unit = m[1].toLowerCase() as "week" | "month" | "year";
    out.push({ start: withPrep(text, m.index), end: m.index + m[0].length, spec: { t: "offset", unit, n: 0 }, rule: `period-current-${unit}` });
  }
}

const AGO_BEFORE = /(?<![\p{L}\p{N}])(\[?)(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(\]?)\s{1,3}(day|week|month|year)(s?)\s{1,3}$/iu;

/** "three days ago", "[Five] years ago"; not "nearly a decade ago", "about two years ago". */
export function findAgo(text: DateText, out: Candidate[]) {
  const { body } = text;
  for (const g of body.matchAll(/ago(?![\p{L}\p{N}])/giu)) {
    if (!startsWord(body, g.index)) continue;
    const from = Math.max(0, g.index - 40);
    const m = AGO_BEFORE.exec(body.slice(from, g.index));
    if (!m) continue;
    const start = from + m.index;
    const n = numberValue(m[2]);
    if (n === null || n === 0) continue;
    if (n > 1 && !m[5]) continue;
    if (n === 1 && m[5] && /^\d/.test(m[2]) === false) continue;
    const prev = layerTokensBefore(text, start, 24);
    const p = prev[prev.length - 1];
    if (p && (HEDGES.has(p.lw) || p.w === "~")) continue;
    const unit = m[4].toLowerCase() as "day" | "week" | "month" | "year";
    // "up from $90 million, or $1.12 a share, a year ago": the year-earlier period of a
    // comparison, not a calendar date.
    if (n === 1 && p?.w === "," && /[$€£%]|\bcents?\b|\ba share\b/i.test(body.slice(Math.max(0, start - 90), start))) continue;
    out.push({ start, end: g.index + 3, spec: { t: "ago", unit, n }, rule: `ago-${unit}` });
  }
}

/** "by the end of the year" → December; "at the end of the month" → that month; "the start of next year" → January. */
export function findEdges(text: DateText, out: Candidate[]) {
  const { body } = text;
  const re = /the\s{1,3}(end|start|beginning)\s{1,3}of\s{1,3}(the|this|next|last)\s{1,3}(week|month|year)(?![\p{L}\p{N}])/giu;
  for (const m of body.matchAll(re)) {
    if (!startsWord(body, m.index)) continue;
    const rel = m[2].toLowerCase();
    const n = rel === "next" ? 1 : rel === "last" ? -1 : 0;
    const edge = m[1].toLowerCase() === "end" ? "end" : "start";
    out.push({ start: withPrep(text, m.index), end: m.index + m[0].length, spec: { t: "edge", unit: m[3].toLowerCase() as "week" | "month" | "year", n, edge }, rule: `edge-${edge}` });
  }
  // "by year-end", "around year end" → this December; "since year-end" → the last one.
  if (mentionsAny(body, ["ear-end", "ear end", "EAR-END", "EAR END"])) for (const m of body.matchAll(/(by|at|around|before|until|since|after)\s{1,3}(?:the\s{1,3})?year[- ]end(?![\p{L}\p{N}-])/giu)) {
    if (!startsWord(body, m.index)) continue;
    const since = m[1].toLowerCase() === "since" || m[1].toLowerCase() === "after";
    out.push({ start: m.index, end: m.index + m[0].length, spec: { t: "edge", unit: "year", n: since ? -1 : 0, edge: "end" }, rule: since ? "edge-year-end-since" : "edge-year-end" });
  }
  // "by the end of 2019" → December 2019, like "by the end of the year".
  for (const m of body.matchAll(/the\s{1,3}(end|start|beginning)\s{1,3}of\s{1,3}(\d{4})(?![\p{L}\p{N}]|[,.:]\d)/giu)) {
    if (!startsWord(body, m.index)) continue;
    const y = +m[2];
    if (!validYear(y)) continue;
    const edge = m[1].toLowerCase() === "end" ? "end" : "start";
    out.push({ start: withPrep(text, m.index), end: m.index + m[0].length, spec: { t: "ym", y, m: edge === "end" ? 12 : 1 }, rule: `edge-${edge}-year` });
  }
}

/** "over the weekend", "at the weekend": the ISO week of the nearest weekend in the clause's direction. */
export function findWeekends(text: DateText, out: Candidate[]) {
  const { body } = text;
  for (const m of body.matchAll(/(?:over|at|during)\s{1,3}the\s{1,3}weekend(?![\p{L}\p{N}'’])/giu)) {
    if (!startsWord(body, m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, spec: { t: "weekend" }, rule: "weekend", weak: true });
  }
}

const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

const SEASON_YEAR_AFTER = /\s{1,3}(?:of\s{1,3})?(\d{4})(?![\p{L}\p{N}]|[,.:]\d)/uy;

/** "last summer", "in the spring", "summer 2019", "the winter of 2012" → a year. */
export function findSeasons(text: DateText, out: Candidate[]) {
  const { body } = text;
  for (const m of body.matchAll(/(spring|summer|autumn|fall|winter)(?![\p{L}\p{N}])/giu)) {
    if (!startsWord(body, m.index)) continue;
    const season = SEASONS[m[1].toLowerCase()];
    let end = m.index + m[0].length;
    SEASON_YEAR_AFTER.lastIndex = end;
    const ya = SEASON_YEAR_AFTER.exec(body);
    const y = ya ? +ya[1] : null;
    if (y !== null && !validYear(y)) continue;
    if (ya) end = SEASON_YEAR_AFTER.lastIndex;
    const prev = layerTokensBefore(text, m.index, 32);
    let k = prev.length - 1;
    let start = m.index;
    let rel: string | null = null;
    let hasThe = false;
    if (prev[k] && ["last", "this", "next", "past"].includes(prev[k].lw)) {
      rel = prev[k].lw;
      start = prev[k].start;
      k--;
      if (rel === "past") {
        if (prev[k]?.lw !== "this") continue;
        start = prev[k].start;
        k--;
      }
    } else if (prev[k]?.lw === "the") {
      hasThe = true;
      start = prev[k].start;
      k--;
    }
    if (y === null) {
      if (!rel && !hasThe) continue;
      if (hasThe) {
        // "in the summer" is a date; "the fall of the city" and bare "the summer" are not.
        const p = prev[k];
        if (!p || !["in", "during", "by", "since", "until", "through", "throughout", "over", "before", "after"].includes(p.lw)) continue;
        const next = layerTokensAfter(text, end, 16)[0];
        if (next?.lw === "of") continue;
      }
    }
    const mod: Modifier = rel === "last" || rel === "past" ? "last" : rel === "next" ? "next" : rel === "this" ? "this" : null;
    out.push({ start: withPrep(text, start), end, spec: { t: "season", season, mod, y }, rule: y !== null ? "season-year" : "season" });
  }
}
