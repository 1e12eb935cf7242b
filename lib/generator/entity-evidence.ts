// Evidence for each distinct name from its contexts, as an ordered list of small rules: a role
// or an age makes a person, an outlet noun or a relay verb ("X reported", "told the X") an outlet,
// organisation words or speaking as an institution an organisation.
import { AGE_ADJECTIVE, CALENDAR_WORDS, JOURNALIST_NOUNS, ORG_WORDS, OUTLET_HEADS, OUTLET_NOUNS, PLACE_PREFIXES, PLACE_WORDS, PREPOSITIONS, ROLE_MODIFIERS, ROLE_WORDS } from "./text/lexicon";
import type { Token } from "./text/tokens";
import { PARTY_STATE, datelineEnd, isAllCaps, type Chunk } from "./entity-chunks";
import { CONTEXT_RULES, skipAppositive } from "./entity-evidence-context";

export type Evidence = {
  name: string;
  first: number;
  tokens: number;
  chunks: Chunk[];
  person: number;
  outlet: number;
  org: number;
  place: number;
  speaks: number;
  afterThe: number;
  thing: number;
  /** Mentions that only modify a role before a name ("Council member Rita Osei"). */
  roleLead: number;
  /** The role came from an appositive ("its president, X,"): too generic to be an alias. */
  roleApposed: boolean;
  role: string | null;
  /** Head nouns of every role the text gives the name ("minister" of "Harbour Minister",
   *  "chairman" of ", the union's chairman,"): "the minister" may later stand for it. */
  heads: Set<string>;
  aliases: Set<string>;
};

export type EvCtx = { body: string; tokens: Token[] };
/** The words around one chunk, read once for every rule. */
export type Site = { names: Token[]; lows: string[]; before?: Token; before2?: Token; after?: Token; after2?: Token; the: boolean; lastLow: string };
export type EvidenceRule = (ec: EvCtx, c: Chunk, g: Evidence, x: Site) => void;

export function wordAt(ec: EvCtx, i: number): Token | undefined {
  return i >= 0 && i < ec.tokens.length ? ec.tokens[i] : undefined;
}

/** A leading role ("Harbour Spokesman X") makes a person. */
const roleEvidence: EvidenceRule = (ec, c, g) => {
  if (c.role) {
    g.person += 3;
    g.heads.add(c.role.slice(c.role.lastIndexOf(" ") + 1).toLowerCase());
    if (g.role === null || g.roleApposed) {
      g.role = c.role;
      g.roleApposed = false;
    }
  }
};

/** The name's own words: organisation words, place heads, outlet heads and nouns. */
const nameWordsEvidence: EvidenceRule = (ec, c, g, x) => {
  if (x.lows.some((w) => ORG_WORDS.has(w))) g.org += 2;
  // Place heads sit last ("... Stadium"); compass words first ("North ...").
  if (PLACE_WORDS.has(x.lows[x.lows.length - 1]) || (x.lows.length > 1 && PLACE_PREFIXES.has(x.lows[0]))) g.place += 2;
  if (x.the) g.afterThe++;
  if (OUTLET_HEADS.has(x.lastLow) && (x.names.length > 1 || x.the)) g.outlet += 2;
  // "… News Agency", "… Press Agency": a wire service.
  if (x.lastLow === "agency" && x.lows.some((w) => w === "news" || w === "press" || w === "telegraph" || w === "wire")) g.outlet += 3;
  // "X news agency", "X newspaper", "news agency X", "the newspaper X"
  // (not "German broadcaster ZDF": a name right after the noun is the outlet, this one its modifier)
  const nounAt = x.after && !x.after.cap ? (OUTLET_NOUNS.has(x.after.lower) ? c.to : x.after.lower === "news" && x.after2 && OUTLET_NOUNS.has(x.after2.lower) ? c.to + 1 : -1) : -1;
  const named = nounAt >= 0 && !!ec.tokens[nounAt + 1]?.cap && ec.tokens[nounAt + 1].word && ec.tokens[nounAt + 1].sentence === ec.tokens[nounAt].sentence;
  // ("an Israeli newspaper": after an indefinite article the paper is unnamed, the word its modifier)
  const indefinite = x.before?.lower === "a" || x.before?.lower === "an";
  if (nounAt >= 0 && !named && !indefinite) g.outlet += 3;
  if (x.before && !x.before.cap && OUTLET_NOUNS.has(x.before.lower) && !x.the) g.outlet += 2;
};

/** "Joaquin Ortiz (D-Texas)", "Ada Lind (R)", "Tom Rask, R-Eastland,": a party's letter after a
 *  name is an American politician's. */
const partyEvidence: EvidenceRule = (ec, c, g, x) => {
  if (!x.after || !x.after2 || (x.after.text !== "(" && x.after.text !== ",")) return;
  const party = PARTY_STATE.test(x.after2.text) || (x.after.text === "(" && /^[DRI]$/.test(x.after2.text) && wordAt(ec, c.to + 2)?.text === ")");
  if (party) g.person += 3;
};

/** Words that follow a name heading its phrase: a verb of its own or a relative. */
const AFTER_HEAD = /^(?:said|says|told|was|is|has|had|who|died|added|wrote)$/;
const AGE_ENDS = new Set([",", ".", ";", ")"]);
/** ", 19," or "19-year-old" — an age makes a person. */
const ageEvidence: EvidenceRule = (ec, c, g, x) => {
  // ", 19," — an age
  if (x.after?.text === "," && x.after2 && /^\d{1,3}$/.test(x.after2.text) && AGE_ENDS.has(wordAt(ec, c.to + 2)?.text ?? ".")) g.person += 3;
  // "81-year-old Edith Monroe was …": an age before a full name that heads its phrase (not
  // "a 19-year-old Syrian refugee", where the name is a modifier of the noun after it)
  const headed = !x.after?.word || x.after.cap || AFTER_HEAD.test(x.after.lower);
  // (nor "a 33-year-old African American": after an indefinite article the age describes a kind)
  const kind = /^(?:a|an)$/.test(x.before2?.lower ?? "");
  if (x.before && AGE_ADJECTIVE.test(x.before.lower) && x.names.length > 1 && !isAllCaps(x.names[0].base) && headed && !kind) g.person += 3;
};

/** ", a lawyer for the family,", ", Westland coach," — an appositive naming a role. */
const appositiveRoleEvidence: EvidenceRule = (ec, c, g) => {
  // ", a lawyer for the family,", ", Westland coach," — an appositive naming a role
  const app = skipAppositive(ec, c.to);
  if (app > 0) {
    const inner = ec.tokens.slice(c.to + 1, app - 1);
    // (", the Harbour Commissioner,": a role after an article may be written with its capital)
    const led = /^(?:the|a|an)$/i.test(inner[0]?.text ?? "");
    const roles = inner.filter((t) => (!t.cap || led) && !t.possessive && ROLE_WORDS.has(t.lower));
    // (", a 34-year-old delivery driver,": an age in the apposition is a person's)
    if (roles.length || (led && inner.slice(1, 3).some((t) => AGE_ADJECTIVE.test(t.lower)))) g.person += 2;
    // (the head of "the union's chairman", not of "a lawyer for the chairman")
    const of = inner.findIndex((t) => !t.word || PREPOSITIONS.has(t.lower));
    const head = (of < 0 ? inner : inner.slice(0, of)).filter((t) => roles.includes(t)).pop();
    if (head) g.heads.add(head.lower);
  }
};

/** "The NSW Premier, Chris Minns,": a capitalised title after "the" and up to two capitals. */
function titleAfterArticle(ec: EvCtx, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 3; k--) {
    const t = ec.tokens[k];
    if (t.lower === "the") return true;
    if (!t.word || !t.cap) return false;
  }
  return false;
}

/** "attorney, Jane Doe" / "a union attorney, X"; "The union's president, X," gives the role. */
const rolePrecedesEvidence: EvidenceRule = (ec, c, g, x) => {
  // "attorney, Jane Doe" / "a union attorney, X"
  if (x.before?.text === "," && x.before2 && ROLE_WORDS.has(x.before2.lower) && (!x.before2.cap || (x.names.length > 1 && titleAfterArticle(ec, c.from - 2)))) {
    g.person += 2;
    // "The union's president, Jane Doe," / "Its chief executive, X,": the role phrase itself,
    // when it opens its noun phrase (not "a spokeswoman for the governor, X").
    let r = c.from - 2;
    while (r - 1 >= 0 && c.from - 2 - r < 3 && ec.tokens[r - 1].word && !ec.tokens[r - 1].cap && (ROLE_WORDS.has(ec.tokens[r - 1].lower) || ROLE_MODIFIERS.has(ec.tokens[r - 1].lower))) r--;
    const det = wordAt(ec, r - 1);
    const detOk = !!det && (det.possessive || /^(the|its|his|her|their|our|a|an)$/i.test(det.text));
    const prep = wordAt(ec, r - 2);
    if (detOk && !(prep && prep.word && !prep.cap && PREPOSITIONS.has(prep.lower)) && !(det.possessive && prep?.word && PREPOSITIONS.has(prep.lower))) {
      g.heads.add(x.before2.lower);
      if (g.role === null) {
        g.role = ec.body.slice(ec.tokens[r].start, ec.tokens[c.from - 2].end);
        g.roleApposed = true;
      }
    }
  }
};

/** The same test as /^(he|she|his|her|him)$/, run on every token after every name. */
const PERSON_PRONOUNS = new Set(["he", "she", "his", "her", "him"]);

/** Weak hints: after a preposition (a place), all capitals (a body), "he"/"she" soon after (a person). */
const weakEvidence: EvidenceRule = (ec, c, g, x) => {
  // "according to X news agency", "quoting X": relays when X has an outlet noun (counted above).
  if (x.before && PREPOSITIONS.has(x.before.lower) && !x.the) g.place += 0.5;
  if (x.names.length === 1 && isAllCaps(x.names[0].base)) g.org += 0.5;
  // "he", "she", "his", "her" soon after: a person.
  for (let k = c.to; k < ec.tokens.length && k - c.to < 14; k++) {
    const t = ec.tokens[k];
    if (t.sentence !== ec.tokens[c.from].sentence && t.sentence !== ec.tokens[c.from].sentence + 1) break;
    if (PERSON_PRONOUNS.has(t.lower)) {
      g.person += 0.5;
      break;
    }
    if (t.cap && t.word && k > c.to + 1) break;
  }
};

/** "Ada Lind threw her support behind …", "X made his name": a name, its verb, then "his" or "her"
 *  (bodies take "its") is a person — with the weak hint above, enough on its own. A lone word
 *  ("Lind compared himself to …") needs a form that can only be the subject's own: "her" may be
 *  an object ("Westland gave her a win"), "his" and the reflexives may not. */
const ownPronounEvidence: EvidenceRule = (ec, c, g, x) => {
  const verb = x.after;
  const pron = x.after2;
  if (!verb || !verb.word || verb.cap || !/^[a-z]{3,}$/.test(verb.lower) || PREPOSITIONS.has(verb.lower) || verb.lower === "and" || !pron) return;
  const reflexive = pron.lower === "himself" || pron.lower === "herself";
  // (a reflexive is the subject itself: enough on its own even for a lone word)
  if (x.names.length === 1) g.person += reflexive ? 2 : pron.lower === "his" ? 1.5 : 0;
  else if (reflexive || pron.lower === "his" || pron.lower === "her") g.person += 1.5;
};

/** A wire dateline's place: the name in capitals that opens the dateline of its line, or the
 *  state or country after its comma ("NAIROBI, Kenya (AP) _"). */
function isDateline(ec: EvCtx, c: Chunk, x: Site): boolean {
  const start = ec.tokens[c.from].start;
  const opens = x.names.every((t) => isAllCaps(t.base)) && /(?:^|\n)\s*$/.test(ec.body.slice(Math.max(0, start - 20), start));
  if (!opens && ec.tokens[c.from - 1]?.text !== ",") return false;
  return datelineEnd(ec.body, start) > ec.tokens[c.to - 1].end;
}

/** A common noun for a body right before the name ("campaign group Save Ashford Fields", "the
 *  charity Shelter", "carmaker Volvo", "developer Greystone Homes"): a body, not a person. */
const BODY_DESCRIPTORS = new Set([
  "group", "charity", "firm", "company", "consultancy", "union", "coalition", "alliance", "network", "startup", "start-up",
  "manufacturer", "retailer", "lender", "insurer", "carrier", "supermarket", "chain", "airline", "bank",
  "watchdog", "regulator", "tank", "organisation", "organization", "nonprofit", "non-profit", "conglomerate", "giant",
]);
const descriptorEvidence: EvidenceRule = (ec, c, g, x) => {
  const d = x.before;
  if (d && d.word && !d.cap && (BODY_DESCRIPTORS.has(d.lower) || /maker$/.test(d.lower)) && x.after?.text !== ",") g.org += 2;
};

/** "Council member Rita Osei", "Westland captain Ivo Strand": the name modifies a role that a
 *  person's name follows (not an outlet's staff: "told Courier reporter Ann Berg" names the
 *  outlet that relays). */
const roleLeadEvidence: EvidenceRule = (ec, c, g, x) => {
  const role = x.after;
  const name = x.after2;
  if (!role?.word || role.cap || !ROLE_WORDS.has(role.lower) || JOURNALIST_NOUNS.has(role.lower) || ec.tokens[c.to - 1].possessive) return;
  if (name?.word && name.cap && !CALENDAR_WORDS.has(name.lower)) g.roleLead++;
};

/** Parenthetical acronym: "Westland News Agency (WNA)"; not the agency of a dateline. */
const acronymEvidence: EvidenceRule = (ec, c, g, x) => {
  if (isDateline(ec, c, x)) {
    // (a place, never an entity, whatever else its name does in the article: "Lagos-based")
    g.thing += 1;
    return;
  }
  if (x.after?.text === "(" && x.after2 && isAllCaps(x.after2.base) && wordAt(ec, c.to + 2)?.text === ")") g.aliases.add(x.after2.base);
};

// Counters add up in any order; the role rules keep theirs (a leading role before an appositive one).
const EVIDENCE_RULES: EvidenceRule[] = [roleEvidence, nameWordsEvidence, ageEvidence, partyEvidence, appositiveRoleEvidence, rolePrecedesEvidence, ...CONTEXT_RULES, weakEvidence, ownPronounEvidence, descriptorEvidence, roleLeadEvidence, acronymEvidence];

function collectEvidence(ec: EvCtx, c: Chunk, g: Evidence): void {
  if (c.thing) {
    g.thing++;
    return;
  }
  const names = ec.tokens.slice(c.from, c.to);
  // (a plain word's lower form is the layer's: the same toLowerCase, made once per token)
  const lows = names.map((t) => (t.word && !t.possessive ? t.lower : t.base.toLowerCase()));
  const before = wordAt(ec, c.from - 1);
  const x: Site = { names, lows, before, before2: wordAt(ec, c.from - 2), after: wordAt(ec, c.to), after2: wordAt(ec, c.to + 1), the: before?.lower === "the", lastLow: lows[lows.length - 1] };
  for (const rule of EVIDENCE_RULES) rule(ec, c, g, x);
}

/** Chunks grouped by name (lower case), each group with its evidence. */
export function gatherEvidence(body: string, tokens: Token[], chunks: Chunk[]): Map<string, Evidence> {
  const ec: EvCtx = { body, tokens };
  const groups = new Map<string, Evidence>();
  for (const c of chunks) {
    let g = groups.get(c.key);
    if (!g) {
      let words = 0;
      for (let k = c.from; k < c.to; k++) if (ec.tokens[k].word) words++;
      g = {
        name: c.name, first: ec.tokens[c.from].start, tokens: words, chunks: [], person: 0, outlet: 0, org: 0, place: 0,
        speaks: 0, afterThe: 0, thing: 0, roleLead: 0, roleApposed: false, role: null, heads: new Set(), aliases: new Set(),
      };
      groups.set(c.key, g);
    }
    g.chunks.push(c);
    collectEvidence(ec, c, g);
  }
  return groups;
}
