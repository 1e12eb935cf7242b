// Word lists the date rules read: numbers, the words around a year, tense markers. General
// English only: nothing here comes from an article. Month, weekday and speech-verb words are
// the shared ones (calendar-words.ts, speech-verbs.ts).

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

/** Prepositions that make a bare four-digit number a year ("in 2012", "since 1961"). */
export const YEAR_PREPS = new Set([
  "in", "since", "by", "until", "till", "from", "during", "before", "after", "through",
  "throughout", "between", "of", "circa", "as of", "year", "early", "late", "mid", "for",
]);

/** Words that join the second end of a range ("from 2003 to 2007", "between May and June"). */
export const RANGE_JOINERS = new Set(["to", "and", "or", "-", "–", "—"]);

/** Nouns that make a four-digit number a count, not a year ("2000 soldiers", "by 1500 votes"). */
export const COUNT_NOUNS = new Set([
  "people", "persons", "years", "months", "weeks", "days", "hours", "minutes", "seconds", "km",
  "kilometres", "kilometers", "miles", "metres", "meters", "feet", "ft", "dollars", "euros",
  "pounds", "yuan", "rupees", "tons", "tonnes", "percent", "per", "points", "votes", "troops",
  "soldiers", "times", "members", "units", "cases", "deaths", "jobs", "homes", "users", "copies",
  "workers", "residents", "students", "barrels", "kg", "mph", "m", "cc", "hp", "words", "pages",
  "shares", "acres", "hectares", "block", "blocks", "series", "model", "models", "calories", "gmt", "utc", "hrs", "bc", "bce",
]);

/** Words before a number that make it vague or approximate: not a date ("nearly a decade ago"). */
export const HEDGES = new Set([
  "nearly", "almost", "about", "around", "some", "roughly", "approximately", "over", "under",
  "than", "least", "up", "barely", "nigh", "several", "few", "many", "couple",
]);

/** Markers of a future or planned event in the clause around a date. */
export const FUTURE_WORDS = new Set([
  "will", "'ll", "’ll", "shall", "would", "going", "scheduled", "due", "planned", "plans", "plan",
  "planning", "expected", "expects", "expect", "upcoming", "intends", "intend", "aims", "slated",
  "forthcoming", "must", "should", "hopes", "hope", "wants", "to be", "won't", "wont", "is to", "are to",
]);

/** Irregular past-tense verbs and auxiliaries (regular "-ed" verbs are recognised by ending). */
export const PAST_WORDS = new Set([
  "was", "were", "had", "did", "said", "told", "met", "spoke", "sent", "began", "went", "came",
  "left", "took", "made", "gave", "got", "saw", "held", "won", "lost", "ran", "fell", "rose", "wrote",
  "broke", "brought", "bought", "caught", "fought", "thought", "found", "heard", "kept", "led",
  "meant", "paid", "put", "read", "set", "shot", "sold", "stood", "struck", "swore", "taught",
  "threw", "understood", "woke", "became", "built", "chose", "drew", "drove", "flew", "forgot",
  "grew", "hit", "hung", "knew", "laid", "lay", "let", "quit", "sat", "shut", "slept", "spent",
  "split", "spread", "stole", "swept", "tore", "wore", "beat", "bit", "sank", "sprang", "began",
  "ago", "earlier", "has", "have", "been", "overtook", "withdrew", "forbade", "sought", "upheld",
  "oversaw", "undertook", "foresaw", "arose", "dealt", "felt", "fed", "fled", "froze", "hid",
  "lit", "mistook", "rode", "rang", "shook", "shone", "slid", "spun", "stuck", "stung", "swam",
  "swung", "wept", "wound",
]);

/** "-ed" words that look past but point ahead. */
export const ED_FUTURE = new Set(["scheduled", "planned", "expected", "slated", "intended", "proposed"]);
/** "-ed" words that are rarely verbs. */
export const ED_NOT_VERBS = new Set(["bed", "red", "shed", "need", "speed", "seed", "feed", "weed", "breed", "hundred", "indeed", "naked", "wicked", "sacred", "kindred"]);

/** Words that open a new clause: a date's tense is looked for inside its own clause. */
export const TENSE_CLAUSE_OPENERS = new Set([
  "that", "but", "while", "although", "though", "because", "whereas", "and", "or", "when",
  "if", "unless", "who", "which", "where", "then",
]);

/** Words that make a following weekday or month part of a name ("Super Tuesday", "Good Friday"). */
export const FREQUENCY_WORDS = new Set(["every", "each", "most", "some", "other", "alternate", "per"]);
