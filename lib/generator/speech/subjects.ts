// Who stands in subject position before a speech verb, or right after an inverted one:
// a named entity, a pronoun, an unnamed voice ("a spokesman"), a raw capitalised name.
import { GENERIC_BODY_NOUNS, bodyNamedBefore, headOf, isBodyNoun } from "./org-heads";
import {
  CALENDAR_WORDS, CONJUNCTIONS as CONJ, DETERMINERS, DOTTED_TITLES, GROUP_NOUNS, OPENER_WORDS, OUTLET_NOUNS, PREPOSITIONS, PRONOUNS, PROXY_NOUNS,
  AGE_ADJECTIVE, DEMONYMS, ROLE_MODIFIERS, ROLE_WORDS, SPEECH_VERBS, TITLE_ABBREVIATIONS, TIME_SKIP, VERB_FILLERS,
} from "../text/lexicon";
import { opensClause, pastShortQuote, placeBeforeComma, type Ctx, type Mention, type SubjectRef } from "./ctx";
import type { Entity } from "../types";

/** Words that never lead a role phrase before a name. */
const FUNCTION_WORDS = new Set([...PREPOSITIONS, ...VERB_FILLERS, ...CONJ, ...PRONOUNS, ...SPEECH_VERBS, "that", "which", "who", "when", "while", "because", "then", "after", "before"]);

const RELATIVES = new Set(["who", "whom", "whose", "which", "that"]);

/** Words that open an indefinite noun phrase: "a", "one", "another" adviser. */
const INDEFINITE = new Set(["a", "an", "one", "another", "some"]);

/** A lower-case content word at `x` that carries on a noun phrase ("Olsen adviser"). */
function nounHeadAt(ctx: Ctx, x: number): boolean {
  const t = ctx.tokens[x];
  return !!t && t.word && !t.cap && !ctx.inQuote[x] && !FUNCTION_WORDS.has(t.lower) && /^[a-z][a-z-]{2,}$/.test(t.lower);
}

type SubjectRule = (ctx: Ctx, k: number, floor: number) => SubjectRef | null;

/** A mention as the subject a cue names. */
export const ref = (m: Mention): SubjectRef => ({ kind: "entity", entity: m.entity, from: m.from, to: m.to });

/** Nouns and adjectives that end like an adverb ("the Olsen family said"). */
const LY_NOUNS = new Set(["family", "ally", "assembly", "rally", "supply", "daily", "weekly", "monthly", "quarterly", "yearly", "anomaly", "monopoly", "bully", "belly", "jelly", "lily", "holly", "homily", "friendly", "elderly", "likely", "only"]);

/** "Olsen initially said", "Olsen quietly added": an adverb of manner or time in -ly. */
function lyAdverb(t: { word: boolean; cap: boolean; lower: string }): boolean {
  return t.word && !t.cap && /^[a-z]{3,}ly$/.test(t.lower) && !LY_NOUNS.has(t.lower);
}

/** Skips fillers, times and numbers between a subject and its verb ("Olsen on Monday said"),
 *  and a short parenthetical after the name ("Jane Doe (D-Westland) said"). */
function skipFillers(ctx: Ctx, v: number, floor: number): number {
  let k = v - 1;
  for (let skipped = 0; k >= floor && skipped < 6; skipped++, k--) {
    const t = ctx.tokens[k];
    if (t.text === ")") {
      const open = parenOpen(ctx, k, floor);
      if (open < 0) break;
      k = open;
      continue;
    }
    if (!t.word || ctx.mentionEnd.has(k)) break;
    if (wentOnTo(ctx, k, floor)) { k -= 2; continue; }
    if (!(VERB_FILLERS.has(t.lower) || lyAdverb(t) || TIME_SKIP.has(t.lower) || CALENDAR_WORDS.has(t.lower) || /^\d+$/.test(t.text))) break;
  }
  return k;
}

/** "Olsen went on to say": "went on to" before the verb carries on the subject's speech. */
const GO_FORMS = new Set(["went", "goes", "go", "going"]);
function wentOnTo(ctx: Ctx, k: number, floor: number): boolean {
  return k - 2 >= floor && ctx.tokens[k].lower === "to" && ctx.tokens[k - 1].lower === "on" && GO_FORMS.has(ctx.tokens[k - 2].lower);
}

/** The "(" of a parenthetical of at most six tokens that closes at k, or -1. */
function parenOpen(ctx: Ctx, k: number, floor: number): number {
  for (let j = k - 1; j >= floor && j >= k - 7; j--) {
    if (ctx.tokens[j].text === "(") return j > floor && ctx.mentionEnd.has(j - 1) ? j : -1;
    // (a stop may sit inside: "(D-Nev.)")
    if (ctx.inQuote[j] || /^[;:!?,)]$/.test(ctx.tokens[j].text)) return -1;
  }
  return -1;
}

const SUBORDINATORS = new Set(["after", "before", "since", "until"]);

/** A mention right before the verb, unless it is a prepositional object ("a spokesman for X"). */
const mentionSubject: SubjectRule = (ctx, k, floor) => {
  const m = ctx.mentionEnd.get(k);
  if (!m) return null;
  let pi = m.from - 1;
  while (pi >= floor && pi > m.from - 4 && ctx.tokens[pi].word && (ctx.tokens[pi].possessive || ctx.tokens[pi].lower === "the" || (ctx.tokens[pi].cap && !PREPOSITIONS.has(ctx.tokens[pi].lower)))) pi--;
  const p = ctx.tokens[pi];
  // "White voters embracing Olsen announced": a name right after a participle is its object.
  if (p && p.word && !p.cap && pi >= floor && p.lower.endsWith("ing") && p.lower.length > 5 && !SPEECH_VERBS.has(p.lower)) return { kind: "unnamed", from: m.from };
  // "Lind said after Olsen argued that …": after, before, since and until also open a clause,
  // and a name right before that clause's verb is its subject.
  if (p && p.word && PREPOSITIONS.has(p.lower) && pi >= floor && !SUBORDINATORS.has(p.lower) && !ownRoleBefore(ctx, m)) {
    // "Judge Jane Doe of the District Court said": the titled person before "of" speaks.
    const owner = personBeforeOf(ctx, pi, floor);
    if (owner) return ref(owner);
    if (documentFrom(ctx, pi, floor)) return ref(m);
    if (!(p.lower === "to" && ctx.tokens[pi - 1]?.lower === "according")) return { kind: "unnamed", from: m.from };
  }
  return ref(m);
};

/** The person named right before the "of" at token `of` ("Jane Doe of the Court"), if any. */
function personBeforeOf(ctx: Ctx, of: number, floor: number): Mention | null {
  if (ctx.tokens[of]?.lower !== "of" || of - 1 < floor) return null;
  const owner = ctx.mentionEnd.get(of - 1);
  return owner && owner.entity.kind === "person" ? owner : null;
}

/** Words a body issues in its own name: "a statement from the Rail Union said" is the union's. */
const ISSUED = new Set(["statement", "release", "communique", "communiqué", "declaration"]);

/** "A statement from/by X said": the preposition at pi follows a statement noun, so X speaks
 *  (not "a spokesman for X": a proxy speaks for X, and the gold does not credit X). */
function documentFrom(ctx: Ctx, pi: number, floor: number): boolean {
  const p = ctx.tokens[pi].lower;
  const noun = ctx.tokens[pi - 1];
  return (p === "from" || p === "by") && pi - 1 >= floor && !!noun && ISSUED.has(noun.lower);
}

/** "CEO of the Refugee Council Enver Solomon said": the preposition lies inside the person's
 *  own role, written right before the name. */
function ownRoleBefore(ctx: Ctx, m: Mention): boolean {
  const role = m.entity.role;
  if (!role || !/\s/.test(role)) return false;
  const start = ctx.tokens[m.from].start;
  return ctx.body.slice(Math.max(0, start - role.length - 1), start).trimEnd().endsWith(role);
}

/** "The minister, Jane Doe, said" / "A neighbour, 81-year-old Edith Monroe, said" / "Her colleague, Professor Adam Chu, described": the name is the appositive. */
const apposedName: SubjectRule = (ctx, k, floor) => {
  if (ctx.tokens[k].text !== ",") return null;
  const named = ctx.mentionEnd.get(k - 1);
  if (!named || k - 1 < floor) return null;
  let c = named.from - 1;
  // (a title's dot is no break: "Its president, Prof. Helen Ames, said")
  const titleDot = (x: number) => ctx.tokens[x].text === "." && DOTTED_TITLES.has(ctx.tokens[x - 1]?.lower ?? "");
  while (c >= floor && c > named.from - 5 && ((ctx.tokens[c].word && (ctx.tokens[c].cap || ROLE_WORDS.has(ctx.tokens[c].lower) || AGE_ADJECTIVE.test(ctx.tokens[c].lower))) || titleDot(c))) c--;
  if (ctx.tokens[c]?.text !== ",") return null;
  // "in Westport, Harbourland, said": a place after a place named by a preposition is no
  // appositive; a body the article names is no place ("A spokeswoman for Pixelwave, Dana Ortiz, said").
  const body = ctx.mentionEnd.get(c - 1)?.entity;
  return placeBeforeComma(ctx, c, floor, 3) && !(body && body.kind !== "person") ? null : ref(named);
};

/** "X, a spokesman for Y, said" / "X, who …, said". An appositive may hold commas and names of
 *  its own ("X, director at the University of Y, Z, said"): a name opening the clause wins. */
const beforeAppositive: SubjectRule = (ctx, k, floor) => {
  if (ctx.tokens[k].text !== ",") return null;
  let nearest: SubjectRef | null = null;
  for (let c = k - 1; c >= floor && c >= k - 45; c--) {
    // (a short quotation inside the appositive is a name: "Bill Eastland, wearing “Ted Cruz” pins, said")
    if (ctx.inQuote[c]) {
      const before = pastShortQuote(ctx, c, -1);
      if (before < floor) break;
      c = before + 1;
      continue;
    }
    if (/^[.;:!?]$/.test(ctx.tokens[c].text) && !abbreviationDot(ctx, c)) break;
    if (ctx.tokens[c].text !== ",") continue;
    const named = ctx.mentionEnd.get(c - 1);
    if (named && c - 1 >= floor) {
      // ("Professor Holm of Uppsala University, who …, said": the person, not the body she is of)
      const before = personBeforeOf(ctx, ctx.tokens[named.from - 1]?.lower === "the" ? named.from - 2 : named.from - 1, floor) ?? named;
      if (opensClause(ctx, before.from, floor)) return ref(before);
      // ("An article about Tashfeen Malik, one of …, reported": a preposition's object is no subject)
      if (!afterPreposition(ctx, before.from)) nearest ??= ref(before);
      continue;
    }
    if (c - 1 >= floor && PRONOUNS.has(ctx.tokens[c - 1].lower)) return nearest ?? { kind: "pronoun", pronoun: ctx.tokens[c - 1].lower, from: c - 1 };
  }
  return nearest;
};

function afterPreposition(ctx: Ctx, from: number): boolean {
  const p = ctx.tokens[ctx.tokens[from - 1]?.lower === "the" ? from - 2 : from - 1];
  return !!p && p.word && !p.cap && PREPOSITIONS.has(p.lower);
}

/** The dot of a short capitalised abbreviation ("D-Ore.", "Calif.", "Jr."), not a full stop. */
function abbreviationDot(ctx: Ctx, c: number): boolean {
  const t = ctx.tokens[c];
  const p = ctx.tokens[c - 1];
  return t.text === "." && !!p && p.end === t.start && p.cap && (p.text.includes("-") || p.text.length <= 5) && ctx.tokens[c + 1]?.text === ",";
}

/** Pronouns; "X, who …"; a conjunction (the subject is elided). */
const closedClassSubject: SubjectRule = (ctx, k) => {
  const t = ctx.tokens[k];
  if (!t.word) return { kind: "elided" };
  if (PRONOUNS.has(t.lower)) return { kind: "pronoun", pronoun: t.lower, from: k };
  if (t.lower === "who" || t.lower === "which") {
    const before = ctx.tokens[k - 1]?.text === "," ? ctx.mentionEnd.get(k - 2) : ctx.mentionEnd.get(k - 1);
    return before ? ref(before) : { kind: "unnamed", from: k };
  }
  return CONJ.has(t.lower) ? { kind: "elided" } : null;
};

/** A common noun: "X news agency quoted", "a spokesman said", "the ministry said" (the one
 *  ministry named before), "X's recent analysis … concluded" (the owner). */
const commonNounSubject: SubjectRule = (ctx, k, floor) => {
  const t = ctx.tokens[k];
  if (t.cap && ctx.tokens[k - 1]?.lower === "the" && k - 1 >= floor && DEMONYMS.has(t.lower)) return personJustNamed(ctx, k);
  if (t.cap) return null;
  const campaign = campaignOf(ctx, k, floor);
  if (campaign) return campaign;
  if (OUTLET_NOUNS.has(t.lower) || t.lower === "news") {
    for (let j = k - 1; j >= floor && j >= k - 2; j--) {
      const mm = ctx.mentionEnd.get(j);
      if (mm) return ref(mm);
      if (!(ctx.tokens[j].lower === "news" || OUTLET_NOUNS.has(ctx.tokens[j].lower))) break;
    }
  }
  if (PROXY_NOUNS.has(t.lower)) return { kind: "unnamed", from: k };
  if (ctx.tokens[k - 1]?.lower === "the" && k - 1 >= floor && AGE_ADJECTIVE.test(t.lower)) return personJustNamed(ctx, k);
  if (ctx.tokens[k - 1]?.lower === "the" && k - 1 >= floor && isBodyNoun(t.lower)) {
    const named = bodyNamedBefore(ctx.entities, t.lower, t.start);
    if (named) return { kind: "entity", entity: named, from: k - 1, to: k, ...(GENERIC_BODY_NOUNS.has(t.lower) && headOf(named.name) !== t.lower ? { generic: true } : {}) };
  }
  for (let j = k - 1; j >= floor && j >= k - 10; j--) {
    const tj = ctx.tokens[j];
    if (!tj.word || ctx.inQuote[j] || PROXY_NOUNS.has(tj.lower)) break;
    const mm = ctx.mentionEnd.get(j);
    if (mm) return ctx.tokens[mm.to].possessive && ownerSpeaks(ctx, mm, t.lower, floor) ? ref(mm) : { kind: "unnamed", from: k };
  }
  return { kind: "unnamed", from: k };
};

/** "“…,” the 31-year-old told reporters", "“…,” the Spaniard said": the one person named in
 *  this sentence or the one told before it (two people there: no telling which), as a generic
 *  noun measured apart. */
function personJustNamed(ctx: Ctx, k: number): SubjectRef {
  const people = new Set<Entity>();
  // A sentence wholly inside a quotation is the last speaker's words: it names no one, so the
  // sentence before it counts ("… told Radio Kent. ‘I've no complaints.’ … the 47-year-old said:").
  let narrative = 0;
  let sentence = ctx.tokens[k].sentence;
  let told = true; // (the cue's own sentence tells of the speaker)
  for (let j = k - 2; j >= 0; j--) {
    const t = ctx.tokens[j];
    if (t.sentence !== sentence) {
      if (told) narrative++;
      if (narrative > 1) break;
      sentence = t.sentence;
      told = false;
    }
    if (t.word && !ctx.inQuote[j]) told = true;
    const m = ctx.mentionEnd.get(j);
    if (m && !ctx.inQuote[j] && m.entity.kind === "person") people.add(m.entity);
  }
  const [only] = people;
  return people.size === 1 ? { kind: "entity", entity: only, from: k - 1, to: k, generic: true } : { kind: "unnamed", from: k };
}

/** "the Olsen campaign said", "Olsen's campaign said": the campaign speaks, under its person's
 *  name as the text writes it ("Olsen campaign"). */
function campaignOf(ctx: Ctx, k: number, floor: number): SubjectRef | null {
  const owner = ctx.mentionEnd.get(k - 1);
  if (ctx.tokens[k].lower !== "campaign" || !owner || owner.from < floor || owner.entity.kind !== "person") return null;
  const words = ctx.tokens.slice(owner.from, owner.to + 1).filter((t) => t.word).map((t) => t.base);
  return { kind: "raw", name: `${words.join(" ")} campaign`, from: owner.from, owned: true };
}

/** Bodies that speak for a person without being that person ("Olsen's campaign noted"). */
const PERSONS_BODIES = new Set(["campaign", "camp", "family", "allies", "supporters", "backers"]);

/** "X's recent analysis concluded": the owner speaks through the thing; not when the thing is a
 *  body of its own ("X's office said", "X's campaign noted", "Bolivia's electoral tribunal
 *  said", "Acme's board said": the body speaks, and the article does not name it) or the owner sits in a phrase of
 *  the subject ("a source familiar with X's thinking said"). */
function ownerSpeaks(ctx: Ctx, owner: Mention, head: string, floor: number): boolean {
  if (isBodyNoun(head) || (owner.entity.kind === "person" && PERSONS_BODIES.has(head))) return false;
  const before = ctx.tokens[owner.from - 1];
  return !(before && owner.from - 1 >= floor && before.word && PREPOSITIONS.has(before.lower));
}

/** An unrecognised capitalised name: its words, as a raw (unsure) speaker. */
const rawName: SubjectRule = (ctx, k, floor) => {
  // "an Olsen-style retort", "the Olsen-era rules": a name joined to a lower-case word modifies a noun.
  if (/-\p{Ll}/u.test(ctx.tokens[k].text)) return { kind: "unnamed", from: k };
  let j = k;
  while (j - 1 >= floor && ctx.tokens[j - 1].word && ctx.tokens[j - 1].cap && k - j < 3) j--;
  const words = ctx.tokens.slice(j, k + 1).filter((x) => !OPENER_WORDS.has(x.lower) && !GROUP_NOUNS.has(x.lower) && !PROXY_NOUNS.has(x.lower));
  // ("the MP said", "the Governor said": a title alone names no one the article has not named)
  if (words.length === 0 || words.every((x) => ROLE_WORDS.has(x.lower))) return { kind: "unnamed", from: k };
  // ("Ann Berg of The Nation wrote": a person before "of" speaks, not the body she is of)
  const owner = personBeforeOf(ctx, ctx.tokens[j - 1]?.lower === "the" ? j - 2 : j - 1, floor);
  if (owner) return ref(owner);
  const raw = ctx.body.slice(words[0].start, words[words.length - 1].end).replace(/['’]s$/, "");
  return { kind: "raw", name: raw, from: j };
};

/** Tried in order on the token before the verb; the first answer wins. */
const SUBJECT_RULES: SubjectRule[] = [mentionSubject, apposedName, beforeAppositive, closedClassSubject, commonNounSubject, rawName];

/** What stands in subject position before the verb at v (not before `floor`). */
export function subjectBefore(ctx: Ctx, v: number, floor: number): SubjectRef {
  const k = skipFillers(ctx, v, floor);
  if (k < floor || ctx.inQuote[k]) return { kind: "elided" };
  for (const rule of SUBJECT_RULES) {
    const found = rule(ctx, k, floor);
    if (found) return found;
  }
  return { kind: "elided" };
}

/** A lower-case past-tense form ("praised", "accused"): a verb ends the noun phrase. */
export const pastTense = (t: { cap: boolean; lower: string }) => !t.cap && /^[a-z]{3,}ed$/.test(t.lower);

/** After a leading name, the person the noun phrase ends on: "said [Harbour Party] spokesman
 *  Lars Eide", "said [Olsen's] top aide Per Lind". Stops at punctuation and at closed-class
 *  words and verbs: in "Lind praised Okafor" or "Ruiz sniped that Okafor …" the second name
 *  is the verb's object, not the head of the subject. */
export function headPerson(ctx: Ctx, from: number): { entity: Entity; from: number; to: number } | null {
  for (let x = from; x < ctx.n && x < from + 8; x++) {
    const t = ctx.tokens[x];
    if (ctx.inQuote[x]) return null;
    if (!t.word) {
      if (t.text === "." && ctx.tokens[x - 1]?.cap && ctx.tokens[x - 1].text.length <= 4) continue; // "Lt."
      return t.text === "," && x > from ? apposedPerson(ctx, from, x) : null;
    }
    if (FUNCTION_WORDS.has(t.lower) || pastTense(t)) return null;
    const mm = ctx.mentionStart.get(x);
    if (mm && mm.entity.kind === "person") return mm;
    if (mm) x = mm.to;
  }
  return null;
}

/** "said Olsen's deputy campaign manager, Per Lind, who …": a role phrase of plain nouns
 *  [from, comma) and then, in apposition, the person it names. */
function apposedPerson(ctx: Ctx, from: number, comma: number): { entity: Entity; from: number; to: number } | null {
  for (let x = from; x < comma; x++) if (!nounHeadAt(ctx, x)) return null;
  const mm = ctx.mentionStart.get(comma + 1);
  return mm && mm.entity.kind === "person" ? mm : null;
}

/** Mention (or pronoun) right after position k: "said Olsen", "quoted Olsen as saying"; `lead`:
 *  how many words of a role may come before the name ("said White House Press Secretary X"). */
export function nounAfter(ctx: Ctx, k: number, lead = 4): SubjectRef {
  let j = k;
  if (ctx.tokens[j]?.lower === "the") j++;
  if (j >= ctx.n || ctx.inQuote[j]) return { kind: "elided" };
  const m = ctx.mentionStart.get(j);
  if (m) {
    const head = headPerson(ctx, m.to + 1);
    if (head) return { kind: "entity", entity: head.entity, from: head.from, to: head.to };
    // "said Olsen's spokesman": the name only says whose.
    if (ctx.tokens[m.to].possessive && nounHeadAt(ctx, m.to + 1)) return { kind: "unnamed", from: j };
    return { kind: "entity", entity: m.entity, from: m.from, to: m.to };
  }
  if (PRONOUNS.has(ctx.tokens[j].lower) && j === k) return { kind: "pronoun", pronoun: ctx.tokens[j].lower, from: j };
  // "said former Westland Gov. and Harbour Committee Chairman Ed Marlow": one person, two roles.
  const and = rolesJoined(ctx, j);
  if (and >= 0) {
    // (a second role is often a body's title: "Democratic National Committee Chairman X")
    const second = nounAfter(ctx, and + 1, 6);
    if (second.kind === "entity" && second.entity.kind === "person") return second;
  }
  const apposed = roleThenPerson(ctx, j);
  if (apposed) return ref(apposed);
  // "said auditor Jane Doe", "said local resident John Roe, 45": a short lead before the name.
  // (a title's stop is no word of the lead: "said former Westland Gov. Jim Doyle")
  for (let x = j, words = 0; x < ctx.n && !ctx.inQuote[x] && (ctx.tokens[x].word || (ctx.tokens[x].text === "." && ctx.tokens[x - 1]?.cap && ctx.tokens[x - 1].text.length <= 4)); x++) {
    if (ctx.tokens[x].word && ++words > lead + 1) break; // `lead` words, then the name's first
    // "noted a report for the Harbour Fund": a name after a preposition is not the speaker.
    // "said one source who identified X": nor is a name inside a relative clause.
    if (x > j && (PREPOSITIONS.has(ctx.tokens[x].lower) || RELATIVES.has(ctx.tokens[x].lower)) && !ctx.tokens[j].cap) return { kind: "unnamed", from: j };
    const mm = ctx.mentionStart.get(x);
    if (!mm) continue;
    const head = headPerson(ctx, mm.to + 1); // "said former Olsen aide Per Lind"
    if (head) return ref(head);
    // "said a senior Olsen adviser", "said one Olsen confidant": an indefinite phrase whose head
    // noun follows the name keeps its speaker unnamed; the name only says whose adviser.
    if (INDEFINITE.has(ctx.tokens[j].lower) && nounHeadAt(ctx, mm.to + 1)) return { kind: "unnamed", from: j };
    return ref(mm);
  }
  if (ctx.tokens[j].word && !ctx.tokens[j].cap) return { kind: "unnamed", from: j };
  return { kind: "elided" };
}

/** "said the bureau's director, Jane Doe,": a short lower-case role phrase (a possessive may
 *  open it), a comma, and in apposition the person it names. */
function roleThenPerson(ctx: Ctx, j: number): Mention | null {
  for (let x = j; x < ctx.n && x < j + 5; x++) {
    const t = ctx.tokens[x];
    if (t.text === ",") {
      const mm = x > j ? ctx.mentionStart.get(x + 1) : undefined;
      return mm && mm.entity.kind === "person" ? mm : null;
    }
    if (!t.word || t.cap || ctx.inQuote[x] || (FUNCTION_WORDS.has(t.lower) && !t.possessive)) return null;
  }
  return null;
}

/** The "and" that joins a first role ("former Westland Gov.", "the club's treasurer") to a second
 *  one before the name, or -1: only role words, modifiers and capitals come before it. */
function rolesJoined(ctx: Ctx, from: number): number {
  for (let x = from; x < ctx.n && x < from + 6 && !ctx.inQuote[x]; x++) {
    const t = ctx.tokens[x];
    if (t.lower === "and") {
      const p = ctx.tokens[x - 1];
      const dotted = p?.text === "." && DOTTED_TITLES.has(ctx.tokens[x - 2]?.lower ?? "");
      return x > from && (dotted || ROLE_WORDS.has(p.lower)) ? x : -1;
    }
    if (t.text === "." && DOTTED_TITLES.has(ctx.tokens[x - 1]?.lower ?? "")) continue;
    if (!t.word || !(t.cap || t.possessive || ROLE_WORDS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || DETERMINERS.has(t.lower))) return -1;
  }
  return -1;
}

/** Tokens [from, to) are only a noun phrase's lead: "the", a role ("Greenfield chairman"), a possessive. */
export function modifiersOnly(ctx: Ctx, from: number, to: number): boolean {
  let words = 0;
  for (let j = from; j < to; j++) if (ctx.tokens[j].word) words++;
  if (words > 5) return false;
  // "… speechwriter Jane Doe", "… resident Jane Doe": a plain lower-case noun right before the
  // name also leads a role (not a function word or a verb's filler); a title abbreviation between
  // them ("lead author Dr. Jane Doe") does not hide it.
  const titled = to - 2 > from && ctx.tokens[to - 1].text === "." && TITLE_ABBREVIATIONS.has(ctx.tokens[to - 2].lower);
  const last = ctx.tokens[titled ? to - 3 : to - 1];
  const roleLed = to - 1 >= from && (ROLE_WORDS.has(last.lower) || (last.word && !last.cap && /^[a-z][a-z-]{3,}$/.test(last.lower) && !FUNCTION_WORDS.has(last.lower)));
  for (let j = from; j < to; j++) {
    const t = ctx.tokens[j];
    if (ctx.inQuote[j]) return false;
    if (!t.word) {
      if (t.text === "." && j > from && ctx.tokens[j - 1].cap) continue; // "Mrs." / "Dr."
      return false;
    }
    if (roleLed && !t.cap && FUNCTION_WORDS.has(t.lower) && !DETERMINERS.has(t.lower)) return false;
    if (!(t.cap || t.possessive || roleLed || DETERMINERS.has(t.lower) || ROLE_WORDS.has(t.lower) || ROLE_MODIFIERS.has(t.lower))) return false;
  }
  return true;
}
