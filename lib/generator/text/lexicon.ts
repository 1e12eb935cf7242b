// The one lexicon every stage imports word data from: general English only, nothing that names
// an article's people, places or outlets. Each file holds one kind of word; a stage that reads
// only part of a shared list gets a named subset next to it, with the reason.
export {
  CALENDAR_WORDS, MONTH_ALT, MONTH_BY_WORD, MONTH_NAMES, SHORT_MONTHS, WEEKDAY_ALT, WEEKDAY_BY_WORD, WEEKDAY_NAMES,
  monthNumber, weekdayNameOfJsDay,
} from "./calendar-words";
export {
  CONTINUATION_VERBS, DATE_SPEECH_VERBS, EVENT_SPEECH_VERBS, HOLDER_SPEECH_VERB, INDIRECT_VERBS, NAMING_VERBS, PRESENT_SPEECH, RELAY_VERBS,
  SAYING_VERBS, SPEECH_VERBS,
} from "./speech-verbs";
export {
  DOTTED_TITLES, GROUP_NOUNS, HOLDER_TITLES, NEVER_FINAL_TITLES, PROXY_NOUNS, ROLE_MODIFIERS, ROLE_WORDS, TITLE_ABBREVIATIONS,
} from "./role-words";
export { NAME_CONNECTORS, ORG_WORDS, OUTLET_HEADS, OUTLET_NOUNS, PLACE_WORDS, WORK_NOUNS } from "./name-words";
export {
  CLAUSE_OPENERS, CONJUNCTIONS, DETERMINERS, HOLDER_DETERMINERS, OPENER_WORDS, PASSIVE, PREPOSITIONS, PRONOUNS, TIME_SKIP,
  VERB_FILLERS, YEAR_DETERMINERS,
} from "./function-words";
export {
  HOLDER_CONNECTORS, HOLDER_NOUNS, HOLDER_OPENERS, LEAD_PREPOSITIONS, SKIP_BEFORE_VERB,
} from "./holder-words";
export {
  COUNT_NOUNS, ED_FUTURE, ED_NOT_VERBS, FREQUENCY_WORDS, FUTURE_WORDS, HEDGES, NUMBER_WORDS, PAST_WORDS, RANGE_JOINERS,
  TENSE_CLAUSE_OPENERS, YEAR_PREPS,
} from "./date-words";
