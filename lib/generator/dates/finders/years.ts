// Bare years: with a preposition, as a modifier of a common noun, in ranges and lists.
import type { Candidate } from "../model";
import { atSentenceStart, isCapitalised, tokensAfter, tokensBefore, type Tok } from "../context";
import { COUNT_NOUNS, RANGE_JOINERS, YEAR_DETERMINERS, YEAR_PREPS } from "../../text/lexicon";
import { TEXT_PREPS, withPrep } from "./shared";

const CHANGE_WORDS = new Set(["up", "down", "rose", "fell", "risen", "fallen", "increased", "decreased", "dropped", "climbed", "jumped", "grew", "declined", "rising", "falling", "compared", "cut", "raised", "reduced"]);
const WEAK_YEAR_PREPS = new Set(["from", "by", "of", "for", "to", "between", "and", "or"]);
/** Words before "to YEAR" that make it a point in the past reached back to. */
const REACH_BACK = new Set(["dating", "dates", "dated", "date", "back", "going", "stretching", "tracing"]);
const YEAR_SUBJECT_VERBS = new Set(["was", "is", "has", "had", "saw", "marked", "will", "would", "brought", "began", "ended", "proved", "became"]);

/** Bare years: "in 2012", "since 1961", "the 2016 census", "from 2003 to 2007", "mid-2023". */
export function findYears(body: string, out: Candidate[]) {
  const re = /(?<![\p{L}\p{N}$£€¥#@&+_])(1\d{3}|20\d{2})(['’]s)?(?![\p{L}\p{N}_%]|[.,:/]\d)/gu;
  for (const m of body.matchAll(re)) {
    const y = +m[1];
    const start = m.index;
    const yEnd = start + m[1].length;
    const before1 = body[start - 1] ?? "";
    const before2 = body[start - 2] ?? "";
    if (/[.,/:]/.test(before1) && /\p{N}/u.test(before2)) continue; // "1,2000", "3.1999"
    if (m[2] && m[1].endsWith("0")) continue; // "1960's" is a decade
    const after = body.slice(yEnd, yEnd + 8);
    if (/^\s?[-–]\s?\d{2}(?!\d)/.test(after)) continue; // "2024-25": a season or fiscal year
    if (/^\s?(?:percent|per cent|%)/i.test(after)) continue;
    const next = tokensAfter(body, yEnd + (m[2]?.length ?? 0), 24)[0];
    if (next?.word && COUNT_NOUNS.has(next.lw)) continue;
    const prev = tokensBefore(body, start, 32);
    const p = prev[prev.length - 1];
    const pp = prev[prev.length - 2];

    if (p?.w === "-" && pp?.lw === "mid" && p.end === start) {
      out.push({ start: withPrep(body, pp.start), end: yEnd, spec: { t: "y", y }, rule: "year-mid" });
      continue;
    }
    // "dating to 1994", "back to 1987": a year the past reaches to.
    if (p?.lw === "to" && pp?.word && REACH_BACK.has(pp.lw)) {
      out.push({ start: p!.start, end: yEnd, spec: { t: "y", y }, rule: "year-prep" });
      continue;
    }
    // A range's second end: "2003–2007", "from 2003 to 2007", "between 2005 and 2008"; a list
    // item after another year ("in 2005, 2006 and 2008").
    if (p && (RANGE_JOINERS.has(p.lw) || (p.w === "," && pp && /^\d{4}$/.test(pp.w)))) {
      out.push({ start, end: yEnd, spec: { t: "y", y }, rule: "year-range-end", needsRange: true });
      continue;
    }
    let lw = p?.word ? p.lw : "";
    if (lw === "of" && pp?.lw === "as") lw = "as of";
    // "up from 1200", "rose to 1500": after a verb of change the number is an amount.
    if ((lw === "from" || lw === "to" || lw === "by") && pp?.word && CHANGE_WORDS.has(pp.lw)) continue;
    // Weak prepositions also take counts ("of 1200 cases"): only years from 1700 on.
    if (WEAK_YEAR_PREPS.has(lw) && y < 1700) continue;
    if (YEAR_PREPS.has(lw)) {
      if (lw === "early" || lw === "late" || lw === "mid") {
        out.push({ start: withPrep(body, p!.start), end: yEnd, spec: { t: "y", y }, rule: "year-part" });
      } else {
        const s = lw === "year" ? start : lw === "as of" ? pp!.start : TEXT_PREPS.has(lw) ? p!.start : start;
        out.push({ start: s, end: yEnd, spec: { t: "y", y }, rule: "year-prep" });
      }
      continue;
    }
    // "the 2016 census", "his 1979 novel", "the 2016 U.S. presidential election": a year modifying
    // a noun. When the noun phrase ends in a capitalised word ("the 1994 Clean Air Act", "the 1972
    // Olympics") the year is part of a name; it still dates the thing named, under its own rule.
    const possessive = p?.word && /['’]s$/.test(p.w);
    if ((YEAR_DETERMINERS.has(lw) || possessive) && y >= 1800 && next?.word) {
      out.push({ start, end: yEnd, spec: { t: "y", y }, rule: nounPhraseIsName(body, yEnd) ? "year-in-name" : "year-modifier" });
      continue;
    }
    // "in both 1990 and 1991": the first year of a pair.
    if (lw === "both" && /^\s{1,3}and\s{1,3}(?:1\d{3}|20\d{2})(?!\d)/.test(body.slice(yEnd, yEnd + 12))) {
      out.push({ start, end: yEnd, spec: { t: "y", y }, rule: "year-prep" });
      continue;
    }
    // A year opening a sentence as its subject: "2012 was a record year."
    if (y >= 1800 && atSentenceStart(body, start) && next?.word && YEAR_SUBJECT_VERBS.has(next.lw)) {
      out.push({ start, end: yEnd, spec: { t: "y", y }, rule: "year-subject", weak: true });
      continue;
    }
    // A range's first end without a preposition: "2003–2007".
    if (/^\s?[–-]\s?(1\d{3}|20\d{2})(?!\d)/.test(after) && !isCapitalised(next)) {
      out.push({ start, end: yEnd, spec: { t: "y", y }, rule: "year-range-start" });
    }
  }
}

const NP_STOPS = new Set(["of", "in", "at", "on", "for", "and", "or", "with", "to", "by", "from", "as", "that", "which", "who", "was", "were", "is", "are", "has", "had", "have", "will", "would", "said", "says"]);

/** Does the noun phrase after a year end in a capitalised word (a name)? Reads at most six words. */
function nounPhraseIsName(body: string, from: number): boolean {
  const toks = tokensAfter(body, from, 64);
  let last: Tok | null = null;
  let words = 0;
  for (const t of toks) {
    if (!t.word) {
      // Dots inside initials ("U.S.") and hyphens inside compounds do not end the phrase.
      if ((t.w === "." || t.w === "-") && last && last.end === t.start) continue;
      break;
    }
    if (NP_STOPS.has(t.lw) || COUNT_NOUNS.has(t.lw)) break;
    last = t;
    if (++words >= 6) break;
  }
  return last === null || /^\p{Lu}/u.test(last.w);
}
