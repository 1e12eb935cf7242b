// Kinds of the names: multi-word names first, so single words can join them as surnames
// (or first names, acronyms, one-letter surname typos); a multi-word name with no evidence of
// its own becomes a person when its surname acts alone as a subject.
import { KIN_WORDS, NAME_PARTICLES, NAME_SUFFIXES, SPEECH_VERBS, TITLE_JOINERS } from "./text/lexicon";
import type { Token } from "./text/tokens";
import { isAllCaps, particlesBefore } from "./entity-chunks";
import type { Evidence } from "./entity-evidence";
import type { EntityKind } from "./types";

type Groups = Map<string, Evidence>;
type Index = { bySurname: Map<string, string[]>; byFirst: Map<string, string[]>; byAlias: Map<string, string> };
export type Kinds = { kinds: Map<string, EntityKind | null>; merged: Map<string, string> };

const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** The kind a name's evidence makes, or null (a place, an event, a product: no entity). */
export function decide(g: Evidence): EntityKind | null {
  if (g.thing > 0) return null;
  // (a word only ever modifying a role before a name is no entity: "Council member Rita Osei")
  if (g.tokens === 1 && g.roleLead === g.chunks.length && g.speaks === 0 && g.aliases.size === 0) return null;
  if (g.outlet >= 2 && g.outlet >= g.person) return "outlet";
  // (no person's name has an ampersand, "Harmon & Voss" is a firm, nor a capitalised
  // preposition inside it: "Doctors Without Borders")
  if (g.org >= 2 || g.name.includes("&") || titleJoinerInside(g.name)) return "organisation";
  if (g.person >= 2 && g.place < 2) return "person";
  if (g.speaks > 0) {
    // A speaker with no other cue: a plain two- or three-word name is a person, else a body.
    // (dotted initials open a person's name too: "A.J. Berg"; "U.S. Navy" has its body word)
    const first = g.name.split(/\s+/)[0];
    const plain = g.tokens > 1 && g.tokens <= 4 && g.afterThe === 0 && g.org < 1 && g.place < 2 && g.outlet < 1 && (!isAllCaps(first) || DOTTED_INITIALS.test(first));
    return plain || g.person >= 0.5 ? "person" : "organisation";
  }
  if (g.aliases.size > 0) return "organisation";
  return null;
}

function titleJoinerInside(name: string): boolean {
  return name.split(/\s+/).slice(1, -1).some((w) => /^\p{Lu}/u.test(w) && TITLE_JOINERS.has(w.toLowerCase()));
}

/** The surname of a name (lower case): its last word before a generational suffix ("smith" of "john smith jr"). */
export function surnameOf(key: string): string {
  const parts = key.split(/\s+/);
  let end = parts.length;
  while (end > 1 && NAME_SUFFIXES.has(parts[end - 1].replace(/\.$/, ""))) end--;
  return parts[end - 1];
}

/** Surnames and first names of people; parenthetical acronyms of any entity. */
function nameIndex(groups: Groups, kinds: Map<string, EntityKind | null>, multi: Array<[string, Evidence]>, kin: Set<string>): Index {
  const bySurname = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  const byAlias = new Map<string, string>();
  const first = new Map(multi.map(([key, g]) => [key, g.first]));
  for (const [key] of multi) {
    if (kinds.get(key) === "person") {
      const parts = key.split(/\s+/);
      const last = surnameOf(key);
      // ("Rep. Duncan Hunter … His father, Duncan Hunter Sr.": "Hunter" alone is the one named
      // first, so the suffixed name introduced after the plain one takes no lone surname)
      const plain = parts.slice(0, -1).join(" ");
      if (parts.length > 2 && NAME_SUFFIXES.has(parts[parts.length - 1].replace(/\.$/, "")) && kinds.get(plain) === "person" && (first.get(plain) ?? Infinity) < (first.get(key) ?? -1)) continue;
      if (kin.has(key)) continue;
      bySurname.set(last, [...(bySurname.get(last) ?? []), key]);
      byFirst.set(parts[0], [...(byFirst.get(parts[0]) ?? []), key]);
    }
  }
  for (const [key, g] of groups) for (const a of g.aliases) byAlias.set(a.toLowerCase(), key);
  return { bySurname, byFirst, byAlias };
}

/** A single word that is some person's surname (first name, acronym, typo) joins that name; else it gets its own kind. */
function mergeSingles(single: Array<[string, Evidence]>, ix: Index, out: Kinds): void {
  const { bySurname, byFirst, byAlias } = ix;
  const { kinds, merged } = out;
  for (const [key, g] of single) {
    const alias = byAlias.get(key);
    const sur = bySurname.get(key);
    if (alias && alias !== key) {
      merged.set(key, alias);
      continue;
    }
    if (sur && sur.length === 1) {
      merged.set(key, sur[0]);
      continue;
    }
    const first = byFirst.get(key);
    if (!sur && first && first.length === 1 && g.person < 2 && g.org < 2 && g.outlet < 2) {
      merged.set(key, first[0]);
      continue;
    }
    // A speaker's surname misspelt by one letter ("Olsen" as "Olson"), when only one person fits.
    const typo = g.speaks > 0 && g.org < 2 && g.outlet < 2 ? typoSurname(key, bySurname) : null;
    if (typo) {
      merged.set(key, typo);
      continue;
    }
    kinds.set(key, decide(g));
  }
}

/** Multi-word names that no cue made a person but whose surname acts alone as a subject. */
function promoteBySurname(tokens: Token[], groups: Groups, multi: Array<[string, Evidence]>, bySurname: Map<string, string[]>, out: Kinds): void {
  const { kinds, merged } = out;
  for (const [key, g] of multi) {
    if (kinds.get(key) !== null || g.place >= 2 || g.afterThe > 0) continue;
    const last = surnameOf(key);
    const alone = groups.get(last);
    if (alone && alone.tokens === 1 && !merged.has(last) && (bySurname.get(last)?.length ?? 0) === 0) {
      if (kinds.get(last) === "person") {
        kinds.set(key, "person");
        merged.set(last, key);
        kinds.delete(last);
        continue;
      }
      let subjectUses = 0;
      for (const c of alone.chunks) {
        // ("van der Berg said": the surname's particles come with it)
        const before = tokens[particlesBefore(tokens, c.from) - 1];
        const after = tokens[c.to];
        const afterQuote = !!before && /^["”’]$/.test(before.text) && !!after && SPEECH_VERBS.has(after.lower); // "…,” X said
        if (((!before || before.sentence !== tokens[c.from].sentence || before.text === ",") && after?.word && !after.cap) || afterQuote) subjectUses++;
      }
      // A plain two- or three-word name whose surname speaks alone needs only that one cue.
      const plain = key.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w)).length <= 3 && g.org === 0 && g.outlet === 0 && g.place === 0 && alone.org === 0 && alone.outlet === 0;
      if (subjectUses + g.person + alone.speaks >= (plain && alone.speaks > 0 ? 1 : 2)) {
        kinds.set(key, "person");
        merged.set(last, key);
        kinds.delete(last);
      }
    }
  }
}

export function decideKinds(tokens: Token[], groups: Groups): Kinds {
  const out: Kinds = { kinds: new Map(), merged: new Map() };
  const multi = [...groups.entries()].filter(([, g]) => g.tokens > 1);
  const single = [...groups.entries()].filter(([, g]) => g.tokens === 1);
  for (const [key, g] of multi) out.kinds.set(key, decide(g));
  mergeDoubleSurnames(groups, multi, out);
  const ix = nameIndex(groups, out.kinds, multi, relativesOfPrincipals(tokens, multi, out));
  mergeSingles(single, ix, out);
  promoteBySurname(tokens, groups, multi, ix.bySurname, out);
  promoteByTypo(groups, multi, out);
  return out;
}

/** "Ellis Grant … His daughter, Ruth Grant, said …": a person introduced as someone's kin
 *  ("his daughter", "Grant's wife") who shares the surname of a name introduced earlier is that
 *  person's relative. The earlier name is a person (the one the possessive points to), and the
 *  relative gives up the lone surname: "Grant was born in Memphis" is the principal. (Not
 *  "Patricia Smith, mother of Sean Smith": there the relative is the one the story follows.)
 *  Returns the relatives. */
function relativesOfPrincipals(tokens: Token[], multi: Array<[string, Evidence]>, out: Kinds): Set<string> {
  const kin = new Set<string>();
  const plain = (key: string, g: Evidence) => g.org === 0 && g.outlet === 0 && g.place < 2 && g.afterThe === 0 && key.split(/\s+/).length <= 3 && !out.merged.has(key);
  for (const [key, g] of multi) {
    if (out.kinds.get(key) !== "person" || !plain(key, g) || !g.chunks[0] || !introducedAsKin(tokens, g.chunks[0].from)) continue;
    const sur = surnameOf(key);
    const principals = multi.filter(([k, p]) => k !== key && surnameOf(k) === sur && p.first < g.first && plain(k, p) && [null, "person"].includes(out.kinds.get(k) ?? null));
    if (principals.length !== 1) continue;
    out.kinds.set(principals[0][0], "person");
    kin.add(key);
  }
  return kin;
}

/** A kin word right before the name (a comma between allowed), led by a possessive: "His
 *  daughter, Ruth Grant", "Trump's son Eric Trump", "her late husband, Tom Berg". */
function introducedAsKin(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.text === ",") k--;
  if (!tokens[k]?.word || tokens[k].cap || !KIN_WORDS.has(tokens[k].lower)) return false;
  for (let b = k - 1; b >= 0 && b >= k - 3; b--) {
    const t = tokens[b];
    if (!t.word || t.sentence !== tokens[k].sentence) return false;
    if (t.possessive || /^(?:his|her|their)$/.test(t.lower)) return true;
  }
  return false;
}

/** "Arce Vargas" after "Luis Arce Vargas", "García Márquez" after "Gabriel García Márquez": a
 *  two-word name that ends exactly one longer name is that person's double surname, when one of
 *  the two is a person and neither has a body's or a place's evidence. */
function mergeDoubleSurnames(groups: Groups, multi: Array<[string, Evidence]>, out: Kinds): void {
  const { kinds, merged } = out;
  const plain = (g: Evidence) => g.org === 0 && g.outlet === 0 && g.place < 2;
  // Names of three words or more by their last two ("arce vargas" → "luis arce vargas").
  const byTail = new Map<string, Array<[string, Evidence]>>();
  for (const entry of multi) {
    const words = entry[0].split(/\s+/);
    if (words.length < 3) continue;
    const tail = words.slice(-2).join(" ");
    byTail.set(tail, [...(byTail.get(tail) ?? []), entry]);
  }
  for (const [key, g] of multi) {
    if (key.split(/\s+/).length !== 2 || merged.has(key) || !plain(g)) continue;
    // (a last word that also stands alone, "Trump" beside "Donald Trump", is a plain surname: the
    // two words are a first name and a surname, and "Crooked Donald Trump" no fuller name of his)
    if (groups.get(surnameOf(key))?.tokens === 1) continue;
    const longer = (byTail.get(key) ?? []).filter(([k]) => !merged.has(k));
    if (longer.length !== 1 || !plain(longer[0][1]) || longer[0][1].first > g.first) continue;
    const full = longer[0][0];
    const kinds2 = [kinds.get(key), kinds.get(full)];
    if (!kinds2.includes("person") || !kinds2.every((k) => k === "person" || k === null)) continue;
    kinds.set(full, "person");
    merged.set(key, full);
    kinds.delete(key);
  }
}

/** A multi-word name no cue made a person, when a lone speaking surname is a misspelling of its
 *  last word ("Lydia Buchtmann for the agency says …" then "… Ms Bauchtman said"): the speaker
 *  is that person, provided exactly one such name fits. */
function promoteByTypo(groups: Groups, multi: Array<[string, Evidence]>, out: Kinds): void {
  const { kinds, merged } = out;
  const open = multi.filter(([key, g]) => kinds.get(key) === null && !merged.has(key) && g.place < 2 && g.afterThe === 0 && g.org === 0 && g.outlet === 0 && g.tokens <= 3);
  const bySurname = new Map<string, string[]>();
  for (const [key] of open) {
    const last = surnameOf(key);
    bySurname.set(last, [...(bySurname.get(last) ?? []), key]);
  }
  for (const [key, g] of groups) {
    if (g.tokens !== 1 || merged.has(key) || kinds.get(key) !== "person" || g.speaks === 0) continue;
    const full = typoSurname(key, bySurname);
    if (!full) continue;
    kinds.set(full, "person");
    merged.set(key, full);
    kinds.delete(key);
  }
}

/** Same first letter and one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Edit distance (insert, delete, change) between two words, or `cap + 1` once it exceeds `cap`. */
function editsApart(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length];
}

/** A misspelling the length of the name allows: one edit in a short surname, two in a long one
 *  (eight letters or more: a dropped letter and a doubled one are one slip of the typist). */
function typoOf(word: string, surname: string): boolean {
  if (word[0] !== surname[0] || word === surname) return false;
  if (oneEditApart(word, surname)) return true;
  return Math.min(word.length, surname.length) >= 8 && editsApart(word, surname, 2) <= 2;
}

/** The one person whose surname is a likely misspelling of `word` (five letters or more), if exactly one. */
function typoSurname(word: string, bySurname: Map<string, string[]>): string | null {
  if (word.length < 5) return null;
  let found: string | null = null;
  for (const [sur, keys] of bySurname) {
    if (sur.length < 5 || !typoOf(word, sur)) continue;
    if (found || keys.length !== 1) return null;
    found = keys[0];
  }
  return found;
}
