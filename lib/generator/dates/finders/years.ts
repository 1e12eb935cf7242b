// Bare years: with a preposition, as a modifier of a common noun, in ranges and lists.
import type { Candidate } from "../model";
import { atSentenceStart, isCapitalised, layerTokensAfter, layerTokensBefore, type Tok, type DateText } from "../context";
import { COUNT_NOUNS, RANGE_JOINERS, YEAR_DETERMINERS, YEAR_PREPS } from "../../text/lexicon";
import { TEXT_PREPS, withPrep } from "./shared";

const CHANGE_WORDS = new Set(["up", "down", "rose", "fell", "risen", "fallen", "increased", "decreased", "dropped", "climbed", "jumped", "grew", "declined", "rising", "falling", "compared", "cut", "raised", "reduced"]);
const WEAK_YEAR_PREPS = new Set(["from", "by", "of", "for", "to", "between", "and", "or"]);
/** Words before "to YEAR" that make it a point in the past reached back to. */
const REACH_BACK = new Set(["dating", "dates", "dated", "date", "back", "going", "stretching", "tracing"]);
const YEAR_SUBJECT_VERBS = new Set(["was", "is", "has", "had", "saw", "marked", "will", "would", "brought", "began", "ended", "proved", "became"]);

/** A four-digit number and the words around it, read once for every year rule. */
type YearCtx = { text: DateText; body: string; y: number; start: number; yEnd: number; after: string; next: Tok | undefined; p: Tok | undefined; pp: Tok | undefined; lw: string };
/** A rule's verdict: a date, "not a date" (stop), or null (not this rule's pattern). */
type YearRule = (c: YearCtx) => Candidate | "stop" | null;

const year = (c: YearCtx, start: number, rule: string, extra: Partial<Candidate> = {}): Candidate => ({ start, end: c.yEnd, spec: { t: "y", y: c.y }, rule, ...extra });

/** "1,2000", "3.1999", "1960's", "2024-25", "2000 percent", "2000 people": numbers, not years. */
function notAYear(text: DateText, m: RegExpMatchArray, start: number, yEnd: number, next: Tok | undefined): boolean {
  const { body } = text;
  if (/[.,/:]/.test(body[start - 1] ?? "") && /\p{N}/u.test(body[start - 2] ?? "")) return true;
  if (m[2] && m[1].endsWith("0")) return true; // a decade
  const after = body.slice(yEnd, yEnd + 8);
  if (/^\s?[-–]\s?\d{2}(?!\d)/.test(after)) return true; // a season or fiscal year
  if (/^\s?(?:percent|per cent|%)/i.test(after)) return true;
  return !!next?.word && COUNT_NOUNS.has(next.lw);
}

/** The "as" that opens "as early as": three words before the year. */
function asBefore(c: YearCtx): boolean {
  const prev = layerTokensBefore(c.text, c.start, 32);
  return prev[prev.length - 3]?.lw === "as";
}

const YEAR_RULES: YearRule[] = [
  (c) => (c.p?.w === "-" && c.pp?.lw === "mid" && c.p.end === c.start ? year(c, withPrep(c.text, c.pp.start), "year-mid") : null),
  // "dating to 1994", "back to 1987": a year the past reaches to.
  (c) => (c.p?.lw === "to" && c.pp?.word && REACH_BACK.has(c.pp.lw) ? year(c, c.p.start, "year-prep") : null),
  // A range's second end: "2003–2007", "from 2003 to 2007", "between 2005 and 2008"; a list item
  // after another year ("in 2005, 2006 and 2008").
  (c) => (c.p && (RANGE_JOINERS.has(c.p.lw) || (c.p.w === "," && c.pp && /^\d{4}$/.test(c.pp.w))) ? year(c, c.start, "year-range-end", { needsRange: true }) : null),
  // "up from 1200", "rose to 1500": after a verb of change the number is an amount.
  (c) => ((c.lw === "from" || c.lw === "to" || c.lw === "by") && c.pp?.word && CHANGE_WORDS.has(c.pp.lw) ? "stop" : null),
  // Weak prepositions also take counts ("of 1200 cases"): only years from 1700 on.
  (c) => (WEAK_YEAR_PREPS.has(c.lw) && c.y < 1700 ? "stop" : null),
  // "as early as 2019", "as late as 1990", "as soon as 2026": a year given as a limit.
  (c) => (c.lw === "as" && c.pp?.word && /^(?:early|late|soon)$/.test(c.pp.lw) && asBefore(c) ? year(c, c.start, "year-limit") : null),
  (c) => {
    if (!YEAR_PREPS.has(c.lw)) return null;
    if (c.lw === "early" || c.lw === "late" || c.lw === "mid") return year(c, withPrep(c.text, c.p!.start), "year-part");
    return year(c, c.lw === "year" ? c.start : c.lw === "as of" ? c.pp!.start : TEXT_PREPS.has(c.lw) ? c.p!.start : c.start, "year-prep");
  },
  // "the 2016 census", "his 1979 novel": a year modifying a noun. When the noun phrase ends in a
  // capitalised word ("the 1994 Clean Air Act") the year is part of a name; it still dates the
  // thing named, under its own rule.
  (c) => {
    const possessive = c.p?.word && /['’]s$/.test(c.p.w);
    if (!((YEAR_DETERMINERS.has(c.lw) || possessive) && c.y >= 1800 && c.next?.word)) return null;
    return year(c, c.start, nounPhraseIsName(c.text, c.yEnd) ? "year-in-name" : "year-modifier");
  },
  // "in both 1990 and 1991": the first year of a pair.
  (c) => (c.lw === "both" && /^\s{1,3}and\s{1,3}(?:1\d{3}|20\d{2})(?!\d)/.test(c.body.slice(c.yEnd, c.yEnd + 12)) ? year(c, c.start, "year-prep") : null),
  // A year opening a sentence as its subject: "2012 was a record year."
  (c) => (c.y >= 1800 && atSentenceStart(c.body, c.start) && c.next?.word && YEAR_SUBJECT_VERBS.has(c.next.lw) ? year(c, c.start, "year-subject", { weak: true }) : null),
  // A range's first end without a preposition: "2003–2007".
  (c) => (/^\s?[–-]\s?(1\d{3}|20\d{2})(?!\d)/.test(c.after) && !isCapitalised(c.next) ? year(c, c.start, "year-range-start") : null),
];

/** Bare years: "in 2012", "since 1961", "the 2016 census", "from 2003 to 2007", "mid-2023". */
export function findYears(text: DateText, out: Candidate[]) {
  const { body } = text;
  const re = /(?<![\p{L}\p{N}$£€¥#@&+_])(1\d{3}|20\d{2})(['’]s)?(?![\p{L}\p{N}_%]|[.,:/]\d)/gu;
  for (const m of body.matchAll(re)) {
    const start = m.index;
    const yEnd = start + m[1].length;
    const next = layerTokensAfter(text, yEnd + (m[2]?.length ?? 0), 24)[0];
    if (notAYear(text, m, start, yEnd, next)) continue;
    const prev = layerTokensBefore(text, start, 32);
    const p = prev[prev.length - 1];
    const pp = prev[prev.length - 2];
    let lw = p?.word ? p.lw : "";
    if (lw === "of" && pp?.lw === "as") lw = "as of";
    const c: YearCtx = { text, body, y: +m[1], start, yEnd, after: body.slice(yEnd, yEnd + 8), next, p, pp, lw };
    for (const rule of YEAR_RULES) {
      const found = rule(c);
      if (found === "stop") break;
      if (found) { out.push(found); break; }
    }
  }
}

const NP_STOPS = new Set(["of", "in", "at", "on", "for", "and", "or", "with", "to", "by", "from", "as", "that", "which", "who", "was", "were", "is", "are", "has", "had", "have", "will", "would", "said", "says"]);

/** Does the noun phrase after a year end in a capitalised word (a name)? Reads at most six words. */
function nounPhraseIsName(text: DateText, from: number): boolean {
  const toks = layerTokensAfter(text, from, 64);
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
