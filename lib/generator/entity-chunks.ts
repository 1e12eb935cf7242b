// Capitalised phrases as name chunks: a chunk runs over adjacent capitalised words, initials
// ("J. Arne Vik"), inner connectors ("Bank of Westland") and a body's plural possessive; a
// leading role ("Harbour Spokesman", "former Westland President") is split off; vessels are things.
import {
  CALENDAR_WORDS, DEMONYMS, DOTTED_TITLES, FIRM_ENDS, GROUP_NOUNS, NAME_CONNECTORS, NAME_PARTICLES, NAME_SUFFIXES, OPENER_WORDS, OPENING_MODIFIERS, TITLE_JOINERS, ORG_WORDS, OUTLET_HEADS, PARTY_MEMBERS, PLACE_WORDS, PROXY_NOUNS, ROLE_MODIFIERS, ROLE_WORDS,
  CONJUNCTIONS, PREPOSITIONS, SPEECH_VERBS,
} from "./text/lexicon";
import type { Token } from "./text/tokens";

export /** One occurrence of a capitalised phrase, its role split off. */
type Chunk = {
  /** Token range of the name part [from, to). */
  from: number;
  to: number;
  name: string;
  role: string | null;
  key: string;
  /** A vessel's name ("MV X", "the ferry X"): never an entity. */
  thing: boolean;
};

/** Ship prefixes ("the MV X", "HMS X"): a vessel's name is no speaker, whatever words follow. */
const VESSEL_PREFIXES = new Set(["MV", "MS", "MY", "SY", "HMS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "USCGC", "RMS", "RV", "SS", "MT", "FV", "INS", "ROKS", "TCG"]);
/** Common nouns right before a vessel's name ("the ferry X", "the tanker X"). */
const VESSEL_NOUNS = new Set(["ship", "ferry", "vessel", "boat", "tanker", "freighter", "trawler", "yacht", "liner", "barge", "tug", "submarine", "frigate", "destroyer", "warship", "carrier", "cruiser", "steamer", "schooner", "catamaran", "dinghy", "dredger"]);

/** An initial or dotted initials without their last stop ("A", "A.J"): the tokenizer leaves the stop apart. */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;

/** The first of the lower-case surname particles written right before token `from` ("van der"
 *  before "Berg"), or `from` when there are none. */
export function particlesBefore(tokens: Token[], from: number): number {
  let k = from;
  while (k - 1 >= 0 && from - k < 2 && tokens[k - 1].word && !tokens[k - 1].cap && NAME_PARTICLES.has(tokens[k - 1].lower) && tokens[k].start - tokens[k - 1].end === 1) k--;
  return k;
}

export const isAllCaps = (t: string) => t.length >= 2 && /^[\p{Lu}\p{N}&.-]+$/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t);

/** Tokens separated by plain spaces only (no punctuation, no paragraph break). */
export function adjacent(body: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) if (body[i] !== " " && body[i] !== "\u00a0") return false;
  return true;
}


type NameCtx = { body: string; tokens: Token[]; lowerSeen: Set<string>; nameMemo: Int8Array; vesselNames: Set<string>; chunks: Chunk[] };

/** A word opens its sentence (or a quotation): its capital says nothing about being a name. */
const OPENING_MARKS = "\"“‘'([«—–-";
const QUOTE_MARKS = "\"“‘'«";
/** A wire dateline opening a paragraph: a place in capitals, maybe its region and the agency,
 *  then a dash ("WASHINGTON (AP) —", "OSLO, Norway —", "LAGOS, Aug 12 (Reuters) -"). */
// (old wire copy writes the dash as an underscore: "WASHINGTON (AP) _ The board said")
const DATELINE = /^\p{Lu}{2,}[\p{Lu}\s.'’-]*?(?:,[^\n—–(]{0,40})?\s*(?:\([^)\n]{1,30}\)\s*)?(?:[—–-]{1,2}|_)(?=\s)/u;

/** Where the dateline that opens the line holding `at` ends (after its dash), or -1. */
export function datelineEnd(body: string, at: number): number {
  let line = body.lastIndexOf("\n", at - 1) + 1;
  while (line < at && /\s/.test(body[line])) line++;
  const m = DATELINE.exec(body.slice(line, line + 80));
  return m ? line + m[0].length : -1;
}

function opensSentence(ec: NameCtx, i: number): boolean {
  const t = ec.tokens[i];
  for (let k = i - 1; k >= 0; k--) {
    const p = ec.tokens[k];
    if (p.sentence !== t.sentence) return true;
    // ("WASHINGTON (AP) — The board said": the dash of a dateline ends its own sentence)
    if (/^(?:[—–-]{1,2}|_)$/.test(p.text) && datelineEnd(ec.body, p.start) === p.end) return true;
    if (p.word) return false;
    // (marks are one character, or an emoji's two: a substring test is a membership test)
    if (!OPENING_MARKS.includes(p.text)) return false;
    // An opening mark sits right against the word; a closing one is followed by a space.
    if (QUOTE_MARKS.includes(p.text)) return p.end === t.start;
  }
  return true;
}

export const PARTY_STATE = /^[DRI]-\p{Lu}/u;

function nameLikeRaw(ec: NameCtx, i: number): boolean {
  const t = ec.tokens[i];
  if (!t.word || !t.cap) return false;
  // A word's lower form is the layer's (the same toLowerCase) unless a possessive ending is cut.
  const low = t.possessive ? t.base.toLowerCase() : t.lower;
  if (t.text === "I") return false;
  // "Westport-based", "Olsen-style": a name joined to a lower-case suffix is a modifier.
  if (t.base.includes("-") && /^\p{Lu}[\p{L}'’.]*-\p{Ll}+$/u.test(t.base)) return false;
  // "Tom Rask, R-Eastland,", "(D-Calif.)": a party and a state, not a name.
  if (PARTY_STATE.test(t.base) && (ec.tokens[i - 1]?.text === "," || ec.tokens[i - 1]?.text === "(")) return false;
  // ("the Spaniard said": a person already named, by nationality)
  // (alone: "the American Bar Association" is a name)
  if (DEMONYMS.has(low) && ec.tokens[i - 1]?.lower === "the" && !(ec.tokens[i + 1]?.cap && ec.tokens[i + 1].word && ec.tokens[i + 1].start === t.end + 1)) return false;
  if (CALENDAR_WORDS.has(low)) {
    // "the Sunday Ledger": a weekday or month inside a title-like name after "the".
    const next = ec.tokens[i + 1];
    return ec.tokens[i - 1]?.lower === "the" && !!next && next.cap && next.start === t.end + 1 && !CALENDAR_WORDS.has(next.lower);
  }
  if (ec.lowerSeen.has(low) && isAllCaps(t.base)) return false;
  if (opensSentence(ec, i)) {
    // ("Police Scotland said": a body's word before a capitalised word opens the body's name)
    if (((GROUP_NOUNS.has(low) && !(ORG_WORDS.has(low) && bodyNameFollows(ec, i))) || PROXY_NOUNS.has(low)) && !titleJoined(ec, i)) return false;
    if (OPENER_WORDS.has(low)) return false;
    // "Continued Olsen:", "Asked about it, …": a speech verb opening the sentence is no name.
    if (SPEECH_VERBS.has(low) && !t.possessive) return false;
    if (ec.lowerSeen.has(low) || (low.endsWith("s") && ec.lowerSeen.has(low.slice(0, -1)))) {
      // A common word opening the sentence is still a name's first word when a capitalised
      // word follows right after ("Bill Moreno said", "Former Minister X").
      const next = ec.tokens[i + 1];
      // (not a modifier before a name that is no role's: "Top Clinton adviser sent …")
      if (OPENING_MODIFIERS.has(low) && next && !ROLE_WORDS.has(next.lower)) return false;
      // (a capitalised preposition between capitals joins a body's title-case name: "Doctors
      // Without Borders said", "Mothers Against Drunk Driving")
      return !!next && next.cap && !t.possessive && next.start === t.end + 1 && (titleJoined(ec, i) || !OPENER_WORDS.has(next.lower)) && !CALENDAR_WORDS.has(next.lower);
    }
  }
  return true;
}

/** The word at i, then a capitalised preposition and a capitalised word: one title-case name. */
function titleJoined(ec: NameCtx, i: number): boolean {
  const t = ec.tokens[i], next = ec.tokens[i + 1], after = ec.tokens[i + 2];
  return !!next && !!after && next.cap && TITLE_JOINERS.has(next.lower) && next.start === t.end + 1 && after.cap && after.word && after.start === next.end + 1;
}

/** "Food and Drug Administration", "Department of Health and Human Services": "and" inside a
 *  body's name, when one to three capitals after it end on a body's word ("Britain and France"
 *  does not; a possessive ends the run: "Russia and Ukraine's Defence Ministry"). */
function bodyNameAfterAnd(ec: NameCtx, k: number): boolean {
  const e = capitalRunEnd(ec, k, 3);
  return e > k && ORG_WORDS.has(ec.tokens[e - 1].lower) && !capitalFollows(ec, e);
}

/** The end of up to `max` adjacent capitalised words from k (a possessive ends the run). */
function capitalRunEnd(ec: NameCtx, k: number, max: number): number {
  let e = k;
  while (e < ec.tokens.length && e - k < max && ec.tokens[e].cap && ec.tokens[e].word && !ec.tokens[e].possessive && adjacent(ec.body, ec.tokens[e - 1], ec.tokens[e])) e++;
  return e;
}

/** A capitalised word right after the run ending at e: the run is part of a longer name. */
function capitalFollows(ec: NameCtx, e: number): boolean {
  const next = ec.tokens[e];
  return !!next && next.cap && next.word && adjacent(ec.body, ec.tokens[e - 1], next);
}

/** "Department for Work and Pensions", "Department of Housing and Urban Development": "and"
 *  joins a second field to a body's "of"/"for" phrase, when one or two plain capitals follow
 *  and no body or place word among them ("Department of Justice and Congress" stays two). */
function secondFieldAfterAnd(ec: NameCtx, i: number, j: number, k: number): boolean {
  let field = false;
  for (let x = i + 1; x < j; x++) if (/^(?:of|for)$/.test(ec.tokens[x].lower) && ORG_WORDS.has(ec.tokens[x - 1].lower)) field = true;
  if (!field) return false;
  const e = capitalRunEnd(ec, k, 2);
  const words = ec.tokens.slice(k, e);
  return words.length > 0 && words.every((t) => !ORG_WORDS.has(t.lower) && !PLACE_WORDS.has(t.lower)) && !capitalFollows(ec, e);
}

function bodyNameFollows(ec: NameCtx, i: number): boolean {
  const next = ec.tokens[i + 1];
  const low = next?.lower ?? "";
  return !!next && next.cap && next.start === ec.tokens[i].end + 1 && !ROLE_WORDS.has(low) && !OPENER_WORDS.has(low) && !CALENDAR_WORDS.has(low) && !SPEECH_VERBS.has(low);
}

function nameLike(ec: NameCtx, i: number): boolean {
  if (ec.nameMemo[i] === 0) ec.nameMemo[i] = nameLikeRaw(ec, i) ? 1 : 2; // 0 unknown, 1 yes, 2 no
  return ec.nameMemo[i] === 1;
}

/** "St. Jude's Medical Center", "Saint Mary's Teaching Hospital": after a saint's possessive the
 *  capitals run on to the body word that closes the name. */
function saintsBody(ec: NameCtx, i: number, j: number): boolean {
  if (!/^(?:st|saint)$/i.test(ec.tokens[i].text)) return false;
  const end = capitalRunEnd(ec, j, 3);
  for (let k = j; k < end; k++) if (ORG_WORDS.has(ec.tokens[k].lower)) return true;
  return false;
}

/** Where the chunk that starts at name-like token i ends (exclusive). */
function chunkEnd(ec: NameCtx, i: number): number {
  let j = i + 1;
  while (j < ec.tokens.length) {
    const prev = ec.tokens[j - 1];
    if (prev.possessive && !(j < ec.tokens.length && nameLike(ec, j) && (ORG_WORDS.has(ec.tokens[j].lower) || saintsBody(ec, i, j)))) break;
    // An initial: "J. Arne Vik", "Ola B. Brandt".
    if (
      ec.tokens[j].text === "." && ec.tokens[j].start === prev.end && (INITIALS.test(prev.text) || DOTTED_TITLES.has(prev.lower)) &&
      j + 1 < ec.tokens.length && ec.body[ec.tokens[j].end] === " " && ec.tokens[j + 1].start === ec.tokens[j].end + 1 && nameLike(ec, j + 1)
    ) {
      j += 2;
      continue;
    }
    // A plural possessive inside a body's name: "the Dockers' Union".
    if (
      /^['’]$/.test(ec.tokens[j].text) && ec.tokens[j].start === prev.end && /s$/.test(prev.text) && j + 1 < ec.tokens.length &&
      ec.tokens[j + 1].start === ec.tokens[j].end + 1 && nameLike(ec, j + 1) && ORG_WORDS.has(ec.tokens[j + 1].lower)
    ) {
      j += 2;
      continue;
    }
    // "Martin Luther King Jr.": a generational suffix keeps its stop and ends the name.
    if (NAME_SUFFIXES.has(prev.lower) && ec.tokens[j].text === "." && ec.tokens[j].start === prev.end) {
      j++;
      break;
    }
    if (!adjacent(ec.body, prev, ec.tokens[j])) break;
    // "Channel 9 News", "BBC Radio 4", "Fox 35": a broadcaster's number is part of its name
    if (/^\d{1,3}$/.test(ec.tokens[j].text) && prev.cap && (OUTLET_HEADS.has(prev.lower) || isAllCaps(prev.base))) {
      j++;
      continue;
    }
    if (nameLike(ec, j)) {
      j++;
      continue;
    }
    // "Stroud & Co.", "Procter & Gamble": an ampersand joins the parts of a firm's name.
    if (ec.tokens[j].text === "&" && j + 1 < ec.tokens.length && nameLike(ec, j + 1) && adjacent(ec.body, ec.tokens[j], ec.tokens[j + 1])) {
      j += 2;
      continue;
    }
    // "Bank of Westland", "Order of Merit": a lower-case connector between capitals.
    let k = j;
    while (k < ec.tokens.length && k - j < 2 && NAME_CONNECTORS.has(ec.tokens[k].lower) && !ec.tokens[k].cap && adjacent(ec.body, ec.tokens[k - 1], ec.tokens[k])) k++;
    const firstConnector = ec.tokens[j].lower;
    // "Judge Jane Doe of the District Court": a titled person's name ends before "of".
    const titledName = j - i >= 2 && ROLE_WORDS.has(ec.tokens[i].lower) && firstConnector === "of";
    const andOk = firstConnector !== "and" || (k === j + 1 && (bodyNameAfterAnd(ec, k) || secondFieldAfterAnd(ec, i, j, k)));
    // ("Office for Budget Responsibility", "Institute for Fiscal Studies": "for" after a body's word)
    const forOk = firstConnector !== "for" || (k === j + 1 && ORG_WORDS.has(ec.tokens[j - 1].lower));
    // ("National Institute on Aging", "Council on Foreign Relations": "on" after a body's word, before no date)
    const onOk = firstConnector !== "on" || (k === j + 1 && ORG_WORDS.has(ec.tokens[j - 1].lower) && !CALENDAR_WORDS.has(ec.tokens[k]?.lower ?? ""));
    // ("Orbis Dynamics of Huntsville": a firm's closing word takes no "of"; "Bank of Westland" does)
    const ofOk = firstConnector !== "of" || !FIRM_ENDS.has(ec.tokens[j - 1].lower);
    const connectorOk = andOk && forOk && onOk && ofOk && firstConnector !== "the" && !titledName && !(firstConnector === "of" && plainPersonName(ec, i, j));
    if (k > j && k < ec.tokens.length && connectorOk && nameLike(ec, k) && adjacent(ec.body, ec.tokens[k - 1], ec.tokens[k])) {
      j = k + 1;
      continue;
    }
    break;
  }
  return j;
}

/** "Anna Berg of the Rail Union", "Lee Vik of Westport": two or three plain capitalised words
 *  before "of" are a person's name and the rest where they are from, not one body's name
 *  ("Bank of Westland", "Institute of Technology" and "Workers of America" have a body's head
 *  word before "of"; "the Friends of X" has its article). */
function plainPersonName(ec: NameCtx, i: number, j: number): boolean {
  if (ec.tokens[i - 1]?.lower === "the") return false;
  let words = 0;
  for (let k = i; k < j; k++) {
    const t = ec.tokens[k];
    // (an initial's stop: "A.J. Berg", "Anna B. Berg")
    if (t.text === "." && k > i && INITIALS.test(ec.tokens[k - 1].text)) continue;
    const initials = INITIALS.test(t.text) && ec.tokens[k + 1]?.text === ".";
    if (!t.word || t.possessive || (isAllCaps(t.base) && !initials) || ORG_WORDS.has(t.lower) || PLACE_WORDS.has(t.lower) || ROLE_WORDS.has(t.lower) || GROUP_NOUNS.has(t.lower) || CALENDAR_WORDS.has(t.lower)) return false;
    words++;
  }
  return words >= 2 && words <= 3;
}

function pushChunk(ec: NameCtx, from: number, to: number): void {
  if (pushedVessel(ec, from, to)) return;
  // "former Westland Gov. and Committee Chairman X": a run that ends on a dotted title is a role
  // with its name still to come, not a name.
  const end = ec.tokens[to - 1];
  if (DOTTED_TITLES.has(end.lower) && ec.tokens[to]?.text === "." && ec.tokens[to].start === end.end) return;
  // "A senior Conservative MP, who asked not to be named", "the MP said": a run closed by an
  // abbreviated title describes someone the article does not name.
  if (ROLE_WORDS.has(end.lower) && isAllCaps(end.base) && end.base.length <= 4) return;
  const lead = leadingRole(ec, from, to);
  if (!lead) return;
  const role = widenedRole(ec, from, lead.roleEnd);
  let nameFrom = lead.nameFrom;
  while (nameFrom < to && !ec.tokens[nameFrom].word) nameFrom++; // "Mrs. Lund": the stop stays with the title
  if (nameFrom >= to) return;
  const name = nameOf(ec, nameFrom, to);
  if (!/\p{L}/u.test(name)) return;
  // "the Prime Minister", "the Attorney General": a title with no name after it is nobody's name
  // (but "Mr. King", "Sen. Prince": a courtesy title's name may be a role word)
  const courtesy = ec.tokens.slice(from, nameFrom).some((t) => DOTTED_TITLES.has(t.lower) || /^(?:miss|sir|dame|lord|lady)$/.test(t.lower));
  if (role && !courtesy && ec.tokens.slice(nameFrom, to).every((t) => !t.word || ROLE_WORDS.has(t.lower))) return;
  ec.chunks.push({ from: nameFrom, to, name, role, key: name.toLowerCase(), thing: false });
}

/** A vessel's name ("MV X", "the ferry X", or a name seen so before) is pushed as a thing. */
function pushedVessel(ec: NameCtx, from: number, to: number): boolean {
  const fullKey = ec.body.slice(ec.tokens[from].start, ec.tokens[to - 1].end).toLowerCase();
  const vesselNoun = from > 0 && !ec.tokens[from - 1].cap && VESSEL_NOUNS.has(ec.tokens[from - 1].lower) && adjacent(ec.body, ec.tokens[from - 1], ec.tokens[from]);
  const prefixed = to - from > 1 && VESSEL_PREFIXES.has(ec.tokens[from].text);
  if (!prefixed && !vesselNoun && !ec.vesselNames.has(fullKey)) return false;
  const nameFrom = prefixed ? from + 1 : from;
  ec.vesselNames.add(ec.body.slice(ec.tokens[nameFrom].start, ec.tokens[to - 1].end).toLowerCase());
  ec.chunks.push({ from, to, name: ec.body.slice(ec.tokens[from].start, ec.tokens[to - 1].end), role: null, key: fullKey, thing: true });
  return true;
}

/** Two or three capitalised words, none written in lower case elsewhere (a headline's "Donor") nor a body's, place's or role's word. */
function plainNameAfter(ec: NameCtx, from: number, to: number): boolean {
  const words = ec.tokens.slice(from, to).filter((t) => t.word);
  return words.length >= 2 && words.length <= 3 && words.every((t) => t.cap && !ec.lowerSeen.has(t.lower) && !ORG_WORDS.has(t.lower) && !PLACE_WORDS.has(t.lower) && !ROLE_WORDS.has(t.lower) && !CALENDAR_WORDS.has(t.lower));
}

/** A leading role inside the run: everything up to its last role word before the name
 *  (`roleEnd` -1: none), or null when the run is all role and no name. */
function leadingRole(ec: NameCtx, from: number, to: number): { nameFrom: number; roleEnd: number } | null {
  // (a generational suffix is no name of its own: in "Martin Luther King Jr" the role-like
  // "King" is the surname)
  let nameEnd = to;
  while (nameEnd - 1 > from && (NAME_SUFFIXES.has(ec.tokens[nameEnd - 1].lower) || ec.tokens[nameEnd - 1].text === ".")) nameEnd--;
  let roleEnd = -1;
  for (let k = from; k < nameEnd - 1; k++) if (ROLE_WORDS.has(ec.tokens[k].lower)) roleEnd = k;
  // "defeating Democrat Rosa Lindqvist": a party member's noun before a plain two- or three-word
  // name is a description (not "Republican National Committee", whose words are a body's)
  if (roleEnd < 0 && PARTY_MEMBERS.has(ec.tokens[from].lower) && plainNameAfter(ec, from + 1, nameEnd)) roleEnd = from;
  // "CEO of the Refugee Council Enver Solomon", "Secretary of State Ann Holt": the role runs on
  // through "of (the)" and the body's name, to its last organisation word or else its first
  // word; no name opens with "of".
  if (roleEnd >= 0 && roleEnd + 1 < to && !ec.tokens[roleEnd + 1].cap && NAME_CONNECTORS.has(ec.tokens[roleEnd + 1].lower)) {
    let orgEnd = -1;
    for (let x = roleEnd + 2; x < to - 1; x++) if (ORG_WORDS.has(ec.tokens[x].lower)) orgEnd = x;
    if (orgEnd < 0) {
      orgEnd = roleEnd + 2;
      while (orgEnd < to - 1 && !ec.tokens[orgEnd].cap) orgEnd++;
    }
    if (orgEnd >= to - 1) return null;
    roleEnd = orgEnd;
  }
  // ("the Premier League club": a role-like word before a lone body word is the body's name)
  if (roleEnd >= 0 && roleEnd + 2 === to && ORG_WORDS.has(ec.tokens[roleEnd + 1].lower)) roleEnd = -1;
  return { nameFrom: roleEnd >= 0 ? roleEnd + 1 : from, roleEnd };
}

/** The role text: the leading role inside the run widened by the lower-case role words right
 *  before it ("Westland captain X", "former Eastland President X"), or null. */
function widenedRole(ec: NameCtx, from: number, roleEnd: number): string | null {
  let roleStart = roleEnd >= 0 ? ec.tokens[from].start : -1;
  let roleStop = roleEnd >= 0 ? ec.tokens[roleEnd].end : -1;
  for (let k = from - 1; k >= 0 && from - k <= 3 && ec.tokens[k].word && adjacent(ec.body, ec.tokens[k], ec.tokens[k + 1]); k--) {
    const low = ec.tokens[k].lower;
    if ((ROLE_WORDS.has(low) && !ec.tokens[k].cap) || (ROLE_MODIFIERS.has(low) && roleStart >= 0)) {
      roleStart = ec.tokens[k].start;
      if (roleStop < 0) roleStop = ec.tokens[k].end;
      continue;
    }
    // A capitalised adjective before a lower-case role word ("Danish captain").
    if (roleStart >= 0 && ec.tokens[k].cap && !ec.tokens[k].possessive && !ROLE_WORDS.has(low) && !OPENER_WORDS.has(low) && k + 1 < from && roleStart === ec.tokens[k + 1].start) {
      roleStart = ec.tokens[k].start;
      continue;
    }
    break;
  }
  return roleStart >= 0 && roleStop >= 0 ? ec.body.slice(roleStart, roleStop) : null;
}

/** A word written inside a handle, hashtag, address or file name ("@ann_holt", "holt.com"):
 *  its lower case is the medium's, not a sign that the word is a common one. */
function inHandle(body: string, t: Token): boolean {
  return /[@#_/]/.test(body[t.start - 1] ?? " ") || /[_/@]/.test(body[t.end] ?? " ") || (body[t.end] === "." && /\w/.test(body[t.end + 1] ?? " "));
}

/** Function words that title case capitalises and running text does not. */
const TITLE_CASE_WORDS = new Set([...PREPOSITIONS, ...CONJUNCTIONS, "the", "a", "an", "is", "are", "will", "can", "not", "be", "has", "have", "his", "her", "their", "its"]);

/** A sentence in title case ("Flint Response Captures The Difference Between X And Y", a
 *  headline repeated in the body): its capitals say nothing about names, so its function words
 *  and the words the body writes in lower case elsewhere are no name's (nameMemo 2), and a
 *  chunk cannot run across them ("Flint", "X", "Y" stay). Known by a capitalised function word
 *  inside it and no lower-case word of four letters or more. */
function markHeadlines(tokens: Token[], lowerSeen: Set<string>, nameMemo: Int8Array): void {
  let from = 0;
  for (let k = 1; k <= tokens.length; k++) {
    if (k < tokens.length && tokens[k].sentence === tokens[from].sentence) continue;
    let words = 0;
    let lowerContent = 0;
    let titled = 0;
    for (let x = from; x < k; x++) {
      const t = tokens[x];
      if (!t.word) continue;
      words++;
      if (!t.cap && t.lower.length >= 4 && !TITLE_CASE_WORDS.has(t.lower)) lowerContent++;
      if (t.cap && words > 1 && TITLE_CASE_WORDS.has(t.lower)) titled++;
    }
    if (words >= 4 && titled > 0 && lowerContent === 0) {
      for (let x = from; x < k; x++) if (TITLE_CASE_WORDS.has(tokens[x].lower) || lowerSeen.has(tokens[x].lower)) nameMemo[x] = 2;
    }
    from = k;
  }
}

/** Every capitalised phrase of the body, in order. */
export function findChunks(body: string, tokens: Token[]): Chunk[] {
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap && !inHandle(body, t)) lowerSeen.add(t.lower);
  // vesselNames: lower case, so a later "the Lady X" is recognised without its prefix.
  const ec: NameCtx = { body, tokens, lowerSeen, nameMemo: new Int8Array(tokens.length), vesselNames: new Set(), chunks: [] };
  markHeadlines(tokens, lowerSeen, ec.nameMemo);
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(ec, i)) continue;
    const j = chunkEnd(ec, i);
    pushChunk(ec, i, j);
    i = j - 1;
  }
  return splitJoinedNames(ec);
}

/** "Hillary Clinton Slams Donald Trump" (a headline's capitals): a run that starts and ends with
 *  a person's plain name, each written on its own elsewhere in the body, with at most two words
 *  between, is two names; the words between name no one. */
function splitJoinedNames(ec: NameCtx): Chunk[] {
  const plain = new Set<string>();
  for (const c of ec.chunks) if (!c.thing && c.to - c.from >= 2 && c.to - c.from <= 3 && plainWords(ec, c.from, c.to)) plain.add(c.key);
  const out: Chunk[] = [];
  for (const c of ec.chunks) {
    const cut = c.thing || c.to - c.from < 5 ? null : joinedAt(ec, c, plain);
    if (!cut) {
      out.push(c);
      continue;
    }
    out.push(part(ec, c.from, cut[0], c.role), part(ec, cut[1], c.to, null));
  }
  return out;
}

/** The end of the head name and the start of the tail name, or null. */
function joinedAt(ec: NameCtx, c: Chunk, plain: Set<string>): [number, number] | null {
  const known = (from: number, to: number) => plain.has(nameOf(ec, from, to).toLowerCase());
  for (let h = c.from + 2; h <= c.from + 3; h++) {
    if (!known(c.from, h)) continue;
    for (let t = h + 1; t <= h + 2 && t <= c.to - 2; t++) if (known(t, c.to)) return [h, t];
  }
  return null;
}

function part(ec: NameCtx, from: number, to: number, role: string | null): Chunk {
  const name = nameOf(ec, from, to);
  return { from, to, name, role, key: name.toLowerCase(), thing: false };
}

/** The text of tokens [from, to) without a closing possessive ("Olsen's" → "Olsen"). */
function nameOf(ec: NameCtx, from: number, to: number): string {
  const last = ec.tokens[to - 1];
  return ec.body.slice(ec.tokens[from].start, last.possessive ? last.end - 2 : last.end);
}

/** Capitalised words only, none a role, body or place word: a person's plain name. */
function plainWords(ec: NameCtx, from: number, to: number): boolean {
  for (let x = from; x < to; x++) {
    const t = ec.tokens[x];
    if (!t.word || !t.cap || ROLE_WORDS.has(t.lower) || ORG_WORDS.has(t.lower) || PLACE_WORDS.has(t.lower)) return false;
  }
  return true;
}
