// Who holds a claim: the noun phrase that is the subject of the cue's clause, the phrase after
// "according to", or, for a pronoun, the subject it points back to. Names map to the canonical
// entity when an entity mention overlaps the phrase or an alias spells it.
import type { Entity, Quote, Sentence } from "../types";
import { phraseTokens, type PhraseToken } from "../text/phrase-tokens";
import type { Token as LayerToken } from "../text/tokens";
import {
  CALENDAR_WORDS, HOLDER_CONNECTORS as CONNECTORS, HOLDER_DETERMINERS as DETERMINERS, HOLDER_NOUNS, HOLDER_OPENERS as OPENERS,
  HOLDER_SPEECH_VERB as SPEECH_VERB, HOLDER_TITLES as ROLE_WORDS, LEAD_PREPOSITIONS, PRONOUNS, ROLE_WORDS as ROLE_NOUNS, SKIP_BEFORE_VERB,
} from "../text/lexicon";

export type Holder = { name: string; via: string | null };
/** The claim stage's view of the article: the text layer's tokens (read through phraseTokens)
 *  and what the earlier stages found. */
export type HolderContext = { body: string; sentences: Sentence[]; tokens: LayerToken[]; entities: Entity[]; quotes: Quote[] };

type Token = PhraseToken;

/** The phrase words of body[from, to) (see text/phrase-tokens.ts). */
export function wordsIn(ctx: HolderContext, from: number, to: number): Token[] {
  return phraseTokens(ctx.body, ctx.tokens, from, to);
}

export function isCapitalised(w: string): boolean {
  const c = w[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The holder whose clause ends right before `cueStart` (an index into the sentence text). */
export function holderBefore(s: Sentence, cueStart: number, ctx: HolderContext, depth = 0): Holder | null {
  const tokens = wordsIn(ctx, s.start, s.start + cueStart);
  const skip = (from: number) => {
    let j = from;
    // (a capitalised "Will" or "May" inside the sentence is a name, not a modal)
    const skippable = (t: Token, at: number) => SKIP_BEFORE_VERB.has(t.text.toLowerCase()) && !(at > 0 && isCapitalised(t.text));
    while (j >= 0 && (skippable(tokens[j], j) || /^[“”"‘’]$/.test(tokens[j].text) || /^[a-z]+ly$/.test(tokens[j].text))) j--;
    return j;
  };
  let i = skip(tokens.length - 1);
  // "Mark Siljander, R-Mich., pleaded": a party label set off by commas is no part of the subject
  if (i >= 3 && tokens[i].text === "," && /^[DRI]-\p{Lu}/u.test(tokens[i - 1].text) && tokens[i - 2].text === ",") i -= 3;
  // A verb coordinated with the cue shares its subject: "she laughed and admitted".
  if (i >= 2 && tokens[i].text === "and" && /^\p{Ll}+$/u.test(tokens[i - 1].text) && !DETERMINERS.has(tokens[i - 1].text) && !CONNECTORS.has(tokens[i - 1].text)) i = skip(i - 2);
  if (i < 0) return depth < 2 ? previousSubject(s, ctx, depth) : null;
  const w = tokens[i].text.toLowerCase();
  // "…, such as Officer Lyle White, who pleaded guilty": the relative pronoun's noun before its comma
  if ((w === "who" || w === "which") && tokens[i - 1]?.text === "," && i >= 2) {
    const relative = relativeHolder(tokens, i, ctx);
    if (relative) return relative;
  }
  if (PRONOUNS.has(w)) return resolvePronoun(s, tokens[i], ctx, depth);
  const np = phraseEndingAt(tokens, i);
  if (!np) return null;
  // "Health officials in Texas have confirmed": the holder noun before a place phrase holds it
  const at = tokens.indexOf(np[0]);
  if (at >= 2 && /^(?:in|from|at|across|near)$/i.test(tokens[at - 1].text) && HOLDER_NOUNS.has(tokens[at - 2].text.toLowerCase())) {
    const head = phraseEndingAt(tokens, at - 2);
    if (head) return toHolder(head, ctx);
  }
  return toHolder(np, ctx);
}

/** The noun before ", who"/", which": not a preposition's object ("an official in Nairobi, who
 *  refused"), and "which" never a person ("an article by Gabriel Sherman, which …"). */
function relativeHolder(tokens: Token[], i: number, ctx: HolderContext): Holder | null {
  const np = phraseEndingAt(tokens, i - 2);
  if (!np) return null;
  const before = tokens[tokens.indexOf(np[0]) - 1];
  if (before && PREPOSITION.test(before.text)) return null;
  const h = toHolder(np, ctx);
  if (!h) return null;
  const kind = ctx.entities.find((e) => e.name === h.name)?.kind;
  // ("who" for anyone but a known body; "which" only for a body the article names, or a noun)
  return tokens[i].text.toLowerCase() === "who" ? (kind === undefined || kind === "person" ? h : null) : (kind !== undefined && kind !== "person") || /^\p{Ll}/u.test(h.name) ? h : null;
}

/** The phrase right after a cue such as "according to": "Harbour news agency", "Okafor". */
export function holderAfter(s: Sentence, from: number, ctx: HolderContext): Holder | null {
  const tokens = wordsIn(ctx, s.start + from, s.end);
  // "confirmed by her son, Erik Olander, who …": the person in apposition (not a document's
  // name: "according to the report, …").
  const apposed = apposedName(tokens, 0, ctx);
  if (apposed && !tokens.slice(0, 6).some((t) => DOCUMENTS.test(t.text))) return apposed;
  const picked: Token[] = [];
  for (const t of tokens) {
    const w = t.text.toLowerCase();
    if (!picked.length && DETERMINERS.has(w)) { picked.push(t); continue; }
    if (isCapitalised(t.text) || HOLDER_NOUNS.has(w) || (picked.length && CONNECTORS.has(w) && !/^(?:and|&)$/.test(w)) || w === "news") {
      picked.push(t);
      continue;
    }
    break;
  }
  while (picked.length && (DETERMINERS.has(picked[picked.length - 1].text.toLowerCase()) || CONNECTORS.has(picked[picked.length - 1].text.toLowerCase()))) picked.pop();
  if (!picked.some((t) => isCapitalised(t.text) || HOLDER_NOUNS.has(t.text.toLowerCase()))) return null;
  // "according to a statement carried by the Ledger" / "a report from the ministry": the
  // document is not the holder, whoever issued or carried it is.
  const last = picked[picked.length - 1];
  if (picked.every((t) => !isCapitalised(t.text)) && DOCUMENTS.test(last.text)) {
    const rest = s.text.slice(last.end - s.start);
    const by = /^\s+(?:(?:carried|published|released|issued|put\s+out|quoted|cited)\s+)?(?:by|from|of|in)\s+/i.exec(rest);
    if (by) {
      const issuer = holderAfter(s, last.end - s.start + by[0].length, ctx);
      if (issuer) return issuer;
    }
  }
  // "according to a Commission statement": the name before the document issued it.
  const issuer = picked.slice(0, -1).filter((t) => !DETERMINERS.has(t.text.toLowerCase()));
  if (DOCUMENTS.test(last.text) && issuer.length && issuer.every((t) => isCapitalised(t.text))) return toHolder(issuer, ctx);
  return toHolder(picked, ctx);
}

/** A participle clause opening the sentence ("Speaking in Harlem, …", "Asked about it, …"). */
const LEAD_PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ing|ed)\s+(?:in|at|on|to|about|by|after|before|with|from|for|during)\b/u;
const PREPOSITION = /^(?:in|on|at|during|after|before|since|until|by|for|from|with|over|under|within|following|despite|amid|according)$/i;

/** "In 2019 the …", "On Monday police …": a preposition and one word, no comma after. */
const DATED_OPENING = /^(?:In|On|By|Since|Until|During)\s+(\p{L}+|\d{4})\s+(?=\p{L})/u;
/** A year, month or weekday: one word that dates a fronted phrase. */
const isTimeWord = (w: string) => /^(?:1[89]|20)\d\d$/.test(w) || CALENDAR_WORDS.has(w.toLowerCase());

const DOCUMENTS = /^(?:statement|statements|report|reports|document|documents|release|filing|letter|memo|post|notice|transcript|interview)$/i;

/** The subject of a sentence's main clause, after any opening adverbial ("On Friday, …"). */
export function sentenceSubject(s: Sentence, ctx: HolderContext, depth = 0): Holder | null {
  // An attributed quotation or statement in the sentence names its speaker outright.
  const speaking = ctx.quotes.find(
    (q) => q.speaker && q.sure && q.kind !== "title" && q.kind !== "scare" && q.cue && q.cue.start >= s.start && q.cue.end <= s.end,
  );
  if (speaking?.speaker) return { name: speaking.speaker, via: speaking.via ?? null };
  let text = s.text;
  let offset = s.start;
  const comma = text.indexOf(", ");
  const dated = DATED_OPENING.exec(text);
  // "In 2019 the firm was fined, …": a dated opening without its comma, then the subject.
  if (dated && isTimeWord(dated[1])) {
    text = text.slice(dated[0].length);
    offset += dated[0].length;
  } else if ((LEAD_PREPOSITIONS.test(text) || LEAD_PARTICIPLE.test(text)) && comma > 0 && comma < 120) {
    // A fronted phrase before the subject: "In May, …", "Speaking in Harlem, …".
    text = text.slice(comma + 2);
    offset += comma + 2;
  }
  const tokens = wordsIn(ctx, offset, s.end);
  let i = 0;
  while (i < tokens.length && (OPENERS.has(tokens[i].text.toLowerCase()) || /^[,“”"‘’]$/.test(tokens[i].text))) i++;
  if (i >= tokens.length) return null;
  // A preposition opening the sentence without a comma ("At the mention of it she …"): the
  // subject is somewhere inside, not the capitalised preposition.
  if (PREPOSITION.test(tokens[i].text)) return null;
  if (PRONOUNS.has(tokens[i].text.toLowerCase())) return depth < 2 ? previousSubject(s, ctx, depth + 1) : null;
  // ("Both deny the charges", "All three deny …": a quantifier names no one, its capital is the
  // sentence's; "Both Olsen and Lind deny …" goes on to the names)
  if (QUANTIFIERS.has(tokens[i].text.toLowerCase())) {
    if (!tokens[i + 1] || !isCapitalised(tokens[i + 1].text)) return null;
    i++;
  }
  const apposed = apposedName(tokens, i, ctx);
  if (apposed) return apposed;
  const picked: Token[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.text.toLowerCase();
    if (!picked.length && DETERMINERS.has(w)) { picked.push(t); continue; }
    if (isCapitalised(t.text) || HOLDER_NOUNS.has(w) || (picked.length && CONNECTORS.has(w) && w !== "and")) { picked.push(t); continue; }
    // A plain modifier of a holder noun ("club officials", "local police").
    if (/^\p{Ll}[\p{L}-]*$/u.test(t.text) && tokens[i + 1] && HOLDER_NOUNS.has(tokens[i + 1].text.toLowerCase())) { picked.push(t); continue; }
    // A role noun between a description and the name ("Former England defender Marcus Reid").
    if (picked.length && ROLE_NOUNS.has(w) && tokens[i + 1] && isCapitalised(tokens[i + 1].text)) { picked.push(t); continue; }
    break;
  }
  // A phrase cut before its object ("Representatives for | the singer") keeps no dangling "for".
  const dangling = (w: string) => DETERMINERS.has(w) || CONNECTORS.has(w);
  while (picked.length && dangling(picked[picked.length - 1].text.toLowerCase())) picked.pop();
  if (!picked.length) return null;
  return toHolder(picked, ctx);
}

/** "Olsen's attorney, David Kendall, declined …": a subject phrase that ends on a role noun
 *  and is followed by a name in apposition is that person, as the article names them. */
function apposedName(tokens: Token[], from: number, ctx: HolderContext): Holder | null {
  let comma = from;
  while (comma < tokens.length && comma < from + 10 && tokens[comma].text !== ",") comma++;
  // (the head may carry a relative clause: "The company that owned the site, Redrock Minerals,")
  const rel = tokens.slice(from, comma).findIndex((t) => /^(?:that|who|which)$/i.test(t.text));
  if (rel < 0 && comma > from + 5) return null;
  const role = tokens[rel > 0 ? from + rel - 1 : comma - 1]?.text.toLowerCase().replace(/[’']s$/, "");
  if (comma >= tokens.length || tokens[comma].text !== "," || comma === from || !role || isCapitalised(role) || !isRoleNoun(role)) return null;
  let end = comma + 1;
  while (end < tokens.length && end < comma + 5 && isCapitalised(tokens[end].text)) end++;
  if (end - comma - 1 < 2 || tokens[end]?.text !== ",") return null;
  return toHolder(tokens.slice(comma + 1, end), ctx);
}

/** A role or holder noun, also in the plural ("The trust's auditors, Fenwick & Lane, declined"). */
function isRoleNoun(w: string): boolean {
  const singular = w.endsWith("s") ? w.slice(0, -1) : null;
  return ROLE_NOUNS.has(w) || HOLDER_NOUNS.has(w) || (!!singular && (ROLE_NOUNS.has(singular) || HOLDER_NOUNS.has(singular)));
}

/** ", Nordlink said in a statement." closing a sentence: a named speaker and its verb. */
const CLOSING_CUE = /,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){1,5}(said|says|added|announced|reported)\b[^,;"“”]*$/u;

/** A pronoun's antecedent in the sentence before: the speaker a closing cue names ("About 3,000
 *  passengers will get refunds, Nordlink said. It did not say when …": it is Nordlink, not the
 *  sentence's first capitalised word), else that sentence's subject. */
function previousSubject(s: Sentence, ctx: HolderContext, depth: number): Holder | null {
  const idx = ctx.sentences.findIndex((x) => x.id === s.id);
  const prev = idx > 0 ? ctx.sentences[idx - 1] : undefined;
  if (!prev) return null;
  const closing = CLOSING_CUE.exec(prev.text);
  if (closing && depth < 3) {
    const h = holderBefore(prev, closing.index + closing[0].lastIndexOf(closing[1]), ctx, depth + 1);
    if (h) return h;
  }
  return sentenceSubject(prev, ctx, depth + 1);
}

/** "he"/"they": the subject of a speech verb earlier in the sentence, else the sentence's own
 *  subject when the pronoun sits in a later clause, else the previous sentence's subject. */
function resolvePronoun(s: Sentence, pronoun: Token, ctx: HolderContext, depth: number): Holder | null {
  // Inside a quotation, "I"/"we" is the quote's speaker.
  const q = ctx.quotes.find((x) => x.speaker && x.kind !== "title" && x.start <= pronoun.start && pronoun.end <= x.end);
  if (/^(?:i|we)$/i.test(pronoun.text)) {
    if (q?.speaker) return { name: q.speaker, via: q.via ?? null };
    // "…,” he added." / "…,” said Smith.": the speaker is named after the closing mark.
    const rest = s.text.slice(pronoun.end - s.start);
    const close = /[”"]\s*,?\s*/.exec(rest);
    if (close && depth < 3) {
      const from = pronoun.end - s.start + close.index + close[0].length;
      const verb = new RegExp(SPEECH_VERB.source, "i").exec(s.text.slice(from));
      if (verb && verb.index === 0) {
        const after = holderAfter(s, from + verb[0].length, ctx);
        if (after) return after;
      } else if (verb && verb.index < 60) {
        const before = holderBefore(s, from + verb.index, ctx, depth + 1);
        if (before) return before;
      }
    }
    return null;
  }
  const left = s.text.slice(0, pronoun.start - s.start);
  let lastVerb = -1;
  for (const m of left.matchAll(SPEECH_VERB)) lastVerb = m.index;
  if (lastVerb > 0 && depth < 3) {
    const h = holderBefore(s, lastVerb, ctx, depth + 1);
    if (h) return h;
  }
  const own = sentenceSubject(s, ctx, depth + 1);
  if (own && left.replace(/^[\s“”"‘’]+/, "").length > 0 && !/^\W*(?:but|and|so|however|still|yet)?\W*$/i.test(left)) return own;
  return depth < 3 ? previousSubject(s, ctx, depth) : null;
}

/** Subjects that count people without naming them. */
const QUANTIFIERS = new Set(["both", "all", "neither", "either", "each", "none"]);

/** Words that open a clause or join phrases: no modifier of a holder's head. */
const CLAUSE_WORDS = new Set(["that", "which", "who", "whom", "whose", "and", "or", "but", "than", "as"]);

/** The determiner within three plain words before i (lower-case modifiers or capitalised
 *  ones, none a connector or a verb's filler), else -1. */
function articleBefore(tokens: Token[], i: number): number {
  for (let j = i - 1; j >= 0 && i - j <= 3; j--) {
    const w = tokens[j].text.toLowerCase();
    if (DETERMINERS.has(w)) return j;
    if (!/^[\p{L}.'’-]+$/u.test(tokens[j].text) || CONNECTORS.has(w) || CLAUSE_WORDS.has(w) || SKIP_BEFORE_VERB.has(w) || OPENERS.has(w)) return -1;
  }
  return -1;
}

function phraseEndingAt(tokens: Token[], last: number): Token[] | null {
  const picked: Token[] = [];
  for (let i = last; i >= 0; i--) {
    const t = tokens[i];
    const w = t.text.toLowerCase();
    // ("the Ambassador to France": "to" joins a title to its country)
    const titleTo = picked.length && w === "to" && i > 0 && isCapitalised(tokens[i - 1].text) && ROLE_NOUNS.has(tokens[i - 1].text.toLowerCase());
    if (isCapitalised(t.text) || HOLDER_NOUNS.has(w) || (picked.length && CONNECTORS.has(w) && w !== "and") || (picked.length && w === "news") || titleTo) {
      picked.unshift(t);
      continue;
    }
    if (picked.length && DETERMINERS.has(w)) picked.unshift(t);
    // "the minister's office", "the local police", "the district attorney's office", "the U.S.
    // attorney's office": up to three plain modifiers after an article.
    else if (picked.length && /^\p{Ll}/u.test(t.text) && !SKIP_BEFORE_VERB.has(w) && !CONNECTORS.has(w) && !CLAUSE_WORDS.has(w)) {
      const det = articleBefore(tokens, i);
      if (det >= 0) picked.unshift(...tokens.slice(det, i + 1));
    }
    break;
  }
  // A leading connector or subordinator is no part of the phrase ("Although Johnson's agency").
  while (picked.length > 1 && (CONNECTORS.has(picked[0].text.toLowerCase()) || OPENERS.has(picked[0].text.toLowerCase()))) picked.shift();
  // A lone sentence-initial word like "Recent" or "But" is no holder.
  const content = picked.filter((t) => !DETERMINERS.has(t.text.toLowerCase()));
  if (!content.length) return null;
  if (content.length === 1 && OPENERS.has(content[0].text.toLowerCase())) return null;
  return picked;
}

/** A phrase as a holder: the canonical entity it mentions, or the phrase without its article. */
export function toHolder(tokens: Token[], ctx: HolderContext): Holder | null {
  if (!tokens.length || (tokens.length === 1 && QUANTIFIERS.has(tokens[0].text.toLowerCase()))) return null;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const text = ctx.body.slice(start, end);
  // A phrase naming a spokesperson and the person ("Ministry Spokeswoman Lena Varga") is the
  // person; prefer the entity whose mention ends last in the phrase. A person of a body ("Ann
  // Berg of the Rail Union") is the holder, not the body she is from.
  let best: Entity | null = null;
  let bestEnd = -1;
  let member: Entity | null = null;
  let memberEnd = -1;
  for (const e of ctx.entities) {
    for (const m of e.mentions) {
      // ("Chad's Ambassador to France": the country a title is to is not its holder)
      if (m.start > start && ctx.body.startsWith(" to ", m.start - 4)) continue;
      if (m.start < end && start < m.end && m.end > bestEnd) {
        best = e;
        bestEnd = m.end;
      }
      if (!member && e.kind === "person" && m.start >= start && m.end < end && ctx.body.startsWith(" of ", m.end)) {
        member = e;
        memberEnd = m.end;
      }
    }
  }
  if (member) [best, bestEnd] = [member, memberEnd];
  const bare = withoutRole(text.replace(/^(?:the|a|an)\s+/i, "").trim());
  if (best) return { name: fullerName(best, bare, bestEnd < end && !isCapitalised(tokens[tokens.length - 1].text)), via: null };
  const lower = bare.toLowerCase();
  for (const e of ctx.entities) {
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase().replace(/^the\s+/, ""));
    if (names.includes(lower) || names.some((n) => n.length > 2 && ((lower.endsWith(" " + n) && !lower.endsWith(" to " + n)) || n.endsWith(" " + lower)))) {
      return { name: fullerName(e, bare, false), via: null };
    }
  }
  // "the ministry" after "the Ministry of Ports" was named: the one body whose name holds the word.
  if (/^\p{Ll}+$/u.test(bare) && HOLDER_NOUNS.has(lower)) {
    const bodies = ctx.entities.filter((e) => e.kind !== "person" && new RegExp(`\\b${lower}\\b`, "i").test(e.name));
    if (bodies.length === 1 && bodies[0].mentions.some((m) => m.start < start)) return { name: bodies[0].name, via: null };
  }
  return (/^\p{Ll}+$/u.test(bare) && HOLDER_NOUNS.has(lower) && reportersBody(ctx, start)) || (bare ? { name: bare, via: null } : null);
}

/** "A Treasury spokesman said the agency does not comment …": a bare "the agency" right after a
 *  spokesperson of a named body reports it is that body. */
const SPOKESPERSON_OF = /\b(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}.&'’-]*\s+){1,4})(?:spokes(?:man|woman|person)|representative|official)\s+(?:said|says|told\s+\p{Lu}\S*|added)\s+(?:that\s+)?(?:the\s+)?$/u;
function reportersBody(ctx: HolderContext, start: number): Holder | null {
  const m = SPOKESPERSON_OF.exec(ctx.body.slice(Math.max(0, start - 120), start));
  if (!m) return null;
  const name = m[1].trim();
  const e = ctx.entities.find((x) => x.kind !== "person" && [x.name, ...x.aliases].some((n) => n === name || n.startsWith(name + " ")));
  return { name: e ? e.name : name, via: null };
}

/** The entity's name, unless the phrase says more: a lower-case head after it ("U.S. officials",
 *  "the Rail Union's lawyers") or a fuller spelling of the same name ("Ann Holt" for "Holt"). */
function fullerName(e: Entity, bare: string, modifier: boolean): string {
  if (modifier) return bare;
  const fuller = bare.length > e.name.length && bare.toLowerCase().endsWith(" " + e.name.toLowerCase());
  return fuller && bare.split(/\s+/).every(isCapitalised) ? bare : e.name;
}


/** Without an entity to map to, a phrase "Role Title First Last" keeps only the name after the
 *  last title word, when at least two capitalised words follow it. */
function withoutRole(text: string): string {
  const words = text.split(/\s+/);
  let last = -1;
  words.forEach((w, i) => {
    const low = w.toLowerCase().replace(/\.$/, "");
    // (a title, or a role noun written lower case: "Former England defender Marcus Reid")
    if (ROLE_WORDS.has(low) || (w === low && ROLE_NOUNS.has(low))) last = i;
  });
  const rest = words.slice(last + 1);
  if (last >= 0 && rest.length >= 2 && rest.every((w) => isCapitalised(w))) return rest.join(" ");
  return text;
}
