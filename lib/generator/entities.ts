// People, organisations and outlets. Capitalised phrases are collected from the token stream,
// a leading role ("Harbour Spokesman", "former Westland President") is split off, and each distinct
// name gathers evidence from its contexts: a role or an age makes a person, an outlet noun or a
// relay verb ("X reported", "X quoted Y as saying", "told the X") makes an outlet, organisation
// words or speaking as an institution ("the X said") make an organisation. A phrase with no such
// evidence (a place, an event, a product) is left out. Single words that repeat a person's
// surname become that person's mentions.
import type { Token } from "./text/tokens";
import { findChunks, particlesBefore, type Chunk } from "./entity-chunks";
import { gatherEvidence, type Evidence } from "./entity-evidence";
import { decideKinds, type Kinds } from "./entity-kinds";
import { mergeShortForms } from "./entity-short-forms";
import type { TextLayer } from "./text/layer";
import { ANAPHORIC_TITLES, ROLE_WORDS } from "./text/lexicon";
import type { Entity, Span } from "./types";

export type EntityAnalysis = { entities: Entity[]; tokens: Token[] };

export function findEntities(text: TextLayer): Entity[] {
  return analyseEntities(text).entities;
}

/** Entities in order of first mention, each with every mention of its name and merged short names. */
function buildEntities(body: string, tokens: Token[], groups: Map<string, Evidence>, { kinds, merged }: Kinds): { entities: Entity[]; apposedRole: Set<Entity>; heads: Map<Entity, Set<string>> } {
  const entities: Entity[] = [];
  const heads = new Map<Entity, Set<string>>();
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
    const last = tokens[c.to - 1];
    const end = last.possessive ? last.end - 2 : last.end;
    const start = particleStart(body, tokens, e, c.from, end);
    e.mentions.push({ start, end, text: body.slice(start, end) });
  };
  for (const [key, g] of groups) {
    const target = byKey.get(merged.get(key) ?? key);
    if (!target) continue;
    for (const c of g.chunks) addMention(target, c);
    if (target.kind === "person") for (const h of g.heads) heads.set(target, (heads.get(target) ?? new Set<string>()).add(h));
    if (merged.has(key) && !target.aliases.includes(g.name)) target.aliases.push(g.name);
  }
  for (const e of entities) {
    const g = groups.get(e.name.toLowerCase());
    if (g) for (const a of g.aliases) if (!e.aliases.includes(a)) e.aliases.push(a);
    e.mentions.sort((a, b) => a.start - b.start);
  }
  return { entities, apposedRole, heads };
}

/** "van der Berg said" for Anna van der Berg: the lower-case particles of a person's surname,
 *  written before a mention of it, are part of that mention (so the mention opens the subject). */
function particleStart(body: string, tokens: Token[], e: Entity, from: number, end: number): number {
  const k = particlesBefore(tokens, from);
  if (k === from || e.kind !== "person") return tokens[from].start;
  return e.name.endsWith(` ${body.slice(tokens[k].start, end)}`) ? tokens[k].start : tokens[from].start;
}

/** Role descriptions used as aliases ("the harbour spokesman"), when the text uses one for one entity only. */
function addRoleAliases(body: string, entities: Entity[], apposedRole: Set<Entity>, lowerBody: string): void {
  const roleCount = new Map<string, number>();
  for (const e of entities) if (e.role) roleCount.set(e.role.toLowerCase(), (roleCount.get(e.role.toLowerCase()) ?? 0) + 1);
  for (const e of entities) {
    if (lowerBody.length !== body.length) break; // offsets would not line up
    if (!e.role || apposedRole.has(e) || roleCount.get(e.role.toLowerCase()) !== 1) continue;
    const desc = "the " + e.role.toLowerCase();
    // (not a title's own stop before a name: "The Rev. Anne Poole" is no mention "The Rev")
    const titleStop = (i: number) => body[i + desc.length] === ".";
    // (a title's short form also finds the title in full, "the sen" in "the senator", "the adm"
    // in "the admiral"; but only a title: "the Rep" is no mention inside "the Republican Party")
    const lastWord = desc.slice(desc.lastIndexOf(" ") + 1);
    const whole = (i: number) => {
      if (/[\p{L}\p{N}]/u.test(body[i - 1] ?? "")) return false;
      const rest = /^[\p{L}\p{N}-]*/u.exec(lowerBody.slice(i + desc.length))![0];
      return !rest || ROLE_WORDS.has(lastWord + rest);
    };
    const spans: Span[] = [];
    for (let at = lowerBody.indexOf(desc); at >= 0 && spans.length < 50; at = lowerBody.indexOf(desc, at + desc.length)) {
      if (!titleStop(at) && whole(at)) spans.push({ start: at, end: at + desc.length, text: body.slice(at, at + desc.length) });
    }
    if (!spans.length) continue;
    e.aliases.push(spans[0].text);
    e.mentions = [...e.mentions, ...spans].sort((a, b) => a.start - b.start);
  }
}

/** "the minister" after "Harbour Minister Ann Holt": a bare title refers back to the one person
 *  the text has given it, when no other holder could be meant — no second person with that
 *  title, no unnamed one ("a minister", "another minister"), no "the minister of …" naming a
 *  post, and only after the person is introduced. */
function addTitleAliases(body: string, lowerBody: string, heads: Map<Entity, Set<string>>): void {
  if (lowerBody.length !== body.length) return; // offsets would not line up
  const holders = new Map<string, Entity[]>();
  for (const [e, hs] of heads) for (const h of hs) if (ANAPHORIC_TITLES.has(h)) holders.set(h, [...(holders.get(h) ?? []), e]);
  for (const [h, es] of holders) {
    if (es.length !== 1 || new RegExp(String.raw`\b(?:a|an|another|one|other)\s+(?:[a-z’'-]+\s+){0,2}${h}\b`).test(lowerBody)) continue;
    const e = es[0];
    const from = e.mentions[0]?.end ?? body.length;
    const spans: Span[] = [];
    for (const m of lowerBody.slice(from).matchAll(new RegExp(String.raw`\bthe ${h}(?![\p{L}-])(?!\s+(?:of|for|at|in|from)\b)(?!\s+\p{Lu})`, "gu"))) {
      const start = from + m.index, end = start + m[0].length;
      if (!e.mentions.some((x) => x.start < end && start < x.end)) spans.push({ start, end, text: body.slice(start, end) });
    }
    if (spans.length) e.mentions = [...e.mentions, ...spans].sort((a, b) => a.start - b.start);
  }
}

export function analyseEntities(text: TextLayer): EntityAnalysis {
  const { body, tokens } = text;
  const groups = gatherEvidence(body, tokens, findChunks(body, tokens));
  const { entities, apposedRole, heads } = buildEntities(body, tokens, groups, decideKinds(tokens, groups));
  // Lowered once for both passes (a two-byte body is lowered by the slow general path).
  const lowerBody = body.toLowerCase();
  mergeShortForms(entities, body, lowerBody);
  addRoleAliases(body, entities, apposedRole, lowerBody);
  addTitleAliases(body, lowerBody, heads);
  return { entities, tokens };
}
