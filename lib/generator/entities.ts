// People, organisations and outlets. Capitalised phrases are collected from the token stream,
// a leading role ("Harbour Spokesman", "former Westland President") is split off, and each distinct
// name gathers evidence from its contexts: a role or an age makes a person, an outlet noun or a
// relay verb ("X reported", "X quoted Y as saying", "told the X") makes an outlet, organisation
// words or speaking as an institution ("the X said") make an organisation. A phrase with no such
// evidence (a place, an event, a product) is left out. Single words that repeat a person's
// surname become that person's mentions.
import {
  CALENDAR_WORDS,
  GROUP_NOUNS,
  PROXY_NOUNS,
  NAME_CONNECTORS,
  OPENER_WORDS,
  ORG_WORDS,
  OUTLET_HEADS,
  OUTLET_NOUNS,
  PLACE_WORDS,
  PREPOSITIONS,
  RELAY_VERBS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEECH_VERBS,
  VERB_FILLERS,
} from "./speech/lexicon";
import { tokenize, type Token } from "./speech/tokens";
import type { Entity, EntityKind, Sentence, Span } from "./types";

/** One occurrence of a capitalised phrase, its role split off. */
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

type Evidence = {
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
  /** The role came from an appositive ("its president, X,"): too generic to be an alias. */
  roleApposed: boolean;
  role: string | null;
  aliases: Set<string>;
};

const PLACE_PREFIXES = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new", "united", "upper", "lower", "greater"]);

/** Titles written with a full stop before a name ("Mrs. Lund", "Dr. Berg"). */
const DOTTED_TITLES = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st", "rev", "pres", "supt", "det", "insp", "adm", "maj", "cpl", "pvt", "hon", "fr"]);

/** Ship prefixes ("the MV X", "HMS X"): a vessel's name is no speaker, whatever words follow. */
const VESSEL_PREFIXES = new Set(["MV", "MS", "MY", "SY", "HMS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "USCGC", "RMS", "RV", "SS", "MT", "FV", "INS", "ROKS", "TCG"]);
/** Common nouns right before a vessel's name ("the ferry X", "the tanker X"). */
const VESSEL_NOUNS = new Set(["ship", "ferry", "vessel", "boat", "tanker", "freighter", "trawler", "yacht", "liner", "barge", "tug", "submarine", "frigate", "destroyer", "warship", "carrier", "cruiser", "steamer", "schooner", "catamaran", "dinghy", "dredger"]);
/** "officials in X said", "the government of X said": X is where they are or whose, not who speaks. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "across", "near", "throughout", "inside", "outside", "around", "within", "of"]);

const isAllCaps = (t: string) => t.length >= 2 && /^[\p{Lu}\p{N}&.-]+$/u.test(t) && /\p{Lu}.*\p{Lu}/u.test(t);

/** Tokens separated by plain spaces only (no punctuation, no paragraph break). */
function adjacent(body: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) if (body[i] !== " " && body[i] !== "\u00a0") return false;
  return true;
}

export type EntityAnalysis = { entities: Entity[]; tokens: Token[] };

export function findEntities(body: string, sentences: Sentence[]): Entity[] {
  return analyseEntities(body, sentences).entities;
}

export function analyseEntities(body: string, sentences: Sentence[]): EntityAnalysis {
  const tokens = tokenize(body, sentences);
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap) lowerSeen.add(t.lower);

  // A word opens its sentence (or a quotation): its capital says nothing about being a name.
  const opensSentence = (i: number) => {
    const t = tokens[i];
    for (let k = i - 1; k >= 0; k--) {
      const p = tokens[k];
      if (p.sentence !== t.sentence) return true;
      if (p.word) return false;
      if (!/["“‘'(\[«—–-]/.test(p.text)) return false;
      // An opening mark sits right against the word; a closing one is followed by a space.
      if (/["“‘'«]/.test(p.text)) return p.end === t.start;
    }
    return true;
  };
  const nameMemo = new Int8Array(tokens.length); // 0 unknown, 1 yes, 2 no
  const nameLike = (i: number) => {
    if (nameMemo[i] === 0) nameMemo[i] = nameLikeRaw(i) ? 1 : 2;
    return nameMemo[i] === 1;
  };
  const nameLikeRaw = (i: number) => {
    const t = tokens[i];
    if (!t.word || !t.cap) return false;
    const low = t.base.toLowerCase();
    if (t.text === "I") return false;
    if (CALENDAR_WORDS.has(low)) {
      // "the Sunday Ledger": a weekday or month inside a title-like name after "the".
      const next = tokens[i + 1];
      return tokens[i - 1]?.lower === "the" && !!next && next.cap && next.start === t.end + 1 && !CALENDAR_WORDS.has(next.lower);
    }
    if (isAllCaps(t.base) && lowerSeen.has(low)) return false;
    if (opensSentence(i)) {
      if (GROUP_NOUNS.has(low) || PROXY_NOUNS.has(low) || OPENER_WORDS.has(low)) return false;
      // "Continued Olsen:", "Asked about it, …": a speech verb opening the sentence is no name.
      if (SPEECH_VERBS.has(low) && !t.possessive) return false;
      if (lowerSeen.has(low) || (low.endsWith("s") && lowerSeen.has(low.slice(0, -1)))) {
        // A common word opening the sentence is still a name's first word when a capitalised
        // word follows right after ("Bill Moreno said", "Former Minister X").
        const next = tokens[i + 1];
        return !!next && next.cap && !t.possessive && next.start === t.end + 1 && !OPENER_WORDS.has(next.lower) && !CALENDAR_WORDS.has(next.lower);
      }
    }
    return true;
  };

  // 1. Capitalised phrases.
  const chunks: Chunk[] = [];
  // Vessel names, lower case, so a later "the Lady X" is recognised without its prefix.
  const vesselNames = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(i)) continue;
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1];
      if (prev.possessive && !(j < tokens.length && nameLike(j) && ORG_WORDS.has(tokens[j].lower))) break;
      // An initial: "J. Arne Vik", "Ola B. Brandt".
      if (
        tokens[j].text === "." && tokens[j].start === prev.end && (/^\p{Lu}$/u.test(prev.text) || DOTTED_TITLES.has(prev.lower)) &&
        j + 1 < tokens.length && body[tokens[j].end] === " " && tokens[j + 1].start === tokens[j].end + 1 && nameLike(j + 1)
      ) {
        j += 2;
        continue;
      }
      // A plural possessive inside a body's name: "the Dockers' Union".
      if (
        /^['’]$/.test(tokens[j].text) && tokens[j].start === prev.end && /s$/.test(prev.text) && j + 1 < tokens.length &&
        tokens[j + 1].start === tokens[j].end + 1 && nameLike(j + 1) && ORG_WORDS.has(tokens[j + 1].lower)
      ) {
        j += 2;
        continue;
      }
      if (!adjacent(body, prev, tokens[j])) break;
      if (nameLike(j)) {
        j++;
        continue;
      }
      // "Bank of Westland", "Order of Merit": a lower-case connector between capitals.
      let k = j;
      while (k < tokens.length && k - j < 2 && NAME_CONNECTORS.has(tokens[k].lower) && !tokens[k].cap && adjacent(body, tokens[k - 1], tokens[k])) k++;
      const firstConnector = tokens[j].lower;
      // "Judge Jane Doe of the District Court": a titled person's name ends before "of".
      const titledName = j - i >= 2 && ROLE_WORDS.has(tokens[i].lower) && firstConnector === "of";
      const connectorOk = firstConnector !== "and" && firstConnector !== "the" && firstConnector !== "for" && !titledName;
      if (k > j && k < tokens.length && connectorOk && nameLike(k) && adjacent(body, tokens[k - 1], tokens[k])) {
        j = k + 1;
        continue;
      }
      break;
    }
    pushChunk(i, j);
    i = j - 1;
  }

  function pushChunk(from: number, to: number) {
    const fullKey = body.slice(tokens[from].start, tokens[to - 1].end).toLowerCase();
    const vesselNoun = from > 0 && !tokens[from - 1].cap && VESSEL_NOUNS.has(tokens[from - 1].lower) && adjacent(body, tokens[from - 1], tokens[from]);
    const prefixed = to - from > 1 && VESSEL_PREFIXES.has(tokens[from].text);
    if (prefixed || vesselNoun || vesselNames.has(fullKey)) {
      const nameFrom = prefixed ? from + 1 : from;
      vesselNames.add(body.slice(tokens[nameFrom].start, tokens[to - 1].end).toLowerCase());
      chunks.push({ from, to, name: body.slice(tokens[from].start, tokens[to - 1].end), role: null, key: fullKey, thing: true });
      return;
    }
    // Split a leading role: everything up to the last role word before the name.
    let roleEnd = -1;
    for (let k = from; k < to - 1; k++) if (ROLE_WORDS.has(tokens[k].lower)) roleEnd = k;
    let role: string | null = null;
    let nameFrom = from;
    if (roleEnd >= 0) {
      nameFrom = roleEnd + 1;
      role = body.slice(tokens[from].start, tokens[roleEnd].end);
    }
    // Lower-case role words right before ("Westland captain X", "former Eastland President X").
    let k = from - 1;
    let roleStart = role ? tokens[from].start : -1;
    let roleStop = role ? tokens[roleEnd].end : -1;
    while (k >= 0 && from - k <= 3 && tokens[k].word && adjacent(body, tokens[k], tokens[k + 1])) {
      const low = tokens[k].lower;
      if ((ROLE_WORDS.has(low) && !tokens[k].cap) || (ROLE_MODIFIERS.has(low) && roleStart >= 0)) {
        roleStart = tokens[k].start;
        if (roleStop < 0) roleStop = tokens[k].end;
        k--;
        continue;
      }
      // A capitalised adjective before a lower-case role word ("Danish captain").
      if (roleStart >= 0 && tokens[k].cap && !tokens[k].possessive && !ROLE_WORDS.has(low) && !OPENER_WORDS.has(low) && k + 1 < from && roleStart === tokens[k + 1].start) {
        roleStart = tokens[k].start;
        k--;
        continue;
      }
      break;
    }
    if (roleStart >= 0 && roleStop >= 0) role = body.slice(roleStart, roleStop);
    while (nameFrom < to && !tokens[nameFrom].word) nameFrom++; // "Mrs. Lund": the stop stays with the title
    if (nameFrom >= to) return;
    const nameTokens = tokens.slice(nameFrom, to);
    const last = nameTokens[nameTokens.length - 1];
    const name = body.slice(nameTokens[0].start, last.possessive ? last.end - 2 : last.end);
    if (!/\p{L}/u.test(name)) return;
    chunks.push({ from: nameFrom, to, name, role, key: name.toLowerCase(), thing: false });
  }

  // 2. Evidence per distinct name.
  const groups = new Map<string, Evidence>();
  for (const c of chunks) {
    let g = groups.get(c.key);
    if (!g) {
      let words = 0;
      for (let k = c.from; k < c.to; k++) if (tokens[k].word) words++;
      g = {
        name: c.name, first: tokens[c.from].start, tokens: words, chunks: [], person: 0, outlet: 0, org: 0, place: 0,
        speaks: 0, afterThe: 0, thing: 0, roleApposed: false, role: null, aliases: new Set(),
      };
      groups.set(c.key, g);
    }
    g.chunks.push(c);
    collectEvidence(c, g);
  }

  function wordAt(i: number): Token | undefined {
    return i >= 0 && i < tokens.length ? tokens[i] : undefined;
  }

  /** Index after an appositive ", ... ," that starts at i (a comma), or -1. */
  function skipAppositive(i: number): number {
    if (wordAt(i)?.text !== ",") return -1;
    for (let k = i + 1; k < tokens.length && k - i <= 30; k++) {
      const t = tokens[k];
      if (t.sentence !== tokens[i].sentence) return -1;
      if (t.text === ",") return k + 1;
      if (/^[.;:!?"“”]$/.test(t.text)) return -1;
    }
    return -1;
  }

  /** The chunk is followed (after an appositive and fillers) by a speech or relay verb. */
  function verbAfter(to: number, chunkFrom: number): { verb: Token; at: number } | null {
    let k = to;
    const app = skipAppositive(k);
    if (app > 0) {
      // "Acme, Jane Doe, said": the name in the appositive speaks, not the phrase before it.
      const inner = tokens.slice(k + 1, app - 1);
      if (inner.length > 0 && inner.every((t) => t.cap || !t.word)) return null;
      k = app;
    } else if (tokens[k]?.text === ",") {
      // "The minister, Jane Doe, said" seen from the name: only when a comma opens the name too.
      let c = chunkFrom - 1;
      while (c >= 0 && c > chunkFrom - 4 && tokens[c].word && (tokens[c].cap || ROLE_WORDS.has(tokens[c].lower))) c--;
      if (tokens[c]?.text !== ",") return null;
      k++;
    }
    while (k < tokens.length && VERB_FILLERS.has(tokens[k].lower)) k++;
    const t = wordAt(k);
    if (t && t.sentence === tokens[to - 1].sentence && (SPEECH_VERBS.has(t.lower) || RELAY_VERBS.has(t.lower))) return { verb: t, at: k };
    return null;
  }

  function collectEvidence(c: Chunk, g: Evidence) {
    const names = tokens.slice(c.from, c.to);
    const lows = names.map((t) => t.base.toLowerCase());
    const before = wordAt(c.from - 1);
    const before2 = wordAt(c.from - 2);
    const after = wordAt(c.to);
    const after2 = wordAt(c.to + 1);
    if (c.thing) {
      g.thing++;
      return;
    }
    if (c.role) {
      g.person += 3;
      if (g.role === null || g.roleApposed) {
        g.role = c.role;
        g.roleApposed = false;
      }
    }
    if (lows.some((w) => ORG_WORDS.has(w))) g.org += 2;
    // Place heads sit last ("... Stadium"); compass words first ("North ...").
    if (PLACE_WORDS.has(lows[lows.length - 1]) || (lows.length > 1 && PLACE_PREFIXES.has(lows[0]))) g.place += 2;
    const lastLow = lows[lows.length - 1];
    const the = before?.lower === "the";
    if (the) g.afterThe++;
    if (OUTLET_HEADS.has(lastLow) && (names.length > 1 || the)) g.outlet += 2;
    // "… News Agency", "… Press Agency": a wire service.
    if (lastLow === "agency" && lows.some((w) => w === "news" || w === "press" || w === "telegraph" || w === "wire")) g.outlet += 3;
    // "X news agency", "X newspaper", "news agency X", "the newspaper X"
    if (after && !after.cap && (OUTLET_NOUNS.has(after.lower) || (after.lower === "news" && after2 && OUTLET_NOUNS.has(after2.lower)))) g.outlet += 3;
    if (before && !before.cap && OUTLET_NOUNS.has(before.lower) && !the) g.outlet += 2;
    // ", 19," — an age
    if (after?.text === "," && after2 && /^\d{1,3}$/.test(after2.text) && /^[,.;)]$/.test(wordAt(c.to + 2)?.text ?? ".")) g.person += 3;
    // ", a lawyer for the family,", ", Westland coach," — an appositive naming a role
    const app = skipAppositive(c.to);
    if (app > 0) {
      const inner = tokens.slice(c.to + 1, app - 1);
      if (inner.some((t) => !t.cap && ROLE_WORDS.has(t.lower))) g.person += 2;
    }
    // "attorney, Jane Doe" / "a union attorney, X"
    if (before?.text === "," && before2 && !before2.cap && ROLE_WORDS.has(before2.lower)) {
      g.person += 2;
      // "The union's president, Jane Doe," / "Its chief executive, X,": the role phrase itself,
      // when it opens its noun phrase (not "a spokeswoman for the governor, X").
      let r = c.from - 2;
      while (r - 1 >= 0 && c.from - 2 - r < 3 && tokens[r - 1].word && !tokens[r - 1].cap && (ROLE_WORDS.has(tokens[r - 1].lower) || ROLE_MODIFIERS.has(tokens[r - 1].lower))) r--;
      const det = wordAt(r - 1);
      const detOk = !!det && (det.possessive || /^(the|its|his|her|their|our|a|an)$/i.test(det.text));
      const prep = wordAt(r - 2);
      if (detOk && !(prep && prep.word && !prep.cap && PREPOSITIONS.has(prep.lower)) && !(det.possessive && prep?.word && PREPOSITIONS.has(prep.lower))) {
        if (g.role === null) {
          g.role = body.slice(tokens[r].start, tokens[c.from - 2].end);
          g.roleApposed = true;
        }
      }
    }
    // "Jane Doe: “…”": a name introducing a quotation speaks.
    if (after?.text === ":" && after2 && /^["“]$/.test(after2.text)) g.speaks++;
    if (after?.text === "," && after2?.lower === "who") g.person += 1;
    if (after?.text === "," && after2?.lower === "which") g.org += 1;
    const v = verbAfter(c.to, c.from);
    const located = (before && PLACE_PREPOSITIONS.has(before.lower)) || (the && before2 && PLACE_PREPOSITIONS.has(before2.lower));
    if (v && !located) {
      const presentNoun = /s$/.test(v.verb.lower) && wordAt(v.at + 1)?.lower !== "that";
      if (RELAY_VERBS.has(v.verb.lower) && presentNoun) {
        // "Earlier reports have ...": a noun, not a verb.
      } else if (RELAY_VERBS.has(v.verb.lower)) {
        // "X reported", "X quoted Y as saying": relaying is what outlets do.
        g.outlet += v.verb.lower.startsWith("quot") || v.verb.lower.startsWith("report") ? 2 : 1;
      } else g.speaks++;
    }
    // "X's statement/analysis ... concluded": the owner speaks through a document.
    const lastName = tokens[c.to - 1];
    if (lastName.possessive) {
      for (let k = c.to; k < tokens.length && k - c.to < 10; k++) {
        const t = tokens[k];
        if (!t.word || t.cap || t.sentence !== lastName.sentence) break;
        if (SPEECH_VERBS.has(t.lower) && k > c.to) {
          g.speaks++;
          break;
        }
      }
    }
    // "said X" after a quotation: an inverted cue.
    // (also "…," said auditor X / said local resident X)
    for (let k = c.from - 1; k >= 0 && k >= c.from - 4; k--) {
      const t = tokens[k];
      if (!t.word || t.cap) break;
      if (SPEECH_VERBS.has(t.lower)) {
        if (/^[,"”’']$/.test(wordAt(k - 1)?.text ?? "")) g.speaks++;
        break;
      }
    }
    // "told the X" / "told X that": the hearer of a statement in the news is usually an outlet.
    if (before && (before.lower === "told" || (the && before2?.lower === "told")) && lows.every((w) => !ROLE_WORDS.has(w) && !ORG_WORDS.has(w))) {
      // "told the X", "told X that/in/on/.": a name heard by a statement's speaker is an outlet
      // unless it shows up as a person elsewhere (then the person evidence outweighs this).
      const next = after?.lower ?? ".";
      if (OUTLET_HEADS.has(lastLow) || the || /^(that|in|on|by|at|,|\.|:|;|after|before|during|last|earlier|late)$/.test(next)) g.outlet += 2;
    }
    // "in an interview with (broadcaster) X", "speaking to the X": an interviewer is an outlet.
    {
      let k = c.from - 1;
      while (k >= 0 && c.from - k <= 3 && tokens[k].word && !tokens[k].cap && (tokens[k].lower === "the" || OUTLET_NOUNS.has(tokens[k].lower) || tokens[k].lower === "broadcaster")) k--;
      const prep = wordAt(k)?.lower ?? "";
      const head = wordAt(k - 1)?.lower ?? "";
      if (/^(with|to)$/.test(prep) && /^(interview|interviews|speaking|talking|spoke|comments|remarks)$/.test(head) && lows.every((w) => !ROLE_WORDS.has(w) && !ORG_WORDS.has(w))) g.outlet += 2;
    }
    // "according to X news agency", "quoting X": relays when X has an outlet noun (counted above).
    if (before && PREPOSITIONS.has(before.lower) && !the) g.place += 0.5;
    if (names.length === 1 && isAllCaps(names[0].base)) g.org += 0.5;
    // "he", "she", "his", "her" soon after: a person.
    for (let k = c.to; k < tokens.length && k - c.to < 14; k++) {
      const t = tokens[k];
      if (t.sentence !== tokens[c.from].sentence && t.sentence !== tokens[c.from].sentence + 1) break;
      if (/^(he|she|his|her|him)$/.test(t.lower)) {
        g.person += 0.5;
        break;
      }
      if (t.cap && t.word && k > c.to + 1) break;
    }
    // Parenthetical acronym: "Westland News Agency (WNA)".
    if (after?.text === "(" && after2 && isAllCaps(after2.base) && wordAt(c.to + 2)?.text === ")") g.aliases.add(after2.base);
  }

  // 3. Decide kinds. Multi-word names first, so single words can join them as surnames.
  const kinds = new Map<string, EntityKind | null>();
  const decide = (g: Evidence): EntityKind | null => {
    if (g.thing > 0) return null;
    if (g.outlet >= 2 && g.outlet >= g.person) return "outlet";
    if (g.org >= 2) return "organisation";
    if (g.person >= 2 && g.place < 2) return "person";
    if (g.speaks > 0) {
      // A speaker with no other cue: a plain two- or three-word name is a person, else a body.
      const plain = g.tokens > 1 && g.tokens <= 4 && g.afterThe === 0 && g.org < 1 && g.place < 2 && g.outlet < 1 && !isAllCaps(g.name.split(/\s+/)[0]);
      return plain || g.person >= 0.5 ? "person" : "organisation";
    }
    if (g.aliases.size > 0) return "organisation";
    return null;
  };
  const multi = [...groups.entries()].filter(([, g]) => g.tokens > 1);
  const single = [...groups.entries()].filter(([, g]) => g.tokens === 1);
  for (const [key, g] of multi) kinds.set(key, decide(g));

  // Surnames and first names of people; parenthetical acronyms of any entity.
  const bySurname = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  const byAlias = new Map<string, string>();
  for (const [key] of multi) {
    if (kinds.get(key) === "person") {
      const parts = key.split(/\s+/);
      const last = parts[parts.length - 1];
      bySurname.set(last, [...(bySurname.get(last) ?? []), key]);
      byFirst.set(parts[0], [...(byFirst.get(parts[0]) ?? []), key]);
    }
  }
  for (const [key, g] of groups) for (const a of g.aliases) byAlias.set(a.toLowerCase(), key);

  // A single word that is some person's surname: its subject uses count as person evidence too.
  const merged = new Map<string, string>();
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
  // Multi-word names that no cue made a person but whose surname acts alone as a subject.
  for (const [key, g] of multi) {
    if (kinds.get(key) !== null || g.place >= 2 || g.afterThe > 0) continue;
    const last = key.split(/\s+/).pop() as string;
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
        const before = wordAt(c.from - 1);
        const after = wordAt(c.to);
        const afterQuote = !!before && /^["”’]$/.test(before.text) && !!after && SPEECH_VERBS.has(after.lower); // "…,” X said
        if (((!before || before.sentence !== tokens[c.from].sentence || before.text === ",") && after?.word && !after.cap) || afterQuote) subjectUses++;
      }
      // A plain two- or three-word name whose surname speaks alone needs only that one cue.
      const plain = g.tokens <= 3 && g.org === 0 && g.outlet === 0 && g.place === 0 && alone.org === 0 && alone.outlet === 0;
      if (subjectUses + g.person + alone.speaks >= (plain && alone.speaks > 0 ? 1 : 2)) {
        kinds.set(key, "person");
        merged.set(last, key);
        kinds.delete(last);
      }
    }
  }

  // 4. Entities in order of first mention.
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const apposedRole = new Set<Entity>();
  const ordered = [...groups.entries()].sort((a, b) => a[1].first - b[1].first);
  for (const [key, g] of ordered) {
    if (merged.has(key)) continue;
    const kind = kinds.get(key);
    if (!kind) continue;
    const e: Entity = { id: entities.length, kind, name: g.name, aliases: [], role: kind === "person" ? g.role : null, mentions: [] };
    entities.push(e);
    byKey.set(key, e);
    if (g.roleApposed) apposedRole.add(e);
  }
  const addMention = (e: Entity, c: Chunk) => {
    const first = tokens[c.from];
    const last = tokens[c.to - 1];
    const end = last.possessive ? last.end - 2 : last.end;
    e.mentions.push({ start: first.start, end, text: body.slice(first.start, end) });
  };
  for (const [key, g] of groups) {
    const target = byKey.get(merged.get(key) ?? key);
    if (!target) continue;
    for (const c of g.chunks) addMention(target, c);
    if (merged.has(key) && !target.aliases.includes(g.name)) target.aliases.push(g.name);
  }
  for (const e of entities) {
    const g = groups.get(e.name.toLowerCase());
    if (g) for (const a of g.aliases) if (!e.aliases.includes(a)) e.aliases.push(a);
    e.mentions.sort((a, b) => a.start - b.start);
  }
  mergeShortForms(entities, body);
  // Role descriptions used as aliases ("the harbour spokesman"), when the text uses one for one entity only.
  const lowerBody = body.toLowerCase();
  const roleCount = new Map<string, number>();
  for (const e of entities) if (e.role) roleCount.set(e.role.toLowerCase(), (roleCount.get(e.role.toLowerCase()) ?? 0) + 1);
  for (const e of entities) {
    if (lowerBody.length !== body.length) break; // offsets would not line up
    if (!e.role || apposedRole.has(e) || roleCount.get(e.role.toLowerCase()) !== 1) continue;
    const desc = "the " + e.role.toLowerCase();
    let at = lowerBody.indexOf(desc);
    if (at < 0) continue;
    e.aliases.push(body.slice(at, at + desc.length));
    const spans: Span[] = [];
    while (at >= 0 && spans.length < 50) {
      spans.push({ start: at, end: at + desc.length, text: body.slice(at, at + desc.length) });
      at = lowerBody.indexOf(desc, at + desc.length);
    }
    e.mentions = [...e.mentions, ...spans].sort((a, b) => a.start - b.start);
  }
  return { entities, tokens };
}

const isLowerWord = (w: string) => w === w.toLowerCase();

/** Same first letter and one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The one person whose surname is a single edit from `word` (five letters or more), if exactly one. */
function typoSurname(word: string, bySurname: Map<string, string[]>): string | null {
  if (word.length < 5) return null;
  let found: string | null = null;
  for (const [sur, keys] of bySurname) {
    if (sur.length < 5 || !oneEditApart(word, sur)) continue;
    if (found || keys.length !== 1) return null;
    found = keys[0];
  }
  return found;
}

/**
 * Short forms of a body's name: a capitalised tail ("Coast Guard" after "Harbour Coast Guard",
 * "the Herald" after "the Westland Herald") of the same kind merges into the one longer name it ends, and a lower-case common-noun tail after "the"
 * ("the coast guard", "the ministry") becomes a mention when it fits exactly one named body.
 */
function mergeShortForms(entities: Entity[], body: string): void {
  const bodies = entities.filter((e) => e.kind !== "person");
  const lowerNames = bodies.map((e) => e.name.toLowerCase());
  const endsWith = (name: string, tail: string) => name.length > tail.length && name.endsWith(" " + tail);
  for (const e of [...bodies]) {
    const low = e.name.toLowerCase();
    const longer = bodies.filter((o, i) => o !== e && endsWith(lowerNames[i], low));
    if (longer.length !== 1 || longer[0].kind !== e.kind) continue;
    const target = longer[0];
    if ((target.mentions[0]?.start ?? Infinity) > (e.mentions[0]?.start ?? -1)) continue;
    target.mentions = [...target.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    if (!target.aliases.includes(e.name)) target.aliases.push(e.name);
    entities.splice(entities.indexOf(e), 1);
  }
  entities.forEach((e, i) => (e.id = i));
  if (body.toLowerCase().length !== body.length) return; // offsets would not line up
  const lowerBody = body.toLowerCase();
  const live = entities.filter((e) => e.kind !== "person");
  const tailsOf = (e: Entity) => {
    const words = e.name.toLowerCase().split(/\s+/);
    const out: string[] = [];
    for (let k = 1; k < words.length; k++) {
      const tail = words.slice(k);
      if (ORG_WORDS.has(tail[tail.length - 1])) out.push(tail.join(" "));
    }
    return out;
  };
  const owners = new Map<string, Entity[]>();
  for (const e of live) for (const t of tailsOf(e)) owners.set(t, [...(owners.get(t) ?? []), e]);
  for (const [tail, list] of owners) {
    if (list.length !== 1) continue;
    const e = list[0];
    const first = e.mentions[0]?.start ?? Infinity;
    const desc = "the " + tail;
    // Hits come in body order, as do the sorted mentions: one pointer checks overlaps.
    const existing = [...e.mentions].sort((a, b) => a.start - b.start);
    let p = 0;
    let at = lowerBody.indexOf(desc, first);
    let added = 0;
    while (at >= 0 && added < 50) {
      const end = at + desc.length;
      const text = body.slice(at, end);
      while (p < existing.length && existing[p].end <= at) p++;
      const overlaps = p < existing.length && existing[p].start < end;
      const boundary = (at === 0 || !/[\p{L}\p{N}]/u.test(body[at - 1])) && (end >= body.length || !/[\p{L}\p{N}]/u.test(body[end]));
      if (boundary && !overlaps && isLowerWord(text.slice(4))) {
        e.mentions.push({ start: at, end, text });
        if (!e.aliases.includes(tail)) e.aliases.push(tail);
        added++;
      }
      at = lowerBody.indexOf(desc, end);
    }
    e.mentions.sort((a, b) => a.start - b.start);
  }
}
