// Helpers for the word lists: a list is written as one whitespace-separated string, and a
// stage's subset of a shared list is checked against it when the module loads, so a subset can
// never hold a word the shared list lacks (the one list stays the one place to add a word).

/** A set of the whitespace-separated words, in the order written. */
export const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** The words of `words` (in that order), each of which must be in `of`; throws at load time
 *  otherwise, naming the subset, so a typo or a word missing from the shared list is caught. */
export function subset(of: ReadonlySet<string>, name: string, words: string): Set<string> {
  const out = set(words);
  for (const w of out) if (!of.has(w)) throw new Error(`${name}: "${w}" is not in the shared list`);
  return out;
}
