// Holders named in the phrase after a cue ("according to the club's coach, Ann Holt"), or between
// a cue's words ("with the Ledger reporting"). holders.ts reads a single noun phrase; these read
// the roles and appositions news writing wraps around a name.
import { toHolder, wordsIn, type Holder, type HolderContext } from "./holders";
import type { Sentence } from "../types";

const NAME = String.raw`[\p{Lu}][\p{L}'’.-]*`;
/** A capitalised run, with the small words names carry ("Office for National Statistics"). */
const NAME_RUN = String.raw`${NAME}(?:\s+(?:(?:of|for|on|de|the)\s+)*${NAME})+`;
const ENDS_IN_NAME = new RegExp(String.raw`(?:^|\s)(${NAME_RUN})\s*$`, "u");
/** "a copy of the letter seen by the Ledger": whoever issued or holds the document. */
const BY_NAME = new RegExp(String.raw`\s(?:by|from)\s+(?:the\s+)?(${NAME}(?:\s+(?:(?:of|for|on|de|the)\s+)*${NAME})*)\s*$`, "u");
const APPOSED_NAME = new RegExp(String.raw`^,\s+(${NAME_RUN})\s*(?:,|[.!?]?\s*$)`, "u");
/** Lower-case heads that an apposed name can explain ("the team's coach, Ann Holt"). */
const ROLE_WORDS = String.raw`coach|curator|spokes(?:man|woman|person)|director|chief|head|founder|president|chair(?:man|woman)?|minister|ambassador|secretary|lawyer|attorney|manager|official|officer|professor|researcher|author|editor|analyst|adviser|advisor|aide|leader|captain|principal|mayor|governor|senator|owner|organi[sz]er|representative|member|expert|economist|scientist|engineer|commander|general|teacher|doctor|surgeon|operator|company|firm|agency|regulator|provider|carrier|airline|developer|publisher|manufacturer|maker`;
const ROLE_HEAD = new RegExp(String.raw`\b(?:${ROLE_WORDS})s?$`, "i");
/** A one-word name after its role ("its operator Isavia", "spokeswoman Holt"); a longer name
 *  is ENDS_IN_NAME's. */
const ROLE_THEN_NAME = new RegExp(String.raw`^\s*(?:(?:the|its|his|her|their|a)\s+)?(?:[\p{Ll}'’-]+\s+)?(?:${ROLE_WORDS})s?\s+(${NAME})\s*$`, "u");
/** Where the phrase naming a holder ends. */
const PHRASE_END = /[,;()]|[.!?]\s*$|\s(?:who|which|that|whose)\b/;

/** A person or body named at the end of the phrase after `from` (role words before it dropped:
 *  "curator Ann Holt", "Ambassador to the Union Ann Holt"), or in an apposition after a role
 *  ("the club's coach, Ann Holt"). Null when the phrase names no one in capitals. */
export function namedInPhrase(s: Sentence, from: number, ctx: HolderContext): Holder | null {
  const rest = s.text.slice(from);
  const endAt = rest.search(PHRASE_END);
  const phrase = endAt >= 0 ? rest.slice(0, endAt) : rest;
  const trimmed = phrase.replace(/\s+$/, "");
  const ends = ENDS_IN_NAME.exec(trimmed) ?? BY_NAME.exec(trimmed) ?? ROLE_THEN_NAME.exec(trimmed);
  if (ends) return spanHolder(s, from + ends.index + ends[0].length - ends[1].length, from + trimmed.length, ctx);
  if (ROLE_HEAD.test(trimmed) && endAt >= 0) {
    const apposed = APPOSED_NAME.exec(rest.slice(endAt));
    if (apposed) {
      const start = from + endAt + apposed[0].indexOf(apposed[1]);
      return spanHolder(s, start, start + apposed[1].length, ctx);
    }
  }
  return null;
}

const UNNAMED_SOURCE_WORDS = new Set(["people", "persons", "sources", "source", "officials", "official", "several", "two", "three", "four", "many", "other", "senior"]);

/** The descriptive phrase after `from` when it names no one ("a senior official", "exit polls"):
 *  up to the first preposition, relative word or comma, at most five words, article dropped. */
export function describedInPhrase(s: Sentence, from: number, ctx: HolderContext): Holder | null {
  const tokens = wordsIn(ctx, s.start + from, s.end);
  const picked = [];
  let stop: string | null = null;
  for (const t of tokens) {
    if (/^(?:[,;:()“”"‘]|of|with|on|for|in|by|at|from|to|who|which|that|whose|he|she|they|it|released|conducted|obtained|provided|compiled|published|seen|issued|familiar|close|knowledgeable|up|about)$/i.test(t.text)) {
      stop = t.text.toLowerCase();
      break;
    }
    picked.push(t);
  }
  while (picked.length && /^(?:the|a|an|one|some)$/i.test(picked[0].text)) picked.shift();
  // "according to people familiar with the matter": the same unnamed sources as "…, people
  // familiar with the matter said" (see the sources-familiar cue)
  if (picked.length && /^(?:familiar|close|knowledgeable)$/.test(stop ?? "") && picked.every((t) => UNNAMED_SOURCE_WORDS.has(t.text.toLowerCase()))) return { name: "unnamed sources", via: null };
  if (!picked.length || picked.length > 5) return null;
  return toHolder(picked, ctx);
}

/** The holder between two sentence indices ("with [the Ledger] reporting"). */
export function holderInside(s: Sentence, start: number, end: number, ctx: HolderContext): Holder | null {
  const tokens = wordsIn(ctx, s.start + start, s.start + end);
  return toHolder(tokens, ctx);
}

function spanHolder(s: Sentence, start: number, end: number, ctx: HolderContext): Holder | null {
  return toHolder(wordsIn(ctx, s.start + start, s.start + end), ctx);
}
