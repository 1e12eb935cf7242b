// Month and weekday words, once for every stage: the date finders read them as patterns and
// lookups, the questions write them back out in labels. General English only.

/** Month names in calendar order (index 0 is January), as a label writes them. */
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** News-style abbreviations and their month; September has two ("Sept." and "Sep."), May none. */
const MONTH_ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ["Jan", 1], ["Feb", 2], ["Mar", 3], ["Apr", 4], ["Jun", 6], ["Jul", 7],
  ["Aug", 8], ["Sept", 9], ["Sep", 9], ["Oct", 10], ["Nov", 11], ["Dec", 12],
];

/** Weekday names, Monday first: index + 1 is the ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** Lowercase month word (full or abbreviated, no dot) → month number 1-12. */
export const MONTH_BY_WORD: Record<string, number> = Object.fromEntries([
  ...MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ...MONTH_ABBREVIATIONS.map(([a, n]) => [a.toLowerCase(), n] as const),
]);

/** Short forms that are only a month when a day or a year follows ("Mar. 3", not "mar"). */
export const SHORT_MONTHS: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS.map(([a]) => a.toLowerCase()));

/** Lowercase weekday name → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAY_BY_WORD: Record<string, number> = Object.fromEntries(
  WEEKDAY_NAMES.map((w, i) => [w.toLowerCase(), i + 1] as const),
);

/** Regex alternation of every month word: full names first, so "March" wins over "Mar";
 *  "Sept" before "Sep" for the same reason. */
export const MONTH_ALT = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS.map(([a]) => a)].join("|");
export const WEEKDAY_ALT = WEEKDAY_NAMES.join("|");

/** A month number for a word as written ("Sept.", "october"), or null. */
export function monthNumber(word: string): number | null {
  return MONTH_BY_WORD[word.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** The weekday name for a JavaScript day index (Date#getUTCDay: Sunday 0 … Saturday 6). */
export function weekdayNameOfJsDay(day: number): string {
  return WEEKDAY_NAMES[(day + 6) % 7];
}

/** Every month and weekday word, lowercase (full names and the abbreviations): capitalised in
 *  text, but never a name. */
export const CALENDAR_WORDS = new Set([...Object.keys(MONTH_BY_WORD), ...Object.keys(WEEKDAY_BY_WORD)]);
