// "1 question", "2 questions": English plural forms chosen by Intl.PluralRules, so a count is
// never paired with the wrong form of its noun.
const english = new Intl.PluralRules("en");

/** The count with its noun in the form the count takes ("s" added unless `other` is given). */
export function counted(n: number, one: string, other = `${one}s`): string {
  return `${n} ${english.select(n) === "one" ? one : other}`;
}
