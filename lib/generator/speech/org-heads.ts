// "the ministry said", "the city said": a definite common noun standing for the one body of
// that kind the article named before. The head of a body's name is its last word ("Harbour
// Ministry"), or the word before "of" ("Ministry of Harbours"); a city or town speaks through
// its municipality or council.
import { ORG_WORDS } from "../text/lexicon";
import type { Entity } from "../types";

/** Nouns that stand for a body whose name is headed otherwise. */
const HEAD_ALIASES: Record<string, string[]> = {
  city: ["city", "municipality", "council"],
  town: ["town", "municipality", "council"],
};

function headOf(name: string): string {
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
  if (named.length <= 1) return named[0] ?? null;
  const recent = named.filter((e) => at - lastBefore(e, at) <= RECENT);
  return recent.length === 1 ? recent[0] : null;
}

function lastBefore(e: Entity, at: number): number {
  let last = -Infinity;
  for (const m of e.mentions) if (m.start < at) last = Math.max(last, m.start);
  return last;
}
