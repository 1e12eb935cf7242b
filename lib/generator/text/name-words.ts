// Words that mark a capitalised phrase as an outlet, an organisation, a place or a work, and the
// lowercase words inside names. General English only.
import { set, subset } from "./words";

/** Last words of an outlet's name ("The Daily Post", "Star Tribune"), and outlet nouns. */
export const OUTLET_HEADS = set(`
  post times journal herald tribune guardian telegraph gazette weekly daily magazine press radio television tv
  broadcasting broadcaster news monitor observer chronicle review insider wire express mail standard independent
  economist bulletin courier ledger inquirer reporter network channel newswire dispatch examiner globe sentinel
  register record recorder bugle beacon argus clarion mercury messenger today tabloid newspaper
`);

/** Lowercase nouns that mark the phrase next to them as an outlet ("X news agency", "the newspaper X"). */
export const OUTLET_NOUNS = set(`newspaper newspapers daily tabloid broadcaster magazine agency wire network channel outlet website paper weekly radio station journal`);

/** Lower-case words that describe an outlet before its noun or name: "local radio station X". */
export const OUTLET_MODIFIERS = set(`state local national regional public private news daily weekly online`);

/** Things written that a person's words are read from: "Lind's letter read: “…”". */
export const WRITING_NOUNS = set(`letter statement note email e-mail message post tweet memo notice sign banner placard text card caption`);

/** Who works for an outlet: "told a Ledger reporter" names the reporter's outlet. */
export const JOURNALIST_NOUNS = set(`reporter reporters correspondent journalist journalists interviewer columnist editor host producer`);

/** Words that make a capitalised phrase an organisation. */
export const ORG_WORDS = set(`
  ministry office department council committee commission party army navy force forces police government university college school
  bank court company corporation corp co inc ltd llc plc group association union federation league institute foundation church
  organization organisation authority board bureau service services senate congress parliament assembly cabinet house
  secretariat club fc team museum hospital airlines airways motors systems technologies labs laboratory agency administration
  guard guards brigade regiment corps command ministry fund trust society alliance coalition movement front bloc
  embassy consulate commission tribunal prosecutor's prosecutors industries holdings partners network studio studios
  foods markets energy oil gas pharmaceuticals pharma insurance electric steel mining capital ventures media entertainment
  software solutions international global worldwide enterprises brands stores retail logistics shipping telecom
  communications bancorp financial savings credit airline railways railway municipality conservatory academy orchestra choir
  center centre centers centres resources ferries cruises freight transport homes developments properties estates construction builders
  devices dynamics aerospace robotics therapeutics biotech automotive semiconductor semiconductors networks associates consulting securities investments
`);

/** Words that close a firm's name: "of" after one starts where the firm is ("Orbis Dynamics of
 *  Huntsville"), not more of its name ("Bank of Westland"). */
export const FIRM_ENDS = subset(ORG_WORDS, "FIRM_ENDS", `
  inc corp co ltd llc plc holdings industries technologies systems labs dynamics aerospace robotics therapeutics biotech
  automotive networks associates consulting securities investments partners motors pharmaceuticals solutions enterprises
  brands logistics ventures
`);

/** Words that make a capitalised phrase a place (never a speaker by themselves unless they speak). */
export const PLACE_WORDS = set(`
  north south east west northern southern eastern western central new united republic state states city county island islands
  river sea ocean mountain mountains stadium arena airport street avenue road square park bridge tower towers station center
  centre hall palace valley lake bay gulf coast province region district kingdom empire peninsula strait desert
`);

/** Words inside a name that stay lowercase ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = set(`of the de del della der van von da di du la le bin ibn al el y and for on`);
/** Prepositions a title-case body's name holds with a capital ("Reporters Without Borders",
 *  "Mothers Against Drunk Driving"); no person's name has one. */
export const TITLE_JOINERS = set(`without against for beyond`);
/** The lower-case particles of a surname ("de Vries", "van der Berg", "bin Salem"). */
export const NAME_PARTICLES = set(`de del della der den van von da di du la le bin ibn al el`);

/** Nouns before a quoted title of a work ("the book “...”"). */
export const WORK_NOUNS = set(`
  book books novel novels memoir memoirs biography autobiography film films movie movies documentary song songs single album
  poem play musical opera series show programme program episode podcast report study paper article essay column op-ed
  editorial website site blog campaign exhibition slogan painting game app hashtag motto headline titled entitled
`);

/** First words of a place's name ("North Harbour", "Greater Lund"). */
export const PLACE_PREFIXES = set(`north south east west northern southern eastern western central new united upper lower greater`);

/** Generational suffixes after a surname ("King Jr.", "Henry VIII"): part of the name, never its surname. */
export const NAME_SUFFIXES = set(`jr sr ii iii iv`);
