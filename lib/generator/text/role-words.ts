// Words for people by what they do: roles and titles before a name, the people who speak for
// someone, and unnamed groups of speakers. General English only; nothing names an article's
// people.
import { set, subset } from "./words";

/** People who speak for someone: a spokesperson is not the principal. */
export const PROXY_NOUNS = set(`
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives aide aides
  official officials source sources lawyer lawyers attorney attorneys adviser advisers advisor advisors staffer staffers
  assistant assistants agent agents publicist press secretary insider insiders person people someone analyst analysts
  statement report reports document documents letter
`);

/** Nouns that make a capitalised phrase before a name a role ("Foreign Minister", "team captain"). */
export const ROLE_WORDS = set(`
  president vice-president prime minister ministers secretary chancellor governor senator congressman congresswoman
  director-general secretary-general attorney-general solicitor-general governor-general inspector-general surgeon-general
  editor-in-chief commander-in-chief
  representative rep sen gov mayor chief ceo cfo coo chairman chairwoman chairperson chair director captain coach manager
  general gen commander ambassador envoy judge justice attorney lawyer officer official leader king queen prince princess
  pope premier editor founder co-founder head spokesman spokeswoman spokesperson professor prof dr mr mrs ms mx sir dame lord lady
  deputy sheriff detective inspector sergeant sgt lieutenant lt colonel col major maj admiral adm commissioner superintendent
  president-elect candidate councillor councilor cllr lawmaker legislator mp actor actress singer musician writer author
  player striker midfielder defender goalkeeper forward referee analyst economist scientist researcher historian
  executive owner publisher chairman spokesman father mother brother sister son daughter wife husband
  presenter host correspondent reporter journalist columnist emperor sultan emir sheikh cardinal bishop archbishop rabbi imam
  pastor reverend rev canon vicar chaplain deacon abbot monsignor father dean provost principal teacher student novelist poet artist painter composer filmmaker
  photographer designer architect engineer doctor nurse surgeon chef farmer pilot soldier activist campaigner
  member delegate resident supporter consultant strategist pollster staffer aide adviser advisor organizer organiser
  volunteer curator instructor lecturer co-host anchor commentator nominee colleague friend nephew niece cousin uncle aunt
  grandmother grandfather neighbor neighbour constituent employee expert scholar specialist fellow
  administrator speaker marshal ranger coroner magistrate councilman councilwoman alderman assemblyman assemblywoman
  treasurer comptroller auditor solicitor barrister counsel trooper prosecutor constable boss
  forecaster meteorologist geologist seismologist volcanologist epidemiologist virologist physician psychologist
  psychiatrist pharmacist paramedic firefighter physicist chemist biologist astronomer ecologist archaeologist
  sociologist statistician trainer jockey skipper star
  passenger commuter motorist driver pensioner shopper customer voter witness tenant homeowner patient survivor
  worker tourist visitor traveller traveler parent widow widower grandson granddaughter
`);

/** Kin: a relative is introduced through the person the story is about ("his daughter, Ruth
 *  Grant"), so a surname they share stays that person's. */
export const KIN_WORDS = subset(ROLE_WORDS, "KIN_WORDS", `
  father mother brother sister son daughter wife husband widow widower nephew niece cousin uncle aunt
  grandmother grandfather grandson granddaughter parent
`);

/** An age written before a name, which makes it a person: "81-year-old Edith Monroe". */
export const AGE_ADJECTIVE = /^(?:\d{1,3}|\p{L}+)-years?-old$/u;

/** Role words that are a title only when capitalised right before a name (skip as lowercase nouns). */
export const ROLE_MODIFIERS = set(`former late then acting interim deputy vice assistant senior junior chief top new outgoing incoming ex state federal`);

/** Role modifiers that open a sentence before a name without being its first word ("Top Clinton
 *  adviser", "Former Westland coach"); not "New", "State", "Chief", which open names. */
export const OPENING_MODIFIERS = subset(ROLE_MODIFIERS, "OPENING_MODIFIERS", `former late acting interim senior junior top outgoing incoming ex then`);

/** A party member's noun before a plain name ("Democrat Rosa Lindqvist"): a description. */
export const PARTY_MEMBERS = set(`democrat republican independent libertarian`);

/** Plural common nouns that often open a sentence as an unnamed group of speakers ("Police said"). */
export const GROUP_NOUNS = set(`
  police officials witnesses residents experts analysts critics authorities investigators prosecutors doctors scientists
  researchers sources reports protesters demonstrators lawmakers leaders voters fans players workers people students teachers
  parents officers soldiers troops rebels militants activists economists observers diplomats members staff employees locals
  villagers survivors relatives families neighbours neighbors organisers organizers campaigners officers firefighters rescuers
  medics nurses judges lawyers attorneys spokesmen spokeswomen spokespeople journalists reporters editors bankers traders
  opponents objectors supporters protestors opposition
`);

/** The claim stage's titles: a holder phrase "Mayor Ann Holt" keeps only the name after the
 *  last of these. Formal titles only: occupations and relations ("player", "friend") in a
 *  holder phrase are kept there, as that stage always did. */
export const HOLDER_TITLES = subset(ROLE_WORDS, "HOLDER_TITLES", `
  president minister spokesman spokeswoman spokesperson mayor coach senator governor
  chief director secretary general judge captain chairman chairwoman chair ceo
  leader ambassador commissioner chancellor premier mr mrs ms dr prof professor
  sheriff officer detective lawyer attorney representative rep sen gov king queen
  prince princess pope archbishop bishop lieutenant colonel sergeant major admiral
  councillor councilor councilman councilwoman superintendent inspector head
`);

/** Titles one person holds at a time in a story, so that "the mayor" later in the text is the
 *  one mayor it has named ("Mayor Ann Holt", "Per Lind, the city's mayor,"). People who speak
 *  for someone (spokesman, lawyer) are left out: a story often quotes an unnamed one. */
export const ANAPHORIC_TITLES = subset(ROLE_WORDS, "ANAPHORIC_TITLES", `
  president minister mayor coach senator governor chancellor premier chairman chairwoman ceo
  ambassador commissioner sheriff judge captain king queen pope archbishop bishop superintendent
`);

/** Titles abbreviated with a full stop before a name ("Mr. Lund", "Gen. Lee", "Insp. Berg"). */
export const TITLE_ABBREVIATIONS = set(`
  mr mrs ms mx dr prof gen gov sen rep rev st lt col capt sgt maj adm cmdr hon pres supt fr mt messrs mme
  cpl pvt brig det insp cllr
`);

/** The entity stage's dotted titles: "Mrs. Lund" is one name there. The subset that stage had
 *  before the lists were merged (no "Messrs.", "Cmdr.", "Mt.", "Brig.", "Mme."); not measured. */
export const DOTTED_TITLES = subset(TITLE_ABBREVIATIONS, "DOTTED_TITLES", `
  mr mrs ms mx dr prof gen sen rep gov lt col capt sgt st rev pres supt det insp adm maj cpl pvt hon fr cllr
`);

/** The sentence splitter's titles: a full stop after one never ends a sentence. The subset the
 *  splitter had before the lists were merged (no "Det.", "Insp."); not measured. */
export const NEVER_FINAL_TITLES = subset(TITLE_ABBREVIATIONS, "NEVER_FINAL_TITLES", `
  mr mrs ms mx dr prof gen gov sen rep rev st lt col capt sgt maj adm cmdr hon pres supt fr mt messrs mme cpl pvt brig cllr
`);

/** People by nationality, as sports and foreign news name a person already introduced
 *  ("“…,” the Spaniard said"). */
export const DEMONYMS = set(`
  spaniard frenchman frenchwoman briton american australian german italian brazilian argentine argentinian dutchman
  dutchwoman swede norwegian dane finn pole russian ukrainian serb croat belgian canadian mexican kenyan ethiopian
  nigerian scot welshman welshwoman irishman irishwoman englishman englishwoman austrian hungarian colombian chilean
  portuguese greek turk czech slovak slovenian romanian bulgarian japanese chinese indian pakistani egyptian moroccan
`);
