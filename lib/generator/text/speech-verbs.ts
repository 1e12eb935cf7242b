// Verbs of saying, once for every stage. Each stage reads its own subset: the subsets are the
// lists each stage had before they were merged here, kept as they were so the generator's output
// did not change. Their differences are not measured choices; widen a subset only with
// `npm run calibrate` showing it helps.
import { set, subset } from "./words";

/** Every form of a verb of saying that any stage reads. The quote stage's forms come first, in
 *  the order its sentence-split pattern tries them (see QUOTE_CUE_VERBS). */
export const SAYING_VERBS = set(`
  say says said saying tell tells told telling add adds added adding states stated stating
  write writes wrote writing explain explains explained notes noted argue argues argued claims claimed
  insist insists insisted warn warns warned announce announces announced declare declares declared
  reply replies replied respond responds responded continued conclude concludes concluded
  assert asserts asserted remarks remarked comments commented emphasize emphasizes emphasized
  emphasise emphasises emphasised stresses stressed acknowledge acknowledges acknowledged admit admits admitted
  concede concedes conceded suggest suggests suggested urge urges urged recall recalls recalled remembered tweets tweeted
  posts posted ask asks asked allege alleges alleged maintain maintains maintained predict predicts predicted
  promises promised vows vowed mentions mentioned observes observed describes described
  contend contends contended complain complains complained boasts boasted jokes joked quips quipped
  shout shouts shouted whisper whispers whispered confirms confirmed denies denied reiterate reiterates reiterated
  testify testifies testified counters countered recount recounts recounted
  reason reasons reasoned opine opines opined wonder wonders wondered repeat repeats repeated
  muse muses mused assure assures assured exclaim exclaims exclaimed caution cautions cautioned
  lament laments lamented retort retorts retorted scoff scoffs scoffed gush gushes gushed
  beamed sighed laughed yelled yells screamed pleaded pleads chimed griped texted emailed agrees agreed interjected
  reported reports quoted announcing
  revealed reveals indicated indicates pledged pledges threatened threatens disclosed discloses signalled signaled hinted
`);

/** Forms the quote stage does not read as its speaker's own cue: an outlet's "reported" and
 *  "quoted" are relay verbs there (RELAY_VERBS), and the verbs of disclosing report a fact
 *  rather than introduce words. */
const NOT_QUOTE_CUES = set(`
  reported reports quoted announcing
  revealed reveals indicated indicates pledged pledges threatened threatens disclosed discloses signalled signaled hinted
`);

/** Verbs that introduce speech by the subject ("said", "told", "added"): the quote, entity and
 *  sentence stages. */
export const SPEECH_VERBS = new Set([...SAYING_VERBS].filter((w) => !NOT_QUOTE_CUES.has(w)));

/** Verbs that report a manner of speaking or a reply, read as a cue only right after a quote and
 *  before the sentence's end ("“…,” Olsen fumed."): elsewhere most of them take other objects
 *  ("demanded a recount", "offered a deal", "echoed the plan"). */
export const CLOSING_VERBS = set(`
  cried demanded answered answers proclaimed affirmed elaborated summarized summarised ventured surmised speculated
  theorized theorised clarified rebutted echoed objected protested begged teased marveled marvelled grumbled
  raged fumed bragged mocked thundered reflected offered chided scolded sneered gasped huffed growled barked
`);

/** Verbs that say something only with their particle: "Olsen shot back", "the minister hit
 *  back", "Lind pointed out", "he spoke out" (not "went on": "the Senate goes on recess"). */
export const PHRASAL_SAYING = new Map<string, string>([
  ...["shot", "fired", "hit", "pushed", "snapped", "wrote", "texted", "emailed", "called"].map((v) => [v, "back"] as [string, string]),
  ["pointed", "out"], ["points", "out"], ["spoke", "out"], ["speaks", "out"],
]);

/** Verbs of hearing or remembering someone speak: in "recalled Lind saying", "heard Lind
 *  telling" the one heard speaks, not the subject. */
export const WITNESS_VERBS = set(`recalled recalls recall remembered remembers remember heard hears hear overheard quoted quotes`);

/** Verbs whose complement clause is what was said ("X said (that) …"): the speech stage's
 *  indirect-speech rule, which reads only the common reporting verbs. */
export const INDIRECT_VERBS = subset(SAYING_VERBS, "INDIRECT_VERBS", `
  said says told tells stated states added adds claimed claims announced announces reported reports wrote writes
  insisted insists argued argues warned warns explained explains noted notes asserted asserts suggested suggests
  acknowledged acknowledges admitted admits confirmed confirms denied denies predicted predicts alleged alleges
  maintained maintains replied replies responded responds declared declares promised promises vowed vows
`);

/** Speech verbs that continue what the previous quote's speaker was saying. */
export const CONTINUATION_VERBS = set(`add adds added adding continue continues continued concluded went go goes reiterated`);

/** Verbs by which an outlet relays what someone else said. */
export const RELAY_VERBS = set(`report reports reported reporting quote quotes quoted quoting cite cites cited citing carry carries carried publish publishes published`);

/** Cues that name a term on the subject's behalf (scare quotes): "calling the plan “...”". */
export const NAMING_VERBS = set(`call calls called calling dub dubs dubbed dubbing term terms termed terming brand brands branded branding label labels labeled labelled labeling labelling characterize characterizes characterized characterizing characterise characterised characterising describing`);

/** Verbs of saying that date the act of speaking when a date sits next to them: the date stage
 *  (it adds the verbs of disclosing, which date an announcement as well as words do). */
export const DATE_SPEECH_VERBS = subset(SAYING_VERBS, "DATE_SPEECH_VERBS", `
  said says say told tells tell added adds announced announces
  stated states claimed claims reported reports wrote writes insisted
  insists argued argues declared declares warned warns explained
  explains noted notes confirmed confirms denied denies promised
  promises vowed vows predicted predicts suggested suggests tweeted
  tweets posted posts asked asks replied replies admitted admits
  acknowledged acknowledges revealed reveals indicated indicates pledged
  pledges threatened threatens asserted asserts stressed stresses
  emphasised emphasized urged urges quoted announcing saying telling
  agreed agrees disclosed discloses signalled signaled hinted mentioned
`);

/** The verbs that, opening a date's event clause ("said on Monday that …"), let the event borrow
 *  the sentence's opening name: the commonest past and present forms, as the event rule had them. */
export const EVENT_SPEECH_VERBS = subset(SAYING_VERBS, "EVENT_SPEECH_VERBS", `
  said says told tells added announced stated claimed wrote insisted argued declared warned explained noted confirmed
  denied promised vowed reported
`);

/** Past forms without "-ed". */
const IRREGULAR_PAST = set(`said told wrote`);

/** The date stage's present-tense forms ("says", "tell"): a date next to one is read from the
 *  article's own time, not the reported past. Every form that is not past or a participle. */
export const PRESENT_SPEECH = new Set(
  [...DATE_SPEECH_VERBS].filter((w) => !/(?:ed|ing)$/.test(w) && !IRREGULAR_PAST.has(w)),
);

/** The claim stage's verbs that end a holder's clause ("X said that …"), as a global,
 *  case-insensitive whole-word pattern: the commonest reporting verbs only. */
export const HOLDER_SPEECH_VERB = new RegExp(
  `\\b(?:${[...subset(SAYING_VERBS, "HOLDER_SPEECH_VERB", `
    said says say told tells added adds stated states wrote writes insisted maintained claimed claims
    explained noted argued announced reported reports confirmed denied asserted acknowledged admitted warned quoted
  `)].join("|")})\\b`,
  "gi",
);
