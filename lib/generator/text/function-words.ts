// Closed-class words the stages skip or stop at: fillers between a subject and its verb,
// pronouns, prepositions, sentence openers.
import { set, subset } from "./words";

/** Words that may sit between a subject and its verb ("Olsen has repeatedly said"). */
export const VERB_FILLERS = set(`
  has have had also even later earlier then previously once again repeatedly reportedly recently first last
  further further, finally publicly privately separately directly simply just only already still now today yesterday
  would will could can may might must should did does do not never often frequently quickly
  bluntly flatly clearly openly angrily calmly
`);

/** Subject pronouns that a speech cue may use for its speaker. */
export const PRONOUNS = set(`he she they it we i`);

/** Prepositions before a capitalised phrase: it is no subject there. */
export const PREPOSITIONS = set(`
  in at from into near across of to for with by on over under about against between among through toward towards
  aboard onto within without behind beyond via during after before since until like than upon
`);

/** Capitalised words that open sentences but are no names. */
export const OPENER_WORDS = set(`
  the a an in on at after before but and or so yet he she it they we i you his her its their our my this that these those
  there here when while if as meanwhile however still also then now many some most no both all one two three four five six
  seven eight nine ten what who why how where since although though during according despite with without for from by to
  just even only over under about between among instead later earlier yesterday today tomorrow tonight last next each every
  such other another any few several more much not never once upon until unless because whether whatever whoever after
  mr mrs ms dr like unlike
  nobody everybody everyone someone somebody anyone anybody nothing everything something anything
`);


/** Forms of "be" and "get" that make a following participle passive ("was quoted", "got told"). */
export const PASSIVE = set(`been was were is are be being get got gets`);

/** Determiners and possessives that open a noun phrase ("the report", "their plan"). */
export const DETERMINERS = set(`a an the his her its their our my this that these those your no any every`);

/** The claim stage's determiners: a holder phrase may open with one ("the ministry", "its
 *  lawyers"). Articles and possessives only, as that stage always read them. */
export const HOLDER_DETERMINERS = subset(DETERMINERS, "HOLDER_DETERMINERS", `the a an its their his her`);

/** The date stage's determiners before a year used as a modifier ("the 2016 census", "his 1979
 *  novel"): the subset that stage had before the lists were merged (no "no", "any", "every",
 *  "these", "those"). */
export const YEAR_DETERMINERS = subset(DETERMINERS, "YEAR_DETERMINERS", `the a an its his her their this that our my your`);

/** Words that open a subordinate clause put before the main one ("After Marlow spoke, Olsen
 *  said …"): the clause runs to its comma, and a name inside it is not the sentence's subject. */
export const FRONTED_SUBORDINATORS = set(`after before since until when while although though because if once whereas unless as`);

/** Coordinating conjunctions (and "then", "so" used as one). */
export const CONJUNCTIONS = set(`and but or then so nor yet`);

/** Words that open a new clause after a speech verb ("said he …", "said the …"). */
export const CLAUSE_OPENERS = set(`he she it they we i you there the a an his her its their our this these those some many no all both`);

/** Time and manner words between a speech verb and what it says or its subject ("said on Tuesday",
 *  "said in a statement"). */
export const TIME_SKIP = set(`
  on last this week month year earlier later night morning afternoon evening then in a an statement interview recent
  also today yesterday late early separately again
`);

/** "officials in X said", "the government of X said": X is where they are or whose, not who speaks. */
export const PLACE_PREPOSITIONS = set(`in at from across near throughout inside outside around within of`);

/** Words that typically open a sentence: after an ambiguous abbreviation ("Corp.", "Jan.") they
 *  mean a new sentence. The sentence splitter's subset of the openers, with the two group nouns
 *  that open news sentences most ("Police said", "Officials said"). */
export const SENTENCE_OPENERS = new Set([
  ...subset(OPENER_WORDS, "SENTENCE_OPENERS", `
    the a an he she it they we i you his her its their our my this that these those there here but and or so yet in on
    at for after before when while if as meanwhile however still also then now many some most no both all one what
    who why how where since although though during according earlier later last next
  `),
  "officials", "police",
]);
