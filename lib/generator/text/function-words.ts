// Closed-class words the stages skip or stop at: fillers between a subject and its verb,
// pronouns, prepositions, sentence openers.
import { set } from "./words";

/** Words that may sit between a subject and its verb ("Olsen has repeatedly said"). */
export const VERB_FILLERS = set(`
  has have had also later earlier then previously once again repeatedly reportedly recently first last
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
  mr mrs ms dr
`);

