// Dates counted from the date the text just gave, not from the publication date: "the next
// day", "the following year", "later that year", "the day before". The finder only records the
// offset; the resolver counts it from the latest date mentioned before it.
import type { Candidate, Unit } from "../model";
import { layerTokensBefore, type DateText } from "../context";
import { mentionsAny, numberValue, startsWord, withPrep } from "./shared";

/** Each form: a regex with the unit in group `unit` and a word in group `w` that gives the offset. */
/** `gate`: fragments one of which must occur, a cheaper test than the regex for rare forms. */
const FORMS: { re: RegExp; n: (w: string) => number; gate?: string[] }[] = [
  // "the following year", "the next day", "the previous month"
  { re: /the\s{1,3}(?<w>following|next|previous|preceding)\s{1,3}(?<unit>day|week|month|year)(?![\p{L}\p{N}'’])/giu, n: (w) => (w === "following" || w === "next" ? 1 : -1) },
  // "the day before", "the day after" (not "the day after the vote": then the vote is the anchor)
  { re: /the\s{1,3}(?<unit>day|week|month|year)\s{1,3}(?<w>before|after)(?=\s{0,3}[,.;])/giu, n: (w) => (w === "after" ? 1 : -1), gate: ["before", "after"] },
  // "later that year", "earlier that day", "that same day", "the same day"
  { re: /(?<w>later|earlier|that\s{1,3}same|the\s{1,3}same)\s{1,3}(?:that\s{1,3})?(?<unit>day|week|month|year)(?![\p{L}\p{N}'’])/giu, n: () => 0, gate: ["ater that", "arlier that", "same day", "ATER THAT", "ARLIER THAT", "SAME DAY"] },
  // "the next morning", "the following evening": the day after
  { re: /the\s{1,3}(?<w>next|following)\s{1,3}(?:morning|afternoon|evening|night)(?<unit>)(?![\p{L}\p{N}'’])/giu, n: () => 1, gate: ["next", "ollowing"] },
];
/** Words before "the next day" that make it a span ("for the next day", "within the next year"). */
const SPAN_WORDS = new Set(["for", "over", "within", "throughout", "during", "of", "all", "in", "next", "every"]);

/** "two years later", "a decade earlier": counted from the date just given ("opened in 2019 and
 *  closed two years later"); only years, months and decades, and never "a year earlier" in a
 *  comparison of figures ("from $9 million a year earlier"), which is a period, not a date. */
const COUNTED = /(?<![\p{L}\p{N}])(?<num>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,3}(?<unit>years?|months?|decades?)\s{1,3}(?<dir>later|earlier)(?![\p{L}\p{N}'’])/giu;

function findCounted(text: DateText, out: Candidate[]) {
  const { body } = text;
  if (!mentionsAny(body, ["later", "earlier", "LATER", "EARLIER"])) return;
  for (const m of body.matchAll(COUNTED)) {
    const g = m.groups!;
    const n = numberValue(g.num);
    if (n === null || n === 0) continue;
    // (a year before in a comparison of figures: "compared with a year earlier", "from $9 million a year earlier")
    const around = body.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40);
    if (n === 1 && /[$€£%]|\bcents?\b|\ba share\b|\bfrom\b|\bcompared\b|\bearn(?:ed|ings)\b|\bprofit|\bloss/i.test(around)) continue;
    const decade = /^decade/i.test(g.unit);
    const unit = decade || /^year/i.test(g.unit) ? "year" : "month";
    const sign = g.dir.toLowerCase() === "later" ? 1 : -1;
    out.push({ start: m.index, end: m.index + m[0].length, spec: { t: "anaphor", unit, n: sign * n * (decade ? 10 : 1) }, rule: `anaphoric-counted-${unit}` });
  }
}

export function findAnaphoric(text: DateText, out: Candidate[]) {
  findCounted(text, out);
  const { body } = text;
  for (const form of FORMS) {
    if (form.gate && !mentionsAny(body, form.gate)) continue;
    for (const m of body.matchAll(form.re)) {
      if (!startsWord(body, m.index)) continue;
      const w = m.groups!.w.toLowerCase().replace(/\s+/g, " ");
      const unit = (m.groups!.unit.toLowerCase() || "day") as Unit;
      // "the same year" is as often a comparison ("the same year as the war"): only "the same day".
      if (w === "the same" && unit !== "day") continue;
      // "the next year" is as often a span ("will take the next year"); "the next day" is a date.
      if (w === "next" && unit !== "day") continue;
      // "later that year" needs its "that"; "later this year" is counted from now elsewhere.
      if ((w === "later" || w === "earlier") && !/\sthat\s/i.test(m[0])) continue;
      const p = layerTokensBefore(text, m.index, 24).pop();
      // "for the next year", "over the following week": spans of time, not dates.
      if (m[0].toLowerCase().startsWith("the") && p && SPAN_WORDS.has(p.lw) && !(p.lw === "in" && w === "following")) continue;
      out.push({ start: withPrep(text, m.index), end: m.index + m[0].length, spec: { t: "anaphor", unit, n: form.n(w) }, rule: `anaphoric-${unit}` });
    }
  }
}
