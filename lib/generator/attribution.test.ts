import { describe, expect, it } from "vitest";
import { attributeQuotes } from "./attribution";
import { findEntities } from "./entities";
import { findQuotes } from "./quotes";
import { readText } from "./text/layer";
import type { Quote } from "./types";

// Every name, outlet and sentence here is invented for the test.
function run(body: string): Quote[] {
  const text = readText(body);
  const quotes = attributeQuotes(text, findEntities(text), findQuotes(text));
  for (const q of quotes) {
    expect(body.slice(q.start, q.end)).toBe(q.text);
    if (q.cue) expect(body.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
  }
  return quotes;
}

function quoteOf(body: string, words: string): Quote {
  const q = run(body).find((x) => x.kind !== "indirect" && x.quote === words);
  if (!q) throw new Error(`no quote “${words}” in ${JSON.stringify(run(body).map((x) => x.quote))}`);
  return q;
}

const INTRO = "Harbour Minister Karin Olsen visited the docks on Monday. ";

type Row = [name: string, body: string, quote: string, speaker: string | null, via: string | null, sure: boolean];

describe("attributeQuotes: direct quotes", () => {
  const rows: Row[] = [
    ["cue after: name said", INTRO + "“We will rebuild the pier,” Olsen said.", "We will rebuild the pier,", "Karin Olsen", null, true],
    ["cue after: said name", INTRO + "“The vote is final,” said Olsen.", "The vote is final,", "Karin Olsen", null, true],
    ["cue before with a colon", INTRO + "Olsen said: “Nothing is decided yet.”", "Nothing is decided yet.", "Karin Olsen", null, true],
    ["cue before with a comma", INTRO + "Olsen told reporters, “Nothing is decided yet.”", "Nothing is decided yet.", "Karin Olsen", null, true],
    ["straight double marks", INTRO + "\"We are ready for the storm,\" Olsen said.", "We are ready for the storm,", "Karin Olsen", null, true],
    ["curly single marks", INTRO + "‘We are ready for the storm,’ Olsen said.", "We are ready for the storm,", "Karin Olsen", null, true],
    ["straight single marks", INTRO + "'We are ready for the storm,' Olsen said.", "We are ready for the storm,", "Karin Olsen", null, true],
    [
      "object speaker relayed by an agency",
      INTRO + "“Talks are going well,” the Nordpress news agency quoted Olsen as saying.",
      "Talks are going well,", "Karin Olsen", "Nordpress", true,
    ],
    [
      "told an outlet (cue after)",
      INTRO + "“The harbour is safe,” Olsen told the Valley Tribune.",
      "The harbour is safe,", "Karin Olsen", "Valley Tribune", true,
    ],
    [
      "appositive between name and verb",
      "Karin Olsen, the minister in charge of harbours, said: “We are ready.”",
      "We are ready.", "Karin Olsen", null, true,
    ],
    [
      "relative clause between name and verb",
      INTRO + "Olsen, who has run the port since it reopened, said the budget was “fully balanced”.",
      "fully balanced", "Karin Olsen", null, true,
    ],
    [
      "institution as speaker",
      "The Admiralty has stayed silent for weeks. “The channel is open to all ships,” the Admiralty said.",
      "The channel is open to all ships,", "Admiralty", null, true,
    ],
    [
      "“the ministry” names the one ministry introduced before",
      "The Westland Interior Ministry issued a warning. “Stay indoors,” the ministry said.",
      "Stay indoors,", "Westland Interior Ministry", null, true,
    ],
    [
      "a lone surname after a closing mark names the person introduced before",
      "Jane Doe toured the plant. \"Costs are rising,” Doe said.",
      "Costs are rising,", "Jane Doe", null, true,
    ],
    [
      "a question mark inside the quote keeps its named cue",
      INTRO + "“Who pays for it?” Olsen asked.",
      "Who pays for it?", "Karin Olsen", null, true,
    ],
    [
      "an appositive naming a body with its own commas",
      "Mona Berg, curator of prints at the University of Eastvale, Northtown, said, “These pictures record his days.”",
      "These pictures record his days.", "Mona Berg", null, true,
    ],
    [
      "with X saying: the participle's own subject speaks",
      "The Harbour Courier quoted two critics, with Lars Eide saying: “This plan is careless and risky.”",
      "This plan is careless and risky.", "Lars Eide", "Harbour Courier", true,
    ],
    [
      "a lower-case role before the name after the quote",
      "“We are proud of the whole crew,” team member Sara Lind told the press.",
      "We are proud of the whole crew,", "Sara Lind", null, true,
    ],
    [
      "a cue at the end of the sentence, after more words",
      INTRO + "\"This will be hard\" for the crews, said Olsen.",
      "This will be hard", "Karin Olsen", null, true,
    ],
    [
      "quoted words inside a sentence with a named subject (a guess)",
      INTRO + "Olsen pledged to fight the closure “every step of the way.”",
      "every step of the way.", "Karin Olsen", null, false,
    ],
    [
      "quoted words after an object relative: the name after “whom” used them, not the subject",
      INTRO + "Olsen and her deputy toured the quay, which Dock Chief Per Lind had hoped to make “a jewel of the coast” by now.",
      "a jewel of the coast", "Per Lind", null, false,
    ],
    [
      "“whom” with a dotted middle initial in the name",
      INTRO + "Olsen came with her brother, whom Governor Piet J. Brandt introduced as “my best friend” to the crowd.",
      "my best friend", "Piet J. Brandt", null, false,
    ],
    [
      "a name set off after “to her husband,” is no subject of its sentence",
      INTRO + "On the flight home, she vented to her deputy, Per Lind, that the plan was “a huge shock” to everyone.",
      "a huge shock", null, null, false,
    ],
    [
      "a cue-less quote after a sentence with a named subject (a guess)",
      INTRO + "Olsen praised the rescue crews.\n\n“They never gave up on anyone out there.”",
      "They never gave up on anyone out there.", "Karin Olsen", null, false,
    ],
    [
      "inverted cue: a body's name leads to its spokesperson",
      "Lars Eide joined the Harbour Party in May. “There is no plan,” said Harbour Party spokesman Lars Eide in a tweet.",
      "There is no plan,", "Lars Eide", null, true,
    ],
    [
      "inverted cue: a possessive name leads to the aide",
      INTRO + "Per Lind advises her. “We expected this,” said Olsen's top aide Per Lind.",
      "We expected this,", "Per Lind", null, true,
    ],
    [
      "a name before the colon that opens the quote",
      "Roger Lund spoke at length.\n\nContinued Lund:\n\n“The stakes are high for all of us.”",
      "The stakes are high for all of us.", "Roger Lund", null, true,
    ],
    [
      "a full stop inside the quote, then only the cue",
      INTRO + "“Nothing has been decided yet.” Olsen said.",
      "Nothing has been decided yet.", "Karin Olsen", null, true,
    ],
    [
      "a surname misspelt by one letter joins the one person it fits",
      "Kathryn Holmes, director of the gallery, spoke first. “People know his name,” Holmer said.",
      "People know his name,", "Kathryn Holmes", null, true,
    ],
    [
      "a long surname misspelt by two slips (a letter dropped, one doubled) joins the one person it fits",
      "Greta Lindqvist, director of the survey, spoke first. “The numbers surprised us all,” Ms Lindquistt said.",
      "The numbers surprised us all,", "Greta Lindqvist", null, true,
    ],
    [
      "a pronoun whose referent the quote itself names: another person of the sentence before",
      "For Per Lind, a teacher, Mona Varga was a legend. He said, “Mona Varga was the centre of it all.”",
      "Mona Varga was the centre of it all.", "Per Lind", null, false,
    ],
    [
      "a question with a pronoun subject before a cue-less quote (a guess)",
      "Sara Lind, a student, skipped class to attend. Why did she want to go so badly? “It is the event of the year.”",
      "It is the event of the year.", "Sara Lind", null, false,
    ],
    [
      "a capitalised word inside a sentence is no speech verb",
      INTRO + "Olsen said the United States had become a “safe harbour for everyone.”",
      "safe harbour for everyone.", "Karin Olsen", null, true,
    ],
    [
      "adding after a named cue: that cue's speaker, not the sentence's first name",
      INTRO + "Per Lind, a trader, arrived late. Lind and Olsen will meet next week, Lind said, adding, “They need to talk it through.”",
      "They need to talk it through.", "Per Lind", null, true,
    ],
    [
      "a person's name after “the” modifies the subject: no guess",
      INTRO + "The Olsen campaign projects that “a small levy” would raise millions.",
      "a small levy", null, null, false,
    ],
    [
      "a document seen by an outlet: no speaker, the outlet relays",
      "The plan is new. A leaked internal letter seen by the Valley Tribune says “late forms may be refused”, but nothing is decided.",
      "late forms may be refused", null, "Valley Tribune", false,
    ],
    [
      "a naming verb before a quotation is speaker evidence for a plain name",
      "The secretary of the council, Nils Arden, has called the ruling “dangerous”: “We face a hard sentence. Nobody wins.”",
      "We face a hard sentence. Nobody wins.", "Nils Arden", null, true,
    ],
    [
      "a plain lower-case noun leads the name after the quote",
      "Noor Haddad joined the campaign in May. “These are dark days for us,” former speechwriter Noor Haddad wrote.",
      "These are dark days for us,", "Noor Haddad", null, true,
    ],
    [
      "inverted cue with a lead naming someone else before the person",
      INTRO + "Per Lind knows the port. “October was good for her,” said former Olsen adviser Per Lind.",
      "October was good for her,", "Per Lind", null, true,
    ],
    [
      "a nationality before an outlet noun is no outlet: the named broadcaster is",
      INTRO + "“We will not give in,” Olsen told Nordic broadcaster VTK.",
      "We will not give in,", "Karin Olsen", "VTK", true,
    ],
    [
      "a title and surname name the full name introduced before",
      "Harbour Authority head Lena Varga opened the pier. Later, Administrator Varga said: “We are proud of it.”",
      "We are proud of it.", "Lena Varga", null, true,
    ],
    [
      "said on an outlet: the outlet relays",
      INTRO + "“We will not give in,” Olsen said on Valley Radio.",
      "We will not give in,", "Karin Olsen", "Valley Radio", true,
    ],
    [
      "a pronoun cue with its own channel does not carry the outlet of the sentence before",
      INTRO + "“We will not give in,” Olsen said on Valley Radio. “We stay,” she said in a statement.",
      "We stay,", "Karin Olsen", null, true,
    ],
    [
      "an outlet citing words that are not its own: no speaker, the outlet relays",
      "The forms are long. The Valley Tribune cited examples of hard questions, including: “Were you ever held against your will?”",
      "Were you ever held against your will?", null, "Valley Tribune", false,
    ],
    [
      "“agrees” as an inverted cue names a new speaker, not a continuation",
      "“Prices are too high,” says Mona Berg, 30, a teacher. “Our ideas of success differ,” agrees Sara Lind, 31, a nurse.",
      "Our ideas of success differ,", "Sara Lind", null, true,
    ],
    [
      "a spokesperson is not the principal",
      "The Admiralty has stayed silent. “We do not comment on patrols,” a spokesman for the Admiralty said.",
      "We do not comment on patrols,", null, null, false,
    ],
    [
      "a named spokesperson speaks for themself",
      "Admiralty spokesman Lars Eide said the report was “premature and wrong”.",
      "premature and wrong", "Lars Eide", null, true,
    ],
    [
      "an unnamed voice stays unknown",
      INTRO + "“It was chaos on the quay,” one witness said.",
      "It was chaos on the quay,", null, null, false,
    ],
    [
      "possessive document: the owner speaks",
      "Nordbank's annual review concluded, “Growth will slow next year.”",
      "Growth will slow next year.", "Nordbank", null, true,
    ],
    [
      "role words before the name after the quote",
      "“Consumers deserve stability,” Greenfield chairman Omar Haddad told the Harbour Courier.",
      "Consumers deserve stability,", "Omar Haddad", "Harbour Courier", true,
    ],
    [
      "courtesy title with a full stop",
      INTRO + "'We will see what happens,' Mrs. Olsen said when asked.",
      "We will see what happens,", "Karin Olsen", null, true,
    ],
    [
      "a name set off by commas is the speaker",
      "The company's rival, Greenfield Markets, said in a statement that it had “no such plans”.",
      "no such plans", "Greenfield Markets", null, true,
    ],
    [
      "told a one-word outlet",
      INTRO + "Olsen told Nordwire: “Both sides need a win.”",
      "Both sides need a win.", "Karin Olsen", "Nordwire", true,
    ],
    [
      "a colon hands the quote to the clause's subject",
      INTRO + "Olsen had one message for the crews: “Stay in port.”",
      "Stay in port.", "Karin Olsen", null, true,
    ],
    [
      "a spokesman for a possessive body is not the body",
      "A spokesman for Westland's Interior Ministry said: “We do not comment on rumours.”",
      "We do not comment on rumours.", null, null, false,
    ],
    [
      "inverted cue with a role before the name",
      "“The numbers do not add up,” said auditor Henrik Bask, who led the review.",
      "The numbers do not add up,", "Henrik Bask", null, true,
    ],
    [
      "lower-case words leading to a role after the quote",
      "“Every hour counts,” regional governor Nikos Arvan told state broadcaster VTN.",
      "Every hour counts,", "Nikos Arvan", "VTN", true,
    ],
    [
      "passive relay: was quoted by an outlet as saying",
      INTRO + "She was quoted by the Alder Evening Post as saying the audit was “a witch hunt”.",
      "a witch hunt", "Karin Olsen", "Alder Evening Post", true,
    ],
    [
      "a role-led name set off by commas",
      "Her colleague, Professor Adam Chu, described the find as “the discovery of a lifetime”.",
      "the discovery of a lifetime", "Adam Chu", null, true,
    ],
    [
      "a possessive noun is no cue verb",
      INTRO + "Olsen said the ship's call was “louder than ever”.",
      "louder than ever", "Karin Olsen", null, true,
    ],
    [
      "inverted cue with a dotted title and an appositive",
      "The survey ended in May. “We found it by chance,” said Dr. Lina Marsh, a geologist who led the survey. “Nobody planned it.”",
      "We found it by chance,", "Lina Marsh", null, true,
    ],
    [
      "continuation after an inverted cue with a dotted title",
      "The survey ended in May. “We found it by chance,” said Dr. Lina Marsh, a geologist who led the survey. “Nobody planned it.”",
      "Nobody planned it.", "Lina Marsh", null, true,
    ],
    [
      "according to a person, partial quote",
      INTRO + "According to Olsen, the plan is “dead in the water”.",
      "dead in the water", "Karin Olsen", null, true,
    ],
  ];
  it.each(rows)("%s", (_n, body, quote, speaker, via, sure) => {
    const q = quoteOf(body, quote);
    expect([q.speaker, q.via, q.sure]).toEqual([speaker, via, sure]);
  });
});

describe("attributeQuotes: partial quotes, relays and chains", () => {
  const rows: Row[] = [
    [
      "relay chain: outlet reported that X said",
      INTRO + "The Daily Courier reported that Olsen said she had “no plans to resign”.",
      "no plans to resign", "Karin Olsen", "Daily Courier", true,
    ],
    [
      "told an outlet that … partial",
      INTRO + "Olsen told the Valley Tribune that the plan was “a mistake from the start”.",
      "a mistake from the start", "Karin Olsen", "Valley Tribune", true,
    ],
    [
      "said that … partial, trailing relay",
      INTRO + "Olsen said the works were “ahead of schedule”, the Daily Courier reported.",
      "ahead of schedule", "Karin Olsen", "Daily Courier", true,
    ],
    [
      "according to an agency quoting a body",
      "According to Nordpress news agency, quoting the Westland Port Authority (WPA), ships must prepare for a “full closure”.",
      "full closure", "Westland Port Authority", "Nordpress", true,
    ],
    [
      "relay named in an appositive participle",
      INTRO + "Olsen, speaking to the Valley Tribune newspaper, said the port was “ready for winter”.",
      "ready for winter", "Karin Olsen", "Valley Tribune", true,
    ],
    [
      "relay named after the verb: interview with broadcaster X",
      INTRO + "“The port is open,” Olsen said in an interview with broadcaster Nordvision.",
      "The port is open,", "Karin Olsen", "Nordvision", true,
    ],
    [
      "relay named after an inverted cue: interview with the X",
      INTRO + "“We are ready,” said Olsen in an interview with the Valley Tribune.",
      "We are ready,", "Karin Olsen", "Valley Tribune", true,
    ],
    [
      "told the paper: the outlet named just before",
      INTRO + "Olsen spoke to the Valley Tribune on Friday. ‘I am not leaving,’ she told the paper.",
      "I am not leaving,", "Karin Olsen", "Valley Tribune", true,
    ],
    [
      "told the newspaper X: the outlet it names, not one named before",
      INTRO + "Olsen spoke to the Valley Tribune on Friday. On Saturday she told the newspaper Dagsposten that the plan was “dead”.",
      "dead", "Karin Olsen", "Dagsposten", true,
    ],
    [
      "a written opinion is no outlet",
      "Judge Rosa Quill of the Westland High Court wrote in a long opinion that the rule was “plainly unfair”.",
      "plainly unfair", "Rosa Quill", null, true,
    ],
    [
      "coordinated verb keeps the outer speaker",
      INTRO + "Olsen told the Valley Tribune that the captain \"left the ship early\", and told the crew, \"nothing at all\".",
      "nothing at all", "Karin Olsen", "Valley Tribune", true,
    ],
  ];
  it.each(rows)("%s", (_n, body, quote, speaker, via, sure) => {
    const q = quoteOf(body, quote);
    expect([q.speaker, q.via, q.sure]).toEqual([speaker, via, sure]);
  });
});

describe("attributeQuotes: pronouns and continuations", () => {
  const rows: Row[] = [
    [
      "“he added” is the previous quote's speaker, not the last name mentioned",
      INTRO + "“The port will reopen,” Olsen told the Valley Tribune after meeting Governor Piet Brandt.\n\n“We expect ships by spring,” she added.",
      "We expect ships by spring,", "Karin Olsen", "Valley Tribune", true,
    ],
    [
      "a name inside a quote never becomes the speaker",
      INTRO + "“The port will reopen,” Olsen said. “I spoke to Governor Piet Brandt about it,” she added.",
      "I spoke to Governor Piet Brandt about it,", "Karin Olsen", null, true,
    ],
    [
      "pronoun after narration: the latest subject",
      INTRO + "“First words,” Olsen said.\n\nGovernor Piet Brandt arrived later in the day. He said, “The roads are closed.”",
      "The roads are closed.", "Piet Brandt", null, true,
    ],
    [
      "continuation paragraph without a cue",
      INTRO + "“The first ships arrive on Friday,” Olsen said.\n\n“More will follow. The quay is ready.”",
      "More will follow. The quay is ready.", "Karin Olsen", null, true,
    ],
    [
      "adding that … after a pronoun cue",
      INTRO + "“There is work to do,” she said, adding that talks could resume “within weeks”.",
      "within weeks", "Karin Olsen", null, true,
    ],
    [
      "it added: an institution's continuation",
      "“The channel is open,” said the Westland Port Authority. “Pilots are on duty”, it added.",
      "Pilots are on duty", "Westland Port Authority", null, true,
    ],
    [
      "“she said” after a sentence where she told an outlet carries the outlet",
      "Harbour spokeswoman Sara Lind told the Valley Tribune the port would look into it.\n\n“We take safety seriously,” she said.",
      "We take safety seriously,", "Sara Lind", "Valley Tribune", true,
    ],
    [
      "“it quoted” relays through the outlet named before",
      "The Valley Tribune ran the story on Monday. It quoted critics such as Per Lind, with Lind saying: “The plan is careless.”",
      "The plan is careless.", "Per Lind", "Valley Tribune", true,
    ],
    [
      "“she added” after a sentence reporting someone else speaking takes up that speaker",
      INTRO + "“The quay is too short,” dock worker Tom Berg said.\n\nOlsen said the vote would take place in April. “Nobody should think this is dead,” she added.",
      "Nobody should think this is dead,", "Karin Olsen", null, true,
    ],
    [
      "“she added” after narration with no new speaker stays with the previous quote",
      INTRO + "“The quay is too short,” Olsen said.\n\nThe vote is due in April. “Nobody should think this is dead,” she added.",
      "Nobody should think this is dead,", "Karin Olsen", null, true,
    ],
    [
      "a paragraph that leaves its quote open takes the next part's speaker",
      INTRO + "Olsen said: “The first part of the plan is simple.\n\n“The second part is harder,” she added.",
      "The first part of the plan is simple.", "Karin Olsen", null, true,
    ],
  ];
  it.each(rows)("%s", (_n, body, quote, speaker, via, sure) => {
    const q = quoteOf(body, quote);
    expect([q.speaker, q.via, q.sure]).toEqual([speaker, via, sure]);
  });
});

describe("attributeQuotes: scare quotes and titles", () => {
  it.each([
    ["scare quote: the subject who uses the term", "General Tomas Reyes ordered the strike, calling the move a “limited correction” of the border.", "limited correction", "Tomas Reyes"],
    ["scare quote with no one using it", "To “lock in” is harbour jargon for a ship waiting at the gate.", "lock in", null],
  ] as const)("%s", (_n, body, quote, speaker) => {
    expect(quoteOf(body, quote).speaker).toBe(speaker);
  });

  it.each([
    ["after book", "Olsen, author of the memoir “Salt and Stone”, spoke first.", "Salt and Stone"],
    ["report titled", "The report titled “Water Futures” was released by the Admiralty.", "Water Futures"],
    ["capitalised name of a work", "The minister said on “The Morning Harbour Show” that she was tired.", "The Morning Harbour Show"],
  ] as const)("title is never attributed: %s", (_n, body, quote) => {
    const q = quoteOf(body, quote);
    expect([q.kind, q.speaker, q.sure]).toEqual(["title", null, false]);
  });
});

describe("attributeQuotes: indirect speech", () => {
  const rows: Array<[string, string, string, string | null, string | null]> = [
    ["X said …", INTRO + "Olsen said the port would reopen in May.", "the port would reopen in May", "Karin Olsen", null],
    ["X said that …", INTRO + "Olsen said on Tuesday that the port would reopen.", "the port would reopen", "Karin Olsen", null],
    ["X told an outlet that …", INTRO + "Olsen told the Valley Tribune that the port would reopen.", "the port would reopen", "Karin Olsen", "Valley Tribune"],
    ["according to X, …", INTRO + "According to Olsen, the port will reopen soon.", "the port will reopen soon", "Karin Olsen", null],
    ["relay chain", INTRO + "The Daily Courier reported that Olsen said the port would reopen.", "the port would reopen", "Karin Olsen", "Daily Courier"],
    ["a day after the verb, then the clause", INTRO + "Olsen said on Friday it was sending two ships.", "it was sending two ships", "Karin Olsen", null],
    ["a hearer of several words before “that”", INTRO + "Olsen told a harbour committee on Wednesday that the port would reopen.", "the port would reopen", "Karin Olsen", null],
    ["an indefinite hearer before “that”", INTRO + "Olsen told a press conference that the port would reopen.", "the port would reopen", "Karin Olsen", null],
    ["“it” opening the clause", INTRO + "Olsen said it was over.", "it was over", "Karin Olsen", null],
    ["an outlet's descriptors before its name", INTRO + "Olsen told local radio station Coast FM that the spread had slowed.", "the spread had slowed", "Karin Olsen", "Coast FM"],
  ];
  it.each(rows)("%s", (_n, body, clause, speaker, via) => {
    const found = run(body).filter((q) => q.kind === "indirect");
    expect(found.map((q) => [q.quote, q.speaker, q.via])).toContainEqual([clause, speaker, via]);
  });

  it("a prepositional phrase after the verb needs “that” before a clause", () => {
    const found = run(INTRO + "Olsen told reporters in the capital.").filter((q) => q.kind === "indirect");
    expect(found).toEqual([]);
  });

  it.each([
    ["before a preposition", "Olsen wrote it in 1967."],
    ["before a day", "Olsen said it on Monday."],
    ["before a time word", "Olsen said this yesterday."],
    ["before a stop", "Olsen said it."],
  ])("“it” or “this” as the verb's object opens no clause: %s", (_n, sentence) => {
    expect(run(INTRO + sentence).filter((q) => q.kind === "indirect")).toEqual([]);
  });

  it("“that” as a pronoun before a comma opens no clause", () => {
    const found = run(INTRO + "Olsen denied that, saying the ships had come every day.").filter((q) => q.kind === "indirect");
    expect(found.map((q) => q.quote)).not.toContainEqual(expect.stringMatching(/^\W*saying/));
  });

  it("a passive or unnamed subject gives no indirect finding", () => {
    const found = run("The crew was told the port would reopen. Officials said it was safe.").filter((q) => q.kind === "indirect");
    expect(found.filter((q) => q.sure)).toEqual([]);
  });
});

describe("attributeQuotes: robustness", () => {
  it.each([
    ["empty", ""],
    ["no quotes", "The port is quiet. Nobody spoke."],
    ["unbalanced marks", "“Open “nested ” and ‘odd’ ” marks \" here. ' and ” stray “"],
    ["html", "<p class=\"x\">“Hi,” <b>Olsen</b> said.</p>"],
    ["emoji and CRLF", "“Ready 🚢,” Olsen said.\r\n\r\n“Go,” she added. 😀"],
    ["only marks", "\"\"\"“”“”‘’''"],
  ])("%s gives a result", (_n, body) => {
    expect(() => run(body)).not.toThrow();
  });

  it("handles thousands of quotes inside one endless sentence", () => {
    const body = "Karin Olsen said " + "“yes” and “no”, ".repeat(6000) + "she added.";
    const text = readText(body);
    expect(text.sentences.length).toBe(1);
    const quotes = attributeQuotes(text, findEntities(text), findQuotes(text));
    expect(quotes.filter((q) => q.kind !== "indirect").length).toBe(12000);
  }, 120_000);

  it("finishes on a huge single line", () => {
    const unit = "“We will rebuild,” Olsen said, and the Valley Tribune reported that Brandt said \"no\". ";
    const body = INTRO + unit.repeat(Math.ceil(200_000 / unit.length));
    const text = readText(body);
    const quotes = attributeQuotes(text, findEntities(text), findQuotes(text));
    expect(quotes.filter((q) => q.speaker === "Karin Olsen").length).toBeGreaterThan(2000);
  }, 120_000);
});

describe("the outlet a quote came through, wherever the sentence names it", () => {
  const rows: [name: string, body: string, quote: string, via: string][] = [
    ["a channel that opens the sentence", INTRO + "Speaking to the Harbour Gazette, Olsen said: “The money is there.”", "The money is there.", "Harbour Gazette"],
    ["an outlet whose name starts with “The”", INTRO + "In comments to The Times, Olsen said the plan was “the only way forward.”", "the only way forward.", "The Times"],
    ["quoted as saying by an outlet", INTRO + "“Nobody wants a strike,” Olsen was quoted as saying by the Westport Herald.", "Nobody wants a strike,", "Westport Herald"],
    ["according to an outlet, after the cue", INTRO + "“The pier will open in May,” Olsen said, according to Westport Radio News.", "The pier will open in May,", "Westport Radio News"],
  ];
  it.each(rows)("%s", (_n, body, quote, via) => {
    const q = quoteOf(body, quote);
    expect([q.speaker, q.via]).toEqual(["Karin Olsen", via]);
  });
});
