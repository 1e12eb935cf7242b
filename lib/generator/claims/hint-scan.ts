// Every cue rule's hint answered in one pass over a sentence. Testing the ~60 hints one by one
// scanned each sentence ~60 times and cost more than the cue patterns they gate. A hint is a
// case-insensitive alternation of plain words (`/declin|refus|not|n't/i`, `/den[yi]/i`,
// `/rumou?r/i`): without the u flag, /i lets an ASCII letter match only itself in either case,
// so "the sentence holds one of its words, ASCII letters folded to lower case" is the same test.
// A hint that is not of that form keeps its own regex test.
import type { CueRule } from "./rules";

type Scanner = {
  /** Per rule: the ids of its hint's words, or null when the hint is tested as a regex. */
  wordsOf: Array<number[] | null>;
  /** Hint words by their first two characters, at index c1 * 128 + c2 (ASCII codes): an array,
   *  not a Map, since it is read at every character of every sentence. */
  byPair: Array<Array<{ id: number; word: string }> | undefined>;
  count: number;
};

/** The words of a plain alternation, or null when the source is anything else. */
export function hintWords(source: string, flags: string): string[] | null {
  if (flags !== "i") return null;
  const out: string[] = [];
  for (const alt of source.split("|")) {
    let variants = [""];
    for (let i = 0; i < alt.length; i++) {
      const c = alt[i];
      if (c === "[") {
        const j = alt.indexOf("]", i);
        const cls = j < 0 ? "" : alt.slice(i + 1, j);
        if (!/^[a-z]+$/.test(cls) || alt[j + 1] === "?") return null;
        variants = variants.flatMap((v) => [...cls].map((x) => v + x));
        i = j;
      } else if (alt[i + 1] === "?") {
        if (!/^[a-z]$/.test(c)) return null;
        variants = variants.flatMap((v) => [v, v + c]);
        i++;
      } else if (/^[a-z' ]$/.test(c)) variants = variants.map((v) => v + c);
      else return null;
    }
    if (variants.some((v) => v.length < 2)) return null;
    out.push(...variants);
  }
  return out.length ? out : null;
}

function buildScanner(rules: CueRule[]): Scanner {
  const ids = new Map<string, number>();
  const byPair = new Array<Array<{ id: number; word: string }> | undefined>(128 * 128).fill(undefined);
  const wordsOf = rules.map((rule) => {
    const words = hintWords(rule.hint.source, rule.hint.flags);
    if (!words) return null;
    return words.map((word) => {
      let id = ids.get(word);
      if (id === undefined) {
        ids.set(word, (id = ids.size));
        const key = word.charCodeAt(0) * 128 + word.charCodeAt(1);
        const list = byPair[key] ?? [];
        list.push({ id, word });
        byPair[key] = list;
      }
      return id;
    });
  });
  return { wordsOf, byPair, count: ids.size };
}

const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

function wordAt(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let j = 2; j < word.length; j++) if (lowerCode(text.charCodeAt(i + j)) !== word.charCodeAt(j)) return false;
  return true;
}

function anyFound(ids: number[], found: Uint8Array): boolean {
  for (const id of ids) if (found[id] === 1) return true;
  return false;
}

/** memo: one scanner per rule table, built on first use. */
const scanners = new WeakMap<CueRule[], Scanner>();

/** Which rules' hints `text` passes, by rule index: the same answers as `rule.hint.test(text)`. */
export function passedHints(rules: CueRule[], text: string): boolean[] {
  let sc = scanners.get(rules);
  if (!sc) scanners.set(rules, (sc = buildScanner(rules)));
  const found = new Uint8Array(sc.count);
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    // Hint words are ASCII: a pair with any other character starts none of them.
    if (a >= 128 || b >= 128) continue;
    const list = sc.byPair[lowerCode(a) * 128 + lowerCode(b)];
    if (list) for (const w of list) if (!found[w.id] && wordAt(text, i, w.word)) found[w.id] = 1;
  }
  const out = new Array<boolean>(rules.length);
  for (let r = 0; r < rules.length; r++) {
    const words = sc.wordsOf[r];
    out[r] = words ? anyFound(words, found) : rules[r].hint.test(text);
  }
  return out;
}
