// The one lexicon every stage imports word data from. Calendar words live in their own file;
// lists still owned by speech/ (speech verbs, roles, pronouns) are imported from there until
// that stage moves them here.
export {
  MONTH_ALT, MONTH_BY_WORD, MONTH_NAMES, SHORT_MONTHS, WEEKDAY_ALT, WEEKDAY_BY_WORD, WEEKDAY_NAMES,
  monthNumber, weekdayNameOfJsDay,
} from "./calendar-words";
