// Short forms of bodies' names: capitalised tails merge into the one longer name they end,
// lower-case common-noun tails after "the" become mentions when they fit one body.
import { ORG_WORDS } from "./text/lexicon";
import type { Entity } from "./types";

const isLowerWord = (w: string) => w === w.toLowerCase();

/**
 * Short forms of a body's name: a capitalised tail ("Coast Guard" after "Harbour Coast Guard",
 * "the Herald" after "the Westland Herald") of the same kind merges into the one longer name it ends, and a lower-case common-noun tail after "the"
 * ("the coast guard", "the ministry") becomes a mention when it fits exactly one named body.
 */
function mergeTails(entities: Entity[]): void {
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
}

/** "Westline" after "Westline Ferries", "Norvik" after "Norvik Industries Inc": a body's name
 *  without its closing body words merges into the one longer body it opens, named first. */
function mergeHeads(entities: Entity[]): void {
  const bodies = entities.filter((e) => e.kind === "organisation");
  for (const e of [...bodies]) {
    const low = e.name.toLowerCase() + " ";
    const longer = bodies.filter((o) => o !== e && entities.includes(o) && o.name.toLowerCase().startsWith(low) &&
      o.name.slice(low.length).toLowerCase().split(/\s+/).every((w) => ORG_WORDS.has(w.replace(/\.$/, "")) || w === "&"));
    if (longer.length !== 1 || (longer[0].mentions[0]?.start ?? Infinity) > (e.mentions[0]?.start ?? -1)) continue;
    const target = longer[0];
    target.mentions = [...target.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    if (!target.aliases.includes(e.name)) target.aliases.push(e.name);
    entities.splice(entities.indexOf(e), 1);
  }
}

/** "the coast guard", "the ministry": a lower-case tail after "the" that fits one named body. */
function addLowerTails(entities: Entity[], body: string, lowerBody: string): void {
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
    // ("the homes", "the ferries", "the markets": a plural common noun is the things, not the firm)
    if (list.length !== 1 || (!tail.includes(" ") && /s$/.test(tail))) continue;
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

/** `lowerBody`: body.toLowerCase(), when the caller has it (the entity stage lowers it once). */
export function mergeShortForms(entities: Entity[], body: string, lowerBody = body.toLowerCase()): void {
  mergeTails(entities);
  mergeHeads(entities);
  entities.forEach((e, i) => (e.id = i));
  if (lowerBody.length !== body.length) return; // offsets would not line up
  addLowerTails(entities, body, lowerBody);
}
