// Word lists the claim stage's holder finder reads: what sits between a subject and its verb,
// which nouns can hold a claim, and what opens a sentence before its subject. Its pronouns,
// titles and verbs are the shared ones (function-words, role-words, speech-verbs).
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
  // People who answer for someone ("Dahl's agent declined to comment" is not Dahl)
  "agent", "agents", "publicist", "family", "relatives", "wife", "husband", "widow", "parents", "mother", "father",
  "son", "daughter", "brother", "sister", "staff", "management", "camp",
]);
/** Lowercase words allowed inside a holder name ("Ministry of Ports", "Smith & Co"). */
export const HOLDER_CONNECTORS = new Set(["of", "for", "and", "&", "de", "von", "van", "al", "bin"]);
/** Sentence openers that are not subjects ("But he …", "However, …"). */
export const HOLDER_OPENERS = new Set([
  "but", "and", "so", "however", "still", "meanwhile", "yet", "then", "also", "instead", "now", "later", "earlier",
  "therefore", "thus", "indeed", "moreover", "furthermore", "nevertheless", "nonetheless", "besides", "otherwise",
  "hence", "consequently", "finally", "first", "second", "third", "again", "anyway", "here", "there", "today",
  "although", "though", "while", "when", "if", "because", "since", "as", "after", "before", "unless", "whereas", "along",
]);
/** A sentence opening with one of these has a fronted phrase before its subject ("In May, …"). */
export const LEAD_PREPOSITIONS = /^(?:in|on|at|during|after|before|since|until|by|for|from|with|while|when|as|earlier|later|last|this|over|under|within|following|despite|amid|according)\b/i;
