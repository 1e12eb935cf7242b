// General English word lists for the speech stages. None of these names an article's people,
// places or outlets: they are the closed-class words and common nouns that cue a role.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Verbs that introduce speech by the subject ("said", "told", "added"). */
export const SPEECH_VERBS = set(`
  say says said saying tell tells told telling add adds added adding states stated stating
  write writes wrote writing explain explains explained notes noted argue argues argued claims claimed
  insist insists insisted warn warns warned announce announces announced declare declares declared
  reply replies replied respond responds responded continued conclude concludes concluded
  assert asserts asserted remarks remarked comments commented emphasize emphasizes emphasized
  emphasise emphasises emphasised stresses stressed acknowledge acknowledges acknowledged admit admits admitted
  concede concedes conceded suggest suggests suggested urge urges urged recall recalls recalled tweets tweeted
  posts posted ask asks asked allege alleges alleged maintain maintains maintained predict predicts predicted
  promises promised vows vowed mentions mentioned observes observed describes described
  contend contends contended complain complains complained boasts boasted jokes joked quips quipped
  shout shouts shouted whisper whispers whispered confirms confirmed denies denied reiterate reiterates reiterated
  testify testifies testified counters countered recount recounts recounted
  reason reasons reasoned opine opines opined wonder wonders wondered repeat repeats repeated
  muse muses mused assure assures assured exclaim exclaims exclaimed caution cautions cautioned
  lament laments lamented retort retorts retorted scoff scoffs scoffed gush gushes gushed
  beamed sighed laughed yelled yells screamed pleaded pleads chimed griped texted emailed agrees agreed
`);

/** Speech verbs that continue what the previous quote's speaker was saying. */
export const CONTINUATION_VERBS = set(`add adds added adding continue continues continued concluded went go goes reiterated`);

/** Verbs by which an outlet relays what someone else said. */
export const RELAY_VERBS = set(`report reports reported reporting quote quotes quoted quoting cite cites cited citing carry carries carried publish publishes published`);

/** Cues that name a term on the subject's behalf (scare quotes): "calling the plan “...”". */
export const NAMING_VERBS = set(`call calls called calling dub dubs dubbed dubbing term terms termed terming brand brands branded branding label labels labeled labelled labeling labelling characterize characterizes characterized characterizing characterise characterised characterising describing`);

/** Words that may sit between a subject and its verb ("Olsen has repeatedly said"). */
export const VERB_FILLERS = set(`
  has have had also later earlier then previously once again repeatedly reportedly recently first last
  further further, finally publicly privately separately directly simply just only already still now today yesterday
  would will could can may might must should did does do not never often frequently quickly
  bluntly flatly clearly openly angrily calmly
`);

/** Subject pronouns that a speech cue may use for its speaker. */
export const PRONOUNS = set(`he she they it we i`);

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
  representative rep sen gov mayor chief ceo cfo coo chairman chairwoman chairperson chair director captain coach manager
  general gen commander ambassador envoy judge justice attorney lawyer officer official leader king queen prince princess
  pope premier editor founder co-founder head spokesman spokeswoman spokesperson professor prof dr mr mrs ms mx sir dame lord lady
  deputy sheriff detective inspector sergeant sgt lieutenant lt colonel col major maj admiral adm commissioner superintendent
  president-elect candidate councillor councilor lawmaker legislator mp actor actress singer musician writer author
  player striker midfielder defender goalkeeper forward referee analyst economist scientist researcher historian
  executive owner publisher chairman spokesman father mother brother sister son daughter wife husband
  presenter host correspondent reporter journalist columnist emperor sultan emir sheikh cardinal bishop archbishop rabbi imam
  pastor reverend rev canon vicar chaplain deacon abbot monsignor father dean provost principal teacher student novelist poet artist painter composer filmmaker
  photographer designer architect engineer doctor nurse surgeon chef farmer pilot soldier activist campaigner
  member delegate resident supporter consultant strategist pollster staffer aide adviser advisor organizer organiser
  volunteer curator instructor lecturer co-host anchor commentator nominee colleague friend nephew niece cousin uncle aunt
  grandmother grandfather neighbor neighbour constituent employee expert scholar specialist fellow
  administrator speaker marshal ranger coroner magistrate councilman councilwoman alderman assemblyman assemblywoman
  treasurer comptroller auditor solicitor barrister counsel trooper
`);

/** Role words that are a title only when capitalised right before a name (skip as lowercase nouns). */
export const ROLE_MODIFIERS = set(`former late then acting interim deputy vice assistant senior junior chief top new outgoing incoming ex`);

/** Last words of an outlet's name ("The Daily Post", "Star Tribune"), and outlet nouns. */
export const OUTLET_HEADS = set(`
  post times journal herald tribune guardian telegraph gazette weekly daily magazine press radio television tv
  broadcasting broadcaster news monitor observer chronicle review insider wire express mail standard independent
  economist bulletin courier ledger inquirer reporter network channel newswire dispatch examiner globe sentinel
  register record recorder bugle beacon argus clarion mercury messenger today tabloid newspaper
`);

/** Lowercase nouns that mark the phrase next to them as an outlet ("X news agency", "the newspaper X"). */
export const OUTLET_NOUNS = set(`newspaper newspapers daily tabloid broadcaster magazine agency wire network channel outlet website paper weekly radio station journal`);

/** Words that make a capitalised phrase an organisation. */
export const ORG_WORDS = set(`
  ministry office department council committee commission party army navy force forces police government university college school
  bank court company corporation corp inc ltd llc plc group association union federation league institute foundation church
  organization organisation authority board bureau service services senate congress parliament assembly cabinet house
  secretariat club fc team museum hospital airlines airways motors systems technologies labs laboratory agency administration
  guard guards brigade regiment corps command ministry fund trust society alliance coalition movement front bloc
  embassy consulate commission tribunal prosecutor's prosecutors industries holdings partners network studio studios
  foods markets energy oil gas pharmaceuticals pharma insurance electric steel mining capital ventures media entertainment
  software solutions international global worldwide enterprises brands stores retail logistics shipping telecom
  communications bancorp financial airline railways railway municipality
`);

/** Words that make a capitalised phrase a place (never a speaker by themselves unless they speak). */
export const PLACE_WORDS = set(`
  north south east west northern southern eastern western central new united republic state states city county island islands
  river sea ocean mountain mountains stadium arena airport street avenue road square park bridge tower towers station center
  centre hall palace valley lake bay gulf coast province region district kingdom empire peninsula strait desert
`);

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

/** Month and weekday names: capitalised, but not entities. */
export const CALENDAR_WORDS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Words inside a name that stay lowercase ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = set(`of the de del della der van von da di du la le bin ibn al el y and for`);

/** Nouns before a quoted title of a work ("the book “...”"). */
export const WORK_NOUNS = set(`
  book books novel novels memoir memoirs biography autobiography film films movie movies documentary song songs single album
  poem play musical opera series show programme program episode podcast report study paper article essay column op-ed
  editorial website site blog campaign exhibition slogan painting game app hashtag motto headline titled entitled
`);

/** Plural common nouns that often open a sentence as an unnamed group of speakers ("Police said"). */
export const GROUP_NOUNS = set(`
  police officials witnesses residents experts analysts critics authorities investigators prosecutors doctors scientists
  researchers sources reports protesters demonstrators lawmakers leaders voters fans players workers people students teachers
  parents officers soldiers troops rebels militants activists economists observers diplomats members staff employees locals
  villagers survivors relatives families neighbours neighbors organisers organizers campaigners officers firefighters rescuers
  medics nurses judges lawyers attorneys spokesmen spokeswomen spokespeople journalists reporters editors bankers traders
`);
