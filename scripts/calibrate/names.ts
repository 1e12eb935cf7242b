// Name, span and date-text matching exactly as the project's scorers judge them
// (../shared/tools/score-facts.mjs and score-attribution.mjs), so that a rule's measured
// precision is precision in the scorers' own terms. Kept in step with those scripts by hand.

export function norm(s: unknown): string {
  return String(s ?? "").normalize("NFKC").replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"')
    .replace(/[–—]/g, "-").replace(/\s+/g, " ").trim().toLowerCase().replace(/^[\s"',.;:!?]+|[\s"',.;:!?]+$/g, "");
}

function words(s: string): string[] {
  return norm(s).replace(/'s\b/g, "").split(/[^\p{L}\p{N}']+/u).map((w) => w.replace(/^'+|'+$/g, "")).filter(Boolean);
}

/** Two spans name the same text when one holds the other and the shorter has at least half the
 *  longer's words. */
export function sameSpan(a: string, b: string): boolean {
  const x = norm(a), y = norm(b);
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && words(short).length >= 0.5 * words(long).length;
}

const LEADING = /^(?:(?:on|in|at|by|during|since|until|till|from|of|for|the|a|an)\s+)+/;
const dateCore = (s: string) => norm(s).replace(LEADING, "");

export function findDate<T extends { text: string }>(list: T[], text: string): T | undefined {
  const want = dateCore(text);
  if (!want) return undefined;
  return list.find((x) => dateCore(x.text) === want) ?? list.find((x) => {
    const got = dateCore(x.text);
    if (!got) return false;
    const [short, long] = got.length <= want.length ? [got, want] : [want, got];
    return (" " + long + " ").includes(" " + short + " ") && words(long).length - words(short).length <= 2;
  });
}

const TITLES = new Set(("news agency newspaper the com inc ltd corp mr mrs ms miss dr rev prof president prime minister spokesman spokeswoman spokesperson former us u.s sir lord judge " +
  "senator sen rep representative gov governor chancellor king queen secretary general gen mayor speaker vice chairman chairwoman chief director attorney justice " +
  "candidate nominee congressman congresswoman first lady sens reps website site paper network channel station").split(" "));
const ORG_WORDS = /\b(?:campaign|administration|committee|department|office|team|organi[sz]ation|party|government|agency|company|corporation|foundation|institute|center|centre|council|commission|court|board|bureau|ministry|embassy|network|coalition|union|association|caucus|house|senate|congress|pac|news|times|post|journal|press|tv|radio|magazine|group|inc|fund|university|college|school|church|police|fbi|cia|gop|dnc|rnc)\b/i;
const GROUPS = /^(?:the )?(?:republicans?|democrats?|democratic|gop|officials|sources|aides|critics|supporters|voters|conservatives|liberals|progressives|independents|evangelicals|millennials|experts|analysts|media|police|authorities|others|some|many|americans|mexicans|muslims|christians|hispanics|latinos|immigrants|europeans|russians|chinese|israelis|palestinians|syrians)$/i;
const GENERATIONS = new Set(["jr", "sr", "ii", "iii", "iv"]);

const nameTokens = (s: string) => words(s).filter((w) => !TITLES.has(w.replace(/\.$/, "")));

export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = nameTokens(a ?? ""), y = nameTokens(b ?? "");
  if (!x.length || !y.length) return false;
  if (x.join(" ") === y.join(" ")) return true;
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.slice(long.length - short.length).join(" ") === short.join(" ")) return true;
  return x.length === 1 || y.length === 1 || x[0][0] === y[0][0];
}

export type Person = { name: string; aliases: string[]; kind: string };

function entityOf(name: string, people: Person[]): Person | undefined {
  const n = norm(name);
  return people.find((p) => norm(p.name) === n) ?? people.find((p) => p.aliases.some((a) => norm(a) === n));
}

export function isPerson(name: string, people: Person[]): boolean {
  const e = entityOf(name, people);
  if (e?.kind === "person") return true;
  if (e?.kind === "outlet") return false;
  const s = name.trim();
  return /^\p{Lu}/u.test(s) && !ORG_WORDS.test(s) && !GROUPS.test(s) && !/^[\p{Lu}&.-]{2,8}$/u.test(s);
}

function indexOfRun(long: string[], short: string[]): number {
  for (let i = 0; i + short.length <= long.length; i++) if (short.every((w, j) => long[i + j] === w)) return i;
  return -1;
}

/** The predicted name (or an alias) and a gold source's head names refer to the same entity. */
export function sameEntity(g: { sourceNames?: string[]; sourceOrg?: boolean }, predicted: string, people: Person[]): boolean {
  const e = entityOf(predicted, people);
  const candidates = [predicted, ...(e ? [e.name, ...e.aliases] : [])].filter((c) => c.trim());
  for (const n of g.sourceNames ?? []) {
    const goldOrg = g.sourceOrg || ORG_WORDS.test(n);
    for (const c of candidates) {
      if (sameName(c, n)) return true;
      const x = nameTokens(c), y = nameTokens(n);
      if (!goldOrg && y.length >= 2 && indexOfRun(x, y) === 0 && (x.length === y.length || words(c)[words(c).indexOf(y[y.length - 1]) + 1] === "of")) return true;
      if (goldOrg || ORG_WORDS.test(c)) continue;
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      const at = indexOfRun(long, short);
      if (at >= 0 && !long.filter((_, i) => i < at || i >= at + short.length).some((w) => GENERATIONS.has(w))) return true;
    }
  }
  return false;
}

const OUTLET_FILLER = new Set(["the", "news", "newspaper", "magazine", "com", "online"]);
const OUTLET_SHORT: Record<string, string> = { ap: "associated press", nyt: "new york times", wapo: "washington post", huffpost: "huffington post", wsj: "wall street journal" };

function outletWords(s: string): string[] {
  const w = words(s.replace(/\.com\b/i, "")).filter((x) => !OUTLET_FILLER.has(x));
  const j = w.join(" ");
  return (OUTLET_SHORT[j] ?? j).split(" ").filter(Boolean);
}

export function sameOutlet(a: string, b: string): boolean {
  const x = outletWords(a), y = outletWords(b);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.slice(long.length - short.length).join(" ") === short.join(" ");
}
