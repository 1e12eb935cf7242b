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

/** "Pinnacle was losing ground", "Pinnacle's share" after "Pinnacle Devices": the first word of a
 *  body's name used alone as a noun (before a verb of its own, a possessive or a stop) is a
 *  mention of that body, when no other entity's name opens or ends with the word. Not before a
 *  noun it would modify ("British officials" after "British Airways"). */
function addHeads(entities: Entity[], body: string): void {
  for (const e of entities.filter((x) => x.kind === "organisation")) {
    const words = e.name.split(/\s+/);
    const head = words[0];
    if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(head) || !words.slice(1).every((w) => ORG_WORDS.has(w.toLowerCase().replace(/\.$/, "")) || w === "&")) continue;
    if (entities.some((o) => o !== e && (o.name.split(/\s+/).includes(head) || o.aliases.includes(head)))) continue;
    const first = e.mentions[0]?.start ?? Infinity;
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${head}(?![\p{L}\p{N}])`, "gu");
    re.lastIndex = first;
    const taken = [...e.mentions];
    let added = 0;
    for (let m = re.exec(body); m && added < 50; m = re.exec(body)) {
      const start = m.index;
      const end = start + head.length;
      if (taken.some((x) => x.start < end && start < x.end) || !usedAsNoun(body.slice(end, end + 24))) continue;
      e.mentions.push({ start, end, text: head });
      added++;
    }
    if (added > 0) {
      if (!e.aliases.includes(head)) e.aliases.push(head);
      e.mentions.sort((a, b) => a.start - b.start);
    }
  }
}

/** What follows a noun standing alone: its possessive, a verb of its own, a stop or a comma. */
function usedAsNoun(after: string): boolean {
  return /^(?:['’]s\b|[.,;:!?)]|\s+(?:said|says|is|was|has|had|will|would|could|did|does|told|announced|reported|added|declined|denied|confirmed|expects|plans|shares|stock)\b)/.test(after);
}

/** `lowerBody`: body.toLowerCase(), when the caller has it (the entity stage lowers it once). */
export function mergeShortForms(entities: Entity[], body: string, lowerBody = body.toLowerCase()): void {
  mergeTails(entities);
  mergeHeads(entities);
  addHeads(entities, body);
  entities.forEach((e, i) => (e.id = i));
  if (lowerBody.length !== body.length) return; // offsets would not line up
  addLowerTails(entities, body, lowerBody);
}
