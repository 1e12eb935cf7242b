// Word lists the holder finder reads: what sits between a subject and its verb, which nouns can
// hold a claim, and the titles that introduce a name.
/** Words that sit between a subject and its verb ("has repeatedly", "did not", "could"). */
export const SKIP_BEFORE_VERB = new Set([
  "has", "have", "had", "did", "does", "do", "was", "were", "is", "are", "could", "would", "will", "can", "may",
  "might", "should", "must", "shall", "not", "never", "also", "still", "yet", "so", "far", "then", "again",
  "earlier", "later", "today", "yesterday", "previously", "since", "already", "once", "had", "n't", "better",
]);
/** Lower-case heads that can stand as a holder ("officials", "the media", "police"). */
export const HOLDER_NOUNS = new Set([
  "officials", "official", "media", "police", "authorities", "government", "ministry", "spokesman", "spokeswoman",
  "spokesperson", "spokespeople", "representative", "representatives", "sources", "source", "reports", "report",
  "agency", "office", "department", "lawyers", "lawyer", "attorney", "attorneys", "prosecutors", "company", "firm",
  "military", "army", "army's", "newspaper", "broadcaster", "website", "network", "daily", "channel", "statement",
  "spokesmen", "spokeswomen", "officers", "investigators", "diplomats", "aides", "aide", "analysts", "experts",
  "critics", "residents", "witnesses", "campaign", "team", "administration", "council", "court", "committee",
  "embassy", "consulate", "cabinet", "parliament", "senate", "union", "club", "party", "board", "commission",
  "authority", "regulator", "regulators", "prosecutor", "group", "organisation", "organization", "school",
  "university", "hospital", "airline", "bank", "palace", "navy", "coalition", "federation", "league", "studio",
  "results", "findings", "data", "tests", "study", "studies", "survey", "poll", "polls", "records", "documents",
  "figures", "evidence", "analysis", "authors", "researchers", "scientists", "suit", "lawsuit", "complaint",
  "petition", "indictment", "filing", "ad", "senator", "governor", "mayor", "minister", "candidate", "nominee",
  "lawmaker", "lawmakers", "congressman", "congresswoman", "judge", "chairman", "director", "secretary",
  "ambassador", "leader", "leaders", "executive", "executives", "manager", "adviser", "advisers", "strategist",
]);
export const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her"]);
// The subject pronouns are the speech stage's list: one copy, so both stages resolve the same words.
export { PRONOUNS } from "../speech/lexicon";
export const CONNECTORS = new Set(["of", "for", "and", "&", "de", "von", "van", "al", "bin"]);
export const SPEECH_VERB = /\b(?:said|says|say|told|tells|added|adds|stated|states|wrote|writes|insisted|maintained|claimed|claims|explained|noted|argued|announced|reported|reports|confirmed|denied|asserted|acknowledged|admitted|warned|quoted)\b/gi;
/** Sentence openers that are not subjects ("But he …", "However, …"). */
export const OPENERS = new Set([
  "but", "and", "so", "however", "still", "meanwhile", "yet", "then", "also", "instead", "now", "later", "earlier",
  "therefore", "thus", "indeed", "moreover", "furthermore", "nevertheless", "nonetheless", "besides", "otherwise",
  "hence", "consequently", "finally", "first", "second", "third", "again", "anyway", "here", "there", "today",
  "although", "though", "while", "when", "if", "because", "since", "as", "after", "before", "unless", "whereas", "along",
]);
export const LEAD_PREPOSITIONS = /^(?:in|on|at|during|after|before|since|until|by|for|from|with|while|when|as|earlier|later|last|this|over|under|within|following|despite|amid|according)\b/i;

/** Titles that introduce a name ("Mayor Ann Holt", "Ministry Spokeswoman Lena Varga"). */
export const ROLE_WORDS = new Set([
  "president", "minister", "spokesman", "spokeswoman", "spokesperson", "mayor", "coach", "senator", "governor",
  "chief", "director", "secretary", "general", "judge", "captain", "chairman", "chairwoman", "chair", "ceo",
  "leader", "ambassador", "commissioner", "chancellor", "premier", "mr", "mrs", "ms", "dr", "prof", "professor",
  "sheriff", "officer", "detective", "lawyer", "attorney", "representative", "rep", "sen", "gov", "king", "queen",
  "prince", "princess", "pope", "archbishop", "bishop", "lieutenant", "colonel", "sergeant", "major", "admiral",
  "councillor", "councilor", "councilman", "councilwoman", "superintendent", "inspector", "chief executive", "head",
]);
