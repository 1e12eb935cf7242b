// Speech cues around a quote: verbs before it in its sentence, the cue right after it, and a
// cue that closes the sentence after more words; "according to X".
import { CLOSING_VERBS, DETERMINERS, NAMING_VERBS, OUTLET_NOUNS, PROXY_NOUNS, RELAY_VERBS, ROLE_WORDS, SPEECH_VERBS, VERB_FILLERS, WRITING_NOUNS } from "../text/lexicon";
import { MARK, WINDOW, pastShortQuote, quoteRange, spanOf, isVerbAt, type Ctx, type Cue, type SubjectRef } from "./ctx";
import { cueAt } from "./cue-verbs";
import { nounAfter, modifiersOnly, ref } from "./subjects";
import { hearerAfter, interviewVia } from "./outlets";
import { tokenAt, wrongWayCloser } from "../text/tokens";
import type { Quote } from "../types";

/** "according to X" at token k. */
export function accordingAt(ctx: Ctx, k: number): Cue | null {
  if (ctx.tokens[k].lower !== "according" || ctx.tokens[k + 1]?.lower !== "to") return null;
  let j = k + 2;
  if (ctx.tokens[j]?.lower === "the") j++;
  const m = ctx.mentionStart.get(j);
  if (!m) return { verb: "according", verbStart: k, span: spanOf(ctx, k, k + 2), rule: "according", tight: false, speaker: { kind: "unnamed", from: k }, via: null, relayVia: null };
  let end = m.to + 1;
  while (end < ctx.n && (ctx.tokens[end].lower === "news" || OUTLET_NOUNS.has(ctx.tokens[end].lower))) end++;
  const relay = m.entity.kind === "outlet" ? m.entity : null;
  return { verb: "according", verbStart: k, span: spanOf(ctx, k, end), rule: "according", tight: false, speaker: ref(m), via: null, relayVia: relay };
}

/** "as Olsen put it", "in Olsen's words", "was Olsen's answer" at token k: the words are that
 *  person's, by a phrase with no verb of saying. */
export function wordsOfAt(ctx: Ctx, k: number): Cue | null {
  const t = ctx.tokens[k];
  if (!WORDS_OF_LEADS.has(t.lower) || ctx.inQuote[k]) return null;
  // ("was how X put it": the name one word on)
  const how = t.lower === "was" && ctx.tokens[k + 1]?.lower === "how";
  const at = how ? k + 2 : k + 1;
  // ("as she put it", "in his words": a pronoun for the person, resolved as a cue's subject is)
  const pronoun = OWN_PRONOUNS.get(ctx.tokens[at]?.lower ?? "");
  const named = pronoun ? undefined : ctx.mentionStart.get(at);
  if (!pronoun && (!named || named.entity.kind !== "person")) return null;
  const to = named ? named.to : at;
  const owner = pronoun ? pronoun.owner : ctx.tokens[to].possessive;
  const w1 = ctx.tokens[to + 1]?.lower, w2 = ctx.tokens[to + 2]?.lower;
  const putIt = (t.lower === "as" || how) && !owner && (w1 === "put" || w1 === "puts") && w2 === "it";
  const words = t.lower === "in" && owner && w1 === "words";
  const answer = t.lower === "was" && !how && owner && /^(?:answer|reply|response|retort|verdict|message)$/.test(w1 ?? "");
  if (!putIt && !words && !answer) return null;
  const end = putIt ? to + 3 : to + 2;
  const speaker: SubjectRef = named ? ref(named) : { kind: "pronoun", pronoun: pronoun!.subject, from: at };
  return { verb: t.lower, verbStart: k, span: spanOf(ctx, k, end), rule: "words-of", tight: false, speaker, via: null, relayVia: null };
}

const WORDS_OF_LEADS = new Set(["as", "in", "was"]);

/** Pronouns a words-of phrase may use, with their subject form. */
const OWN_PRONOUNS = new Map([
  ["he", { subject: "he", owner: false }], ["she", { subject: "she", owner: false }], ["they", { subject: "they", owner: false }],
  ["his", { subject: "he", owner: true }], ["her", { subject: "she", owner: true }], ["their", { subject: "they", owner: true }],
]);

/** Cues before a quote in its sentence, left to right (other quotes' words skipped). */
export function cuesBefore(ctx: Ctx, q: Quote): Cue[] {
  const { a } = quoteRange(ctx, q);
  const s = q.sentenceIds[0] ?? -1;
  if (s < 0 || ctx.sentFrom[s] < 0) return [];
  const floor = Math.max(ctx.sentFrom[s], a - WINDOW);
  const quoteOpen = a - 1 >= floor && MARK.test(ctx.tokens[a - 1].text) ? a - 1 : a;
  const out: Cue[] = [];
  // Subjects may not reach back over an earlier quote in the sentence.
  let subjFloor = floor;
  for (let k = floor; k < quoteOpen; k++) {
    if (ctx.inQuote[k]) {
      subjFloor = k + 1;
      continue;
    }
    const acc = accordingAt(ctx, k) ?? wordsOfAt(ctx, k) ?? writingReadAt(ctx, k, subjFloor);
    if (acc) {
      out.push(acc);
      continue;
    }
    if (isVerbAt(ctx, k, SPEECH_VERBS) || isVerbAt(ctx, k, RELAY_VERBS) || isVerbAt(ctx, k, NAMING_VERBS)) {
      const c = cueAt(ctx, k, subjFloor, quoteOpen);
      if (c) {
        out.push(c);
        // "quoted … as saying" is one cue: do not read its "saying" again.
        const end = tokenAt(ctx.tokens, c.span.end) - 1;
        if (end > k && end < quoteOpen) k = end;
      }
    }
  }
  return out;
}

/** "(Olsen said) Lind's letter read: “…”": the words are read from what the named person wrote. */
function writingReadAt(ctx: Ctx, k: number, floor: number): Cue | null {
  if (!/^(?:read|reads)$/.test(ctx.tokens[k].lower) || !WRITING_NOUNS.has(ctx.tokens[k - 1]?.lower ?? "")) return null;
  const m = ctx.mentionEnd.get(k - 2);
  if (!m || m.from < floor || !ctx.tokens[k - 2].possessive) return null;
  return { verb: "read", verbStart: k, span: spanOf(ctx, m.from, k + 1), rule: "writing-read", tight: false, speaker: ref(m), via: null, relayVia: null };
}

/** "…,” Olsen fumed.": a verb of manner that ends its sentence (or runs on only with a comma). */
function closingVerbAt(ctx: Ctx, v: number): boolean {
  const next = ctx.tokens[v + 1];
  return isVerbAt(ctx, v, CLOSING_VERBS) && (!next || next.sentence !== ctx.tokens[v].sentence || /^[.,!;]$/.test(next.text));
}

/** The cue right after a quote: "…," Olsen said / said Olsen / Nordpress quoted X as saying. */
export function cueAfter(ctx: Ctx, q: Quote): Cue | null {
  const { b } = quoteRange(ctx, q);
  const last = q.sentenceIds[q.sentenceIds.length - 1] ?? -1;
  let k = b;
  const closer = (x: number) => /^[,"”’'»\-–—)\]]$/.test(ctx.tokens[x].text) || wrongWayCloser(ctx.tokens, x);
  while (k < ctx.n && !ctx.tokens[k].word && !ctx.inQuote[k] && closer(k)) k++;
  if (k >= ctx.n || ctx.inQuote[k] || ctx.tokens[k].sentence !== last || !ctx.tokens[k].word) return null;
  const t = ctx.tokens[k];
  // "“…,” according to Olsen.": the source named after the quote.
  const acc = accordingAt(ctx, k);
  if (acc) return { ...acc, rule: "after-according" };
  const own = wordsOfAt(ctx, k);
  if (own) return { ...own, rule: "after-words-of" };
  const signed = dashName(ctx, b, k);
  if (signed) return signed;
  // "…“old values,” stating that …": a participle after the quote has its subject before the
  // quote, so the quote's own cue is the one before it.
  if (!t.cap && /ing$/.test(t.lower)) return null;
  if (SPEECH_VERBS.has(t.lower) && !t.cap) {
    const subj = nounAfter(ctx, k + 1);
    if (subj.kind === "elided") return null;
    const end = subj.kind === "entity" ? subj.to + 1 : "from" in subj ? subj.from + 1 : k + 1;
    const via = hearerAfter(ctx, k) ?? interviewVia(ctx, end, end);
    return { verb: t.lower, verbStart: k, span: spanOf(ctx, k, end), rule: "after-inverted", tight: false, speaker: subj, via, relayVia: null };
  }
  for (let v = k, reach = cueReach(ctx, k), paren = 0; v < ctx.n && v <= reach; v++) {
    const text = ctx.tokens[v].text;
    paren += text === "(" ? 1 : text === ")" ? -1 : 0;
    // ("Mrs." "Dr."; "(D-Nev.)": a stop inside a parenthetical ends nothing)
    const abbrev = text === "." && v > k && ((ctx.tokens[v - 1].cap && ctx.tokens[v - 1].text.length <= 4) || paren > 0);
    // ("…," Bill Eastland, wearing “Ted Cruz” campaign pins, said: a name quoted inside an appositive)
    const skipTo = ctx.inQuote[v] ? innerQuoteEnd(ctx, k, v) : -1;
    if (skipTo > 0) {
      v = skipTo - 1;
      continue;
    }
    if (ctx.inQuote[v] || ctx.tokens[v].sentence !== last || (/^[.;:!?]$/.test(text) && !abbrev)) break;
    if (!(isVerbAt(ctx, v, SPEECH_VERBS) || isVerbAt(ctx, v, RELAY_VERBS) || closingVerbAt(ctx, v))) continue;
    const c = cueAt(ctx, v, k, -1);
    if (!c) return null;
    // The subject must open the clause right after the quote.
    const sp = c.speaker;
    const from = sp.kind === "entity" || sp.kind === "pronoun" || sp.kind === "raw" || sp.kind === "unnamed" ? sp.from : -1;
    if (c.rule === "quoted-as-saying") {
      const subjStart = tokenAt(ctx.tokens, c.span.start);
      if (subjStart > k + 1) return null;
    } else if (sp.kind === "unnamed") {
      // "…," a spokesman said: an unnamed speaker only when a noun phrase opens the clause.
      // ("…" that would answer the requests, X wrote: "that" before a verb is a relative pronoun)
      const opensNp = (DETERMINERS.has(ctx.tokens[k].lower) && !relativeThat(ctx, k)) || PROXY_NOUNS.has(ctx.tokens[k].lower);
      if (!opensNp || from > k + 3) return null;
    } else if (from < 0 || (from > k && !modifiersOnly(ctx, k, from))) {
      return null;
    }
    if (colonIntroduces(ctx, q, c.verbStart)) return null;
    const inner = embeddedSpeaker(ctx, c.verbStart, sp);
    if (inner) return { ...c, speaker: inner, rule: `after-${c.rule}-embedded` };
    // ("“We must go.” Lind agreed.": words closed by a full stop may end the speaker's turn, so
    // a name after them may be answering; measured apart from "“…,” X said")
    c.rule = `after-${c.rule}${/\.\s*$/.test(q.quote) ? "-stop" : ""}`;
    return c;
  }
  return null;
}

/** "After Lind said that students might do better at “less advanced schools,” Berg said: “…”":
 *  a cue whose colon introduces the next quotation is not the words before it when a speech
 *  verb of their own sentence comes before them. */
function colonIntroduces(ctx: Ctx, q: Quote, verb: number): boolean {
  let x = verb + 1;
  while (x < ctx.n && ctx.tokens[x].word && !ctx.inQuote[x] && x < verb + 4) x++;
  if (ctx.tokens[x]?.text !== ":") return false;
  const { a } = quoteRange(ctx, q);
  const sentence = ctx.tokens[a]?.sentence;
  for (let y = a - 1; y >= 0 && ctx.tokens[y].sentence === sentence; y--) {
    if (!ctx.inQuote[y] && isVerbAt(ctx, y, SPEECH_VERBS)) return true;
  }
  return false;
}

/** Past a short quotation (four words at most) inside an appositive that opened after the
 *  quote's cue began at k, the index of the first token after it; else -1. */
function innerQuoteEnd(ctx: Ctx, k: number, v: number): number {
  let comma = false;
  for (let x = k; x < v; x++) if (ctx.tokens[x].text === ",") comma = true;
  if (!comma) return -1;
  const x = pastShortQuote(ctx, v, 1);
  return x >= 0 && x < ctx.n && ctx.tokens[x].sentence === ctx.tokens[v].sentence ? x : -1;
}

/** "“…,” Olsen said Lind told her.", "…, Olsen recalled Lind saying.", "…, Olsen said Lind's
 *  letter read.": the cue's own clause reports another named speaker's words, so the quote is
 *  theirs; such findings are measured apart. */
function embeddedSpeaker(ctx: Ctx, v: number, outer: SubjectRef): SubjectRef | null {
  let j = v + 1;
  if (ctx.tokens[j]?.lower === "that") j++;
  const m = ctx.mentionStart.get(j);
  if (!m || (outer.kind === "entity" && outer.entity.id === m.entity.id)) return null;
  // (a possessive name's document: "Lind's letter read"; a person of theirs, "Lind's aide
  // had complained", is a speaker the article does not name)
  let x = m.to + 1;
  const owned = ctx.tokens[m.to].possessive && ctx.tokens[x]?.word && !ctx.tokens[x].cap;
  const person = owned && ROLE_WORDS.has(ctx.tokens[x].lower);
  if (owned) x++;
  for (const end = x + 3; x < end && x < ctx.n; x++) {
    const t = ctx.tokens[x];
    if (!t.word || ctx.inQuote[x] || t.cap) return null;
    if (isVerbAt(ctx, x, SPEECH_VERBS) || t.lower === "read" || t.lower === "written") return person ? { kind: "unnamed", from: m.from } : ref(m);
    if (!VERB_FILLERS.has(t.lower)) return null;
  }
  return null;
}

/** "“…” — Karin Olsen.": a dash after the quote and a person's name that ends the sentence sign
 *  the words, as under an epigraph. */
function dashName(ctx: Ctx, b: number, k: number): Cue | null {
  let dash = false;
  for (let x = b; x < k; x++) if (/^[–—]$/.test(ctx.tokens[x].text) || (ctx.tokens[x].text === "-" && ctx.tokens[x - 1]?.end !== ctx.tokens[x].start)) dash = true;
  const m = ctx.mentionStart.get(k);
  if (!dash || !m || m.entity.kind !== "person") return null;
  const next = ctx.tokens[m.to + 1];
  if (next && next.sentence === ctx.tokens[k].sentence && !/^[.!?]$/.test(next.text)) return null;
  return { verb: "—", verbStart: k, span: spanOf(ctx, k, m.to + 1), rule: "after-dash-name", tight: false, speaker: ref(m), via: null, relayVia: null };
}

/** "that" or "which" right before a verb or its auxiliary: a relative clause on the quoted
 *  words, not a noun phrase ("that official said"). */
function relativeThat(ctx: Ctx, k: number): boolean {
  const next = ctx.tokens[k + 1];
  return (ctx.tokens[k].lower === "that" || ctx.tokens[k].lower === "which") && !!next && next.word && (VERB_FILLERS.has(next.lower) || isVerbAt(ctx, k + 1, SPEECH_VERBS) || isVerbAt(ctx, k + 1, RELAY_VERBS));
}

/** How far after the quote its cue's verb may lie: ten tokens, or past an appositive that a
 *  comma opens right after the speaker's name ("…," Ann Holt, a law professor at the
 *  university, wrote). */
function cueReach(ctx: Ctx, k: number): number {
  const m = ctx.mentionStart.get(k);
  if (m && ctx.tokens[m.to + 1]?.text === ",") return k + 24;
  // "…," Senate Minority Leader Jane Doe (D-Westland) said: a role lead, then a party's parenthetical.
  for (let x = k; x < ctx.n && x <= k + 4 && ctx.tokens[x].word; x++) {
    const lead = ctx.mentionStart.get(x);
    if (lead) return ctx.tokens[lead.to + 1]?.text === "(" ? lead.to + 10 : ctx.tokens[lead.to + 1]?.text === "," ? k + 24 : k + 10;
  }
  return k + 10;
}

const TELL = new Set(["tell", "tells", "told", "telling"]);

/** A cue closing the quote's sentence after more words: "“…” for the plan, said Olsen." */
export function lateCueAfter(ctx: Ctx, q: Quote): Cue | null {
  const { b } = quoteRange(ctx, q);
  const last = q.sentenceIds[q.sentenceIds.length - 1] ?? -1;
  if (last < 0) return null;
  const stop = Math.min(ctx.sentTo[last], b + WINDOW);
  // (another quotation on the way belongs to the same cue: "“…” and bring the “…” they need, X said")
  for (let k = b; k < stop; k++) {
    if (ctx.inQuote[k] || ctx.tokens[k].text !== ",") continue;
    const v = k + 1 < stop && isVerbAt(ctx, k + 1, SPEECH_VERBS) ? k + 1 : -1;
    // "tell" never inverts: in "…, a close adviser, told AFP" the name after it is the hearer;
    // nor does a participle: in "…, adding that Lind would …" the name opens the clause added.
    if (v >= 0 && !TELL.has(ctx.tokens[v].lower) && !ctx.tokens[v].lower.endsWith("ing")) {
      const subj = nounAfter(ctx, v + 1);
      if (subj.kind !== "entity") continue;
      return { verb: ctx.tokens[v].lower, verbStart: v, span: spanOf(ctx, v, subj.to + 1), rule: "after-late-inverted", tight: false, speaker: subj, via: hearerAfter(ctx, v), relayVia: null };
    }
    // (a role may lead the name: ", Justice Department senior trial counsel Jane Doe wrote")
    for (let j = k + 2; j < stop && j <= k + 12; j++) {
      if (!isVerbAt(ctx, j, SPEECH_VERBS)) continue;
      const c = cueAt(ctx, j, k + 1, -1);
      if (!c || c.speaker.kind !== "entity" || (c.speaker.from !== k + 1 && !modifiersOnly(ctx, k + 1, c.speaker.from))) break;
      return { ...c, rule: "after-late-speech" };
    }
  }
  return null;
}
