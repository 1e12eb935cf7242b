// "the ministry said", "the city said": a definite common noun standing for the one body of
// that kind the article named before. The head of a body's name is its last word ("Harbour
// Ministry"), or the word before "of" ("Ministry of Harbours"); a city or town speaks through
// its municipality or council.
import { ORG_WORDS } from "../text/lexicon";
import type { Entity } from "../types";

/** Nouns that stand for a body whose name is headed otherwise. */
const FIRM_HEADS = ["company", "corporation", "corp", "inc", "ltd", "llc", "plc", "co", "holdings", "industries", "group", "airlines", "airways", "motors", "systems", "technologies", "labs", "energy", "pharmaceuticals", "bank", "bancorp"];
const HEAD_ALIASES: Record<string, string[]> = {
  city: ["city", "municipality", "council"],
  town: ["town", "municipality", "council"],
  // "the group" for an association or a campaign, "the company" for a firm of any name
  group: ["group", "association", "coalition", "alliance", "federation", "union", "league", "society", "foundation", "institute", "network", "campaign", "movement", "organisation", "organization", "fund", "trust"],
  company: FIRM_HEADS,
  firm: FIRM_HEADS,
};

/** The nouns that stand for a body of any name ("the group", "the company"): a join measured apart. */
export const GENERIC_BODY_NOUNS = new Set(["group", "company", "firm"]);

export function headOf(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const of = words.indexOf("of");
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

/** The nouns a body's name may be called by ("the ministry" for "Ministry of Harbours"). */
export function isBodyNoun(noun: string): boolean {
  return ORG_WORDS.has(noun) || noun in HEAD_ALIASES;
}

/** How near a body's last mention must be for "the city" to mean it when the article named
 *  several of that kind: a definite noun picks the one just talked about, not one paragraphs back. */
const RECENT = 300;

/** The non-person entity named before `at` whose head the noun names: the only one, or the one
 *  mentioned just before when the others were last mentioned well before; else null. */
export function bodyNamedBefore(entities: Entity[], noun: string, at: number): Entity | null {
  const heads = HEAD_ALIASES[noun] ?? [noun];
  const named = entities.filter((e) => e.kind !== "person" && heads.includes(headOf(e.name)) && (e.mentions[0]?.start ?? Infinity) < at);
  const one = named.length <= 1 ? (named[0] ?? null) : onlyRecent(named, at);
  // A generic noun ("the company" for "Norvik Industries") means the body last named, whatever
  // its kind: when another body or outlet was named since, it may mean that one instead.
  if (one && GENERIC_BODY_NOUNS.has(noun) && headOf(one.name) !== noun && lastBody(entities, at) !== one) return null;
  return one;
}

function onlyRecent(named: Entity[], at: number): Entity | null {
  const recent = named.filter((e) => at - lastBefore(e, at) <= RECENT);
  return recent.length === 1 ? recent[0] : null;
}

function lastBody(entities: Entity[], at: number): Entity | null {
  let best: Entity | null = null;
  let bestAt = -Infinity;
  for (const e of entities) {
    if (e.kind === "person") continue;
    const last = lastBefore(e, at);
    if (last > bestAt) [best, bestAt] = [e, last];
  }
  return best;
}

function lastBefore(e: Entity, at: number): number {
  let last = -Infinity;
  for (const m of e.mentions) if (m.start < at) last = Math.max(last, m.start);
  return last;
}
