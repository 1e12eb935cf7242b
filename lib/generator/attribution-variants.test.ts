import { describe, expect, it } from "vitest";
import { attributeQuotes } from "./attribution";
import { findEntities } from "./entities";
import { findQuotes } from "./quotes";
import { readText } from "./text/layer";

// Rule ids name the linguistic form that found the speaker, so that calibration can weigh each
// form on its own record. Every name and sentence here is invented for the test.
function ruleOf(body: string, words: string): { rule: string; speaker: string | null } {
  const text = readText(body);
  const quotes = attributeQuotes(text, findEntities(text), findQuotes(text));
  for (const q of quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
  const q = quotes.find((x) => x.kind !== "indirect" && x.quote === words);
  if (!q) throw new Error(`no quote “${words}”`);
  return { rule: q.rule, speaker: q.speaker };
}

/** The speaker and relaying outlet found for one quotation of the body. */
function speakerAndVia(body: string, quote: string): { speaker: string | null | undefined; via: string | null | undefined } {
  const text = readText(body);
  const q = attributeQuotes(text, findEntities(text), findQuotes(text)).find((x) => x.quote === quote);
  return { speaker: q?.speaker, via: q?.via };
}
const viaOf = (body: string, quote: string) => speakerAndVia(body, quote).via ?? null;

const INTRO = "Harbour Minister Karin Olsen visited the docks on Monday. ";

type Row = [name: string, body: string, quote: string, speaker: string, rule: string];
type SpeakerRow = [name: string, body: string, quote: string, speaker: string | null];

/** One test per row: the row's quoted words are credited to its speaker. */
function speakerTable(rows: SpeakerRow[]) {
  it.each(rows)("%s", (_n, body, quote, speaker) => {
    expect(ruleOf(body, quote).speaker).toBe(speaker);
  });
}

describe("rule variants", () => {
  const rows: Row[] = [
    ["cue after, full name (one rule: both forms join alike)", "“We will rebuild the pier,” Karin Olsen said.", "We will rebuild the pier,", "Karin Olsen", "after-speech"],
    ["cue after, surname (one rule)", INTRO + "“We will rebuild the pier,” Olsen said.", "We will rebuild the pier,", "Karin Olsen", "after-speech"],
    ["inverted, full name", INTRO + "“The vote is final,” said Karin Olsen.", "The vote is final,", "Karin Olsen", "after-inverted-full-name"],
    ["inverted, title and surname", INTRO + "“The vote is final,” said Minister Olsen.", "The vote is final,", "Karin Olsen", "after-inverted-short-name"],
    ["cue before, full name", "Karin Olsen said: “Nothing is decided yet.”", "Nothing is decided yet.", "Karin Olsen", "speech-full-name"],
    ["cue before, surname", INTRO + "Olsen said: “Nothing is decided yet.”", "Nothing is decided yet.", "Karin Olsen", "speech-short-name"],
    [
      "continuation in the next sentence, of a '“…,” X said' cue",
      INTRO + "“The pier is old,” Olsen said. “It must be rebuilt.”",
      "It must be rebuilt.",
      "Karin Olsen",
      "continuation-next-sentence-from-after-speech",
    ],
    [
      "continuation in the next sentence, of an inverted cue",
      INTRO + "“The pier is old,” said Karin Olsen. “It must be rebuilt.”",
      "It must be rebuilt.",
      "Karin Olsen",
      "continuation-next-sentence",
    ],
    [
      "a continuation of a continuation keeps the chain's first cue",
      INTRO + "“The pier is old,” Olsen said. “It must be rebuilt.” “The town will pay for it.”",
      "The town will pay for it.",
      "Karin Olsen",
      "continuation-next-sentence-from-after-speech",
    ],
    [
      "continuation opening the next paragraph",
      INTRO + "“The pier is old,” Olsen said.\n\n“It must be rebuilt.”",
      "It must be rebuilt.",
      "Karin Olsen",
      "continuation-next-paragraph-from-after-speech",
    ],
    ["'repeated' is a speech verb", INTRO + "“Which pier?” Olsen repeated.", "Which pier?", "Karin Olsen", "after-speech"],
    // A full stop may close the turn: the name after it may be answering, so it is measured apart.
    ["cue after words closed by a full stop", INTRO + "Per Lind came too. “It is late.” Lind agreed.", "It is late.", "Per Lind", "after-speech-stop-short-name"],
  ];
  it.each(rows)("%s", (_n, body, quote, speaker, rule) => {
    expect(ruleOf(body, quote)).toEqual({ rule, speaker });
  });
});

describe("a speech word used as a noun is no cue", () => {
  const rows: [name: string, body: string, quote: string, notSpeaker: string][] = [
    [
      "possessive and compound modifier before 'comments'",
      "Jon Marek spoke on Monday. He said that sometimes Ivo Brandt's over-the-top comments make him wish they could go back and “put the genie back in the bottle.”",
      "put the genie back in the bottle.",
      "Ivo Brandt",
    ],
    [
      "determiner and compound modifier before 'reports'",
      "Ivo Brandt spoke on Monday. The long-awaited reports make clear it was “a costly mistake.”",
      "a costly mistake.",
      "Ivo Brandt",
    ],
  ];
  it.each(rows)("%s", (_n, body, quote, notSpeaker) => {
    expect(ruleOf(body, quote).speaker).not.toBe(notSpeaker);
  });
});

describe("a verb with its particle is a verb of saying ('shot back', 'pointed out')", () => {
  const rows: SpeakerRow[] = [
    ["shot back, after the quote", INTRO + "Per Lind called the plan reckless.\n\n“That is nonsense,” Olsen shot back.", "That is nonsense,", "Karin Olsen"],
    ["hit back, before the quote", INTRO + "Per Lind called the plan reckless. Olsen hit back: “He has not read it.”", "He has not read it.", "Karin Olsen"],
    ["interjected", INTRO + "“Not true,” Per Lind interjected.", "Not true,", "Per Lind"],
    ["pointed out", INTRO + "Per Lind called the plan reckless. “It is cheaper,” Olsen pointed out.", "It is cheaper,", "Karin Olsen"],
    ["spoke out", INTRO + "Per Lind called the plan reckless. Olsen spoke out: “It is cheaper.”", "It is cheaper.", "Karin Olsen"],
  ];
  speakerTable(rows);
});

describe("a person of a body, then a relative clause: the person speaks, not the body", () => {
  const rows: SpeakerRow[] = [
    ["said, after the clause", "Professor Ann Berg of Lund University, who was not involved in the research, said the study was “alarming”.", "alarming", "Ann Berg"],
    ["called, after the clause", "Professor Erik Holm of the Uppsala Institute, who led a similar survey, called the study “alarming but not surprising”.", "alarming but not surprising", "Erik Holm"],
  ];
  speakerTable(rows);
});

describe("a phrase that gives the words to a person: 'as X put it', 'in X's words', 'was X's answer'", () => {
  const rows: Row[] = [
    ["as X put it, before", INTRO + "As Olsen put it, “the pier is finished.”", "the pier is finished.", "Karin Olsen", "words-of-short-name"],
    ["in X's words, before", INTRO + "In Olsen's words, “the pier is finished.”", "the pier is finished.", "Karin Olsen", "words-of-short-name"],
    ["as she put it, a pronoun", INTRO + "Olsen was blunt. As she put it, “the pier is finished.”", "the pier is finished.", "Karin Olsen", "words-of-pronoun-subject"],
    ["was X's answer, after", INTRO + "“The pier is old,” Per Lind said. “It must go,” was Olsen's answer.", "It must go,", "Karin Olsen", "after-words-of-short-name"],
    ["was how X put it, after", INTRO + "“The pier is old,” Per Lind said. “It must go,” was how Olsen put it.", "It must go,", "Karin Olsen", "after-words-of-short-name"],
  ];
  it.each(rows)("%s", (_n, body, quote, speaker, rule) => {
    expect(ruleOf(body, quote)).toEqual({ rule, speaker });
  });
});

describe("a statement from a body is the body's", () => {
  speakerTable([
    ["a statement from X said", "The Rail Union met on Monday. A statement from the Rail Union said: “We will appeal.”", "We will appeal.", "Rail Union"],
    ["a spokesman for X is not X", "The Rail Union met on Monday. A spokesman for the Rail Union said: “We will appeal.”", "We will appeal.", null],
  ]);
});

describe("the one heard or prompted speaks, not the subject", () => {
  const LIND = INTRO + "Union chief Per Lind said the pier was safe. ";
  speakerTable([
    ["recalled X saying", LIND + "Olsen recalled Lind saying, “I will never give up.”", "I will never give up.", "Per Lind"],
    ["prompted X to say", LIND + "The remark prompted Lind to say: “This is war.”", "This is war.", "Per Lind"],
  ]);
  // After the quote the cue's own clause may report the other's words; measured apart.
  it.each([
    ["said X told her", "“I will never give up,” Olsen said Lind told her."],
    ["said X had written", "“I will never give up,” Olsen said Lind had written."],
    ["said X's letter read", "“I will never give up,” Olsen said Lind's letter read."],
  ])("%s, after the quote", (_n, sentence) => {
    expect(ruleOf(LIND + sentence, "I will never give up,")).toEqual({ speaker: "Per Lind", rule: "after-speech-embedded-short-name" });
  });
  it("said X's letter read: the words are read from what X wrote", () => {
    expect(ruleOf(LIND + "Olsen said Lind's letter read: “We accept the offer.”", "We accept the offer.")).toEqual({ speaker: "Per Lind", rule: "writing-read-short-name" });
  });
  it("said X's aide had complained: a person of X's speaks, whom the article does not name", () => {
    expect(ruleOf(LIND + "“I will never give up,” Olsen said Lind's aide had complained.", "I will never give up,")).toEqual({ speaker: null, rule: "after-speech-embedded-unnamed" });
  });
  it("X and Y said: the words are not one name's alone, so the cue is measured apart", () => {
    expect(ruleOf(LIND + "Olsen and Lind said: “I will never give up.”", "I will never give up.").rule).toBe("speech-joint-short-name");
    expect(ruleOf(LIND + "The port and Olsen said: “I will never give up.”", "I will never give up.").rule).toBe("speech-short-name");
  });
  it("told X: the hearer does not speak", () => {
    expect(ruleOf(LIND + "“I will never give up,” Olsen told Lind.", "I will never give up,")).toEqual({ speaker: "Karin Olsen", rule: "after-speech" });
  });
  it("went to X to say: the name after a preposition does not speak", () => {
    expect(ruleOf(LIND + "Olsen went to Lind to say: “I am sorry.”", "I am sorry.").speaker).not.toBe("Per Lind");
  });
});

describe("the relaying outlet: 'was quoted by X as saying', 'in an email to X'", () => {
  it("reads past the outlet's noun after its name", () => {
    const body = INTRO + "Olsen was quoted by Nordpress news agency as saying: “The town will recover.”";
    expect(speakerAndVia(body, "The town will recover.")).toEqual({ speaker: "Karin Olsen", via: "Nordpress" });
  });
  it("a statement to an outlet named nowhere else is relayed by it", () => {
    const body = INTRO + "“It is final,” Olsen said in a statement to Nordpress on Tuesday.";
    expect(speakerAndVia(body, "It is final,")).toEqual({ speaker: "Karin Olsen", via: "Nordpress" });
  });
  it("but a statement to a body is no relay", () => {
    const body = INTRO + "“It is final,” Olsen said in a statement to Parliament on Tuesday.";
    expect(speakerAndVia(body, "It is final,")).toEqual({ speaker: "Karin Olsen", via: null });
  });
  it("an email to an outlet is relayed by it", () => {
    const body = INTRO + "The Harbour Ledger reported the closure. “It is final,” Olsen said in an email to the Harbour Ledger.";
    expect(speakerAndVia(body, "It is final,")).toEqual({ speaker: "Karin Olsen", via: "Harbour Ledger" });
  });
});

describe("an outlet quoting a name the article gives nowhere else", () => {
  it.each([
    ["before the quote", "The Harbour Ledger quoted Mark Vik as saying: “The race is open.”", "The race is open."],
    ["after the quote", "“The race is open,” the Harbour Ledger quoted Mark Vik as saying.", "The race is open,"],
  ])("%s: the one quoted speaks, the outlet relays", (_n, body, quote) => {
    expect(speakerAndVia(body, quote)).toEqual({ speaker: "Mark Vik", via: "Harbour Ledger" });
  });
  it.each([
    ["before the quote", INTRO + "The Harbour Ledger quoted a senior port official as saying the plan was “bold but sound.”", "bold but sound."],
    ["after the quote", INTRO + "“The race is open,” the Harbour Ledger quoted one organiser as saying.", "The race is open,"],
  ])("%s: someone no name identifies speaks, not the outlet", (_n, body, quote) => {
    expect(speakerAndVia(body, quote)).toEqual({ speaker: null, via: "Harbour Ledger" });
  });
});

describe("a dash and a name ending the sentence sign a quote", () => {
  const rows: Row[] = [
    ["em dash, surname", INTRO + "“The pier is finished.” — Olsen.", "The pier is finished.", "Karin Olsen", "after-dash-name-short-name"],
    ["en dash, full name", INTRO + "“The pier is finished.” – Karin Olsen", "The pier is finished.", "Karin Olsen", "after-dash-name-full-name"],
  ];
  it.each(rows)("%s", (_n, body, quote, speaker, rule) => {
    expect(ruleOf(body, quote)).toEqual({ rule, speaker });
  });
  it("not when the sentence runs on past the name", () => {
    expect(ruleOf(INTRO + "“The pier is finished” — Olsen and the union agreed.", "The pier is finished").rule).not.toMatch(/dash/);
  });
});

describe("a surname with lower-case particles speaks with them", () => {
  speakerTable([
    ["cue after, 'de X'", "Mayor Anna de Vries spoke on Monday. “We will strike,” de Vries said.", "We will strike,", "Anna de Vries"],
    ["cue after, 'van der X', a name with no other cue", "Anna van der Berg leads the union. “We will strike,” van der Berg said.", "We will strike,", "Anna van der Berg"],
    ["cue before, 'de X'", "Mayor Anna de Vries spoke on Monday. Later, de Vries said: “We will strike.”", "We will strike.", "Anna de Vries"],
  ]);
});

describe("a person of a body: the person speaks, an outlet they are of relays", () => {
  it("an unknown body after 'of' is not the speaker", () => {
    expect(ruleOf(INTRO + "Rosa Quill of The Westland Review wrote: “The pier is finished.”", "The pier is finished.").speaker).toBe("Rosa Quill");
  });
  it.each([
    ["told X of the outlet", "The Harbour Ledger covered it. “It is final,” Olsen told Anna Berg of the Harbour Ledger."],
    ["an interview with X of the outlet", "The Harbour Ledger covered it. “It is final,” Olsen said in an interview with Anna Berg of the Harbour Ledger."],
  ])("%s", (_n, body) => {
    expect(speakerAndVia(INTRO + body, "It is final,")).toEqual({ speaker: "Karin Olsen", via: "Harbour Ledger" });
  });
  it("told X of an acronym: the acronym is the outlet", () => {
    expect(viaOf(INTRO + "“It is final,” Olsen told Chris Vik of NRTV after the debate.", "It is final,")).toBe("NRTV");
  });
});

describe("the outlet a statement is told to, whatever its name's shape", () => {
  it.each([
    ["a name with its own 'The'", "“It is final,” Olsen told The Harbour Ledger.", "Harbour Ledger"],
    ["a weekday after the hearer", "“It is final,” Olsen told NRTV Tuesday.", "NRTV"],
    ["an acronym owning the programme", "“It is final,” Olsen told NRTV’s Morning Desk on Sunday.", "NRTV"],
    ["an acronym owning the host, bare apostrophe", "“It is final,” Olsen told HBS' Anna Berg by phone.", "HBS"],
    ["a broadcaster's name owning the programme", "“It is final,” Olsen told Harbour Radio Four’s Morning Desk.", "Harbour Radio Four"],
    ["a programme in quotation marks", "“It is final,” Olsen said on NRTV’s “Morning Desk.”", "NRTV"],
    ["an appearance on a broadcaster", "“It is final,” Olsen said during an appearance on Coast Radio.", "Coast Radio"],
    ["said on a broadcaster", "“It is final,” Olsen said on NRTV.", "NRTV"],
    ["said by telephone on a programme", "“It is final,” Olsen said by telephone on NRTV’s “Morning Desk.”", "NRTV"],
    ["the outlet's interview", "“It is final,” Olsen said in a Coast Radio interview in October.", "Coast Radio"],
    ["a relay past the quote's own cue", "The Harbour Ledger covered the vote. “It is final,” Olsen told reporters, the Harbour Ledger reported.", "Harbour Ledger"],
    ["a participle of telling", "Olsen returned the compliment, telling the Harbour Ledger, “It is final,” and left.", "Harbour Ledger"],
    ["a participle of telling an acronym", "Olsen was blunt, telling NRTV: “It is final,” before she left.", "NRTV"],
    ["the time of the saying before 'on'", "“It is final,” Olsen said last week on NRTV.", "NRTV"],
    ["a reporter of the outlet", "Olsen told a Coast Ledger reporter on Monday that it was “It is final,” or close to it.", "Coast Ledger"],
    ["a report in the outlet", "“It is final,” Olsen said in a recent report in the Harbour Ledger.", "Harbour Ledger"],
    ["an interview aired on a broadcaster", "“It is final,” Olsen said in an interview airing Sunday on NRTV.", "NRTV"],
    ["a report published by the outlet", "“It is final,” Olsen said in a report published by NRTV.", "NRTV"],
    ["the hearer after a role-led name's apposition", "“It is final,” Minister Olsen, a close ally of the mayor, told NRTV.", "NRTV"],
  ])("%s", (_n, sentence, via) => {
    expect(viaOf(INTRO + sentence, "It is final,")).toContain(via);
  });
  it.each([
    ["an appearance on a place", "“It is final,” Olsen said during an appearance on Harbour Hill."],
    ["a name owning a role", "“It is final,” Olsen told NRTV’s Director Berg."],
    ["a person's possessive", "“It is final,” Olsen told Berg’s Morning Desk."],
    ["said on a place", "“It is final,” Olsen said on Harbour Hill."],
    ["a relay the cue governs", "The Harbour Ledger covered the vote. “It is final,” Olsen wrote after the Harbour Ledger published a story."],
    ["an unnamed paper's modifier", "A Nordland newspaper interviewed Olsen. “It is final,” Olsen told the newspaper."],
    ["a people in the plural", "Olsen spoke at the rally, telling Nordlandians: “It is final,” to cheers."],
    ["a report by a body", "The Audit Office reviewed the port. “It is final,” Olsen said in a report by the Audit Office."],
    ["a time of saying before a place", "“It is final,” Olsen said last week on Harbour Hill."],
  ])("no outlet: %s", (_n, sentence) => {
    expect(viaOf(INTRO + sentence, "It is final,")).toBeNull();
  });
});

describe("a participle never inverts: the name after it opens the clause it adds", () => {
  it("“…,” a body's office said, adding that X would …", () => {
    expect(ruleOf("Mayor Karin Olsen and council leader Per Lind met on Monday. “No comment,” Olsen's office said, adding that Lind would speak later.", "No comment,").speaker).not.toBe("Per Lind");
  });
});

describe("'told' never inverts: the name after it is the hearer", () => {
  it("a role-led name with an apposition speaks, the outlet hears", () => {
    expect(speakerAndVia(INTRO + "“It is final,” Minister Karin Olsen, a close ally of the mayor, told NRTV.", "It is final,")).toEqual({ speaker: "Karin Olsen", via: "NRTV" });
  });
  it("words added in the same sentence go to the same outlet", () => {
    expect(speakerAndVia(INTRO + "Olsen told NRTV that the port “was never for sale,” adding, “It is final.”", "It is final.")).toEqual({ speaker: "Karin Olsen", via: "NRTV" });
  });
});

describe("a name after a quote is no silent continuation", () => {
  const rows: SpeakerRow[] = [
    ["a name in a clause after the quote", INTRO + "“The pier is old,” Per Lind said. “It must go,” and Olsen agreed.", "It must go,", null],
    ["the continued speaker named again", INTRO + "“The pier is old,” Per Lind said. “It must go,” Lind points out.", "It must go,", "Per Lind"],
  ];
  it.each(rows)("%s", (_n, body, quote, speaker) => {
    const r = ruleOf(body, quote);
    if (speaker) expect(r.speaker).toBe(speaker);
    else expect(r.rule).not.toMatch(/^continuation-/);
  });
});

describe("'according to X' right after a quote is its cue", () => {
  it("names the source, not the previous paragraph's speaker", () => {
    const body = INTRO + "“The pier is old,” Per Lind said.\n\n“It must be rebuilt,” according to Olsen.";
    expect(ruleOf(body, "It must be rebuilt,")).toEqual({ rule: "after-according-short-name", speaker: "Karin Olsen" });
  });
});

describe("a verb of manner closing the sentence after a quote is its cue", () => {
  speakerTable([
    ["fumed", INTRO + "“That is nonsense,” Olsen fumed.", "That is nonsense,", "Karin Olsen"],
    ["demanded, then a comma", INTRO + "“Who paid for it?” Olsen demanded, and left.", "Who paid for it?", "Karin Olsen"],
  ]);
  // With an object the verb is no cue: "offered a deal" says nothing about the quote.
  it("offered with an object", () => {
    expect(ruleOf(INTRO + "“A fair price,” Per Lind offered a deal to the town.", "A fair price,").rule).not.toMatch(/^after-/);
  });
});

describe("a bare title for the one person given it", () => {
  const rows: Row[] = [
    ["title before the name", INTRO + "“The pier is old,” the minister said.", "The pier is old,", "Karin Olsen", "after-speech-title"],
    ["title in an appositive", "Per Lind, the union's chairman, spoke on Monday. “Nobody asked us,” the chairman said.", "Nobody asked us,", "Per Lind", "after-speech-title"],
    ["title before an apposed name", "The city's mayor, Ann Berg, spoke on Monday. “We will appeal,” the mayor said.", "We will appeal,", "Ann Berg", "after-speech-title"],
  ];
  it.each(rows)("%s", (_n, body, quote, speaker, rule) => {
    expect(ruleOf(body, quote)).toEqual({ rule, speaker });
  });
  const none: SpeakerRow[] = [
    ["two people with the title", "Harbour Minister Karin Olsen met Roads Minister Per Lind. “The pier is old,” the minister said.", "The pier is old,", null],
    ["an unnamed holder too", INTRO + "A junior minister disagreed. “The pier is old,” the minister said.", "The pier is old,", null],
    ["the title before the person is named", "“The pier is old,” the minister said. Harbour Minister Karin Olsen arrived later.", "The pier is old,", null],
    ["a post named by 'of'", INTRO + "“The pier is old,” the minister of roads said.", "The pier is old,", null],
    ["a spokesman is often unnamed", "Harbour Spokesman Per Lind spoke. A second statement followed. “The pier is old,” the spokesman said.", "The pier is old,", null],
  ];
  speakerTable(none);
});

describe("a definite noun for the one body named before", () => {
  const rows: SpeakerRow[] = [
    ["name headed before 'of'", "The Ministry of Harbours met on Monday. The ministry said: “Nothing is decided.”", "Nothing is decided.", "Ministry of Harbours"],
    ["name headed by its last word", "The Westport Harbour Authority met on Monday. The authority said: “Nothing is decided.”", "Nothing is decided.", "Westport Harbour Authority"],
    ["two such bodies: no guess", "The Ministry of Harbours met the Ministry of Roads. The ministry said: “Nothing is decided.”", "Nothing is decided.", null],
    [
      "two such bodies, one just mentioned: that one",
      "The Municipality of Westport and the Municipality of Eastbay both sent letters in May, and each asked the harbour board for an answer within a month, as the law of the region allows for every such request. " +
        "Only one case reached the court. The request was advanced by the Municipality of Eastbay in 2010. The city reasoned, “the fee makes it a commercial activity.”",
      "the fee makes it a commercial activity.",
      "Municipality of Eastbay",
    ],
    [
      "two such bodies, both just mentioned: no guess",
      "The Municipality of Westport and the Municipality of Eastbay both sent letters. The city reasoned, “the fee makes it a commercial activity.”",
      "the fee makes it a commercial activity.",
      null,
    ],
  ];
  speakerTable(rows);
});

describe("a misspelt surname joins the one person it can be", () => {
  const rows: [name: string, body: string, quote: string, speaker: string | null, rule: string | null][] = [
    [
      "a name no cue made a person, then the surname misspelt by two letters",
      "Annika Lindqvistt for the Harbour Food Agency says they are looking at new rules. We need to “test every batch before it is sold,” Ms Lindqvist said.",
      "test every batch before it is sold,",
      "Annika Lindqvistt",
      "after-speech-typo",
    ],
    [
      "two people the misspelling could be: no link",
      "Annika Lindqvistt and Maria Lindqvisst spoke. We need to “test every batch before it is sold,” Ms Lindqvist said.",
      "test every batch before it is sold,",
      "Lindqvist",
      null,
    ],
  ];
  it.each(rows)("%s", (_n, body, quote, speaker, rule) => {
    const got = ruleOf(body, quote);
    expect(got.speaker).toBe(speaker);
    if (rule) expect(got.rule).toBe(rule);
  });
});

describe("the subject before a parenthetical", () => {
  const rows: SpeakerRow[] = [
    ["'in City, Region,' is a place, not an appositive", INTRO + "Olsen, during a town meeting in Westport, Harbourland, said she was “ready to rebuild the pier.”", "ready to rebuild the pier.", "Karin Olsen"],
    ["an appositive name still speaks", "The harbour master, Ivo Brandt, said: “The pier is old.”", "The pier is old.", "Ivo Brandt"],
  ];
  speakerTable(rows);
});

describe("a cue after the quote, past the speaker's appositive", () => {
  const rows: SpeakerRow[] = [
    ["a long appositive before 'wrote'", "“The question remains open,” Karin Olsen, a law professor at the University of Westport at Harbourside, wrote last week.", "The question remains open,", "Karin Olsen"],
    ["a founder's appositive before 'tells'", "“Yes, I support the plan,” Ivo Brandt, founder of the Harbour Research Center, tells the Valley Times.", "Yes, I support the plan,", "Ivo Brandt"],
    ["a short appositive (within the usual reach)", "“The pier is old,” Ivo Brandt, the harbour master, said.", "The pier is old,", "Ivo Brandt"],
  ];
  speakerTable(rows);
});

describe("a name that is not the subject of the speech verb", () => {
  const rows: [name: string, body: string, quote: string][] = [
    ["the object of a participle before the verb", INTRO + "Young voters embracing Olsen announced “a different era for the harbour.”", "a different era for the harbour."],
    ["the owner of a person's own body ('X's campaign')", INTRO + "Olsen's campaign said on Tuesday: “The rival plan is a costly mistake.”", "The rival plan is a costly mistake."],
    ["the owner of a person's office", INTRO + "Olsen's office said the claims were false and that she would be “fully cleared.”", "fully cleared."],
    ["a possessive inside the subject's phrase", INTRO + "Another source familiar with Olsen's thinking said, “She will try to be friendlier.”", "She will try to be friendlier."],
  ];
  it.each(rows)("%s", (_n, body, quote) => {
    expect(ruleOf(body, quote).speaker).not.toBe("Karin Olsen");
  });

  it.each([
    ["an inverted cue naming a description with a prepositional object", INTRO + "“The levy only pays the polluters,” noted a report for Olsen on the harbour’s finances.", "The levy only pays the polluters,", null],
    ["an inverted cue naming a person's aide without a name", INTRO + "“We are counting every vote,” said Olsen's deputy campaign manager.", "We are counting every vote,", null],
    ["an inverted cue naming a person's aide, then the aide in apposition", INTRO + "“We are counting every vote,” said Olsen's deputy campaign manager, Per Lind, who ran the last campaign.", "We are counting every vote,", "Per Lind"],
  ] as const)("%s", (_n, body, quote, speaker) => {
    expect(ruleOf(body, quote).speaker).toBe(speaker);
  });

  it.each([
    ["a country's tribunal", "“The count is on track,” Westland's electoral tribunal said on Monday.", "The count is on track,"],
    ["a country's ministry, cue before", "Westland's health ministry said the outbreak was “under control.”", "under control."],
    ["a firm's board", "Westmark Holdings shares fell. “We back the chief executive,” Westmark's board said.", "We back the chief executive,"],
  ] as const)("the owner of a body is not the body that speaks: %s", (_n, body, quote) => {
    expect(ruleOf(body, quote).speaker).toBeNull();
  });

  it("the owner of a thing still speaks through it ('X's analysis concluded')", () => {
    expect(ruleOf(INTRO + "Olsen's recent analysis concluded that the pier was “beyond repair.”", "beyond repair.").speaker).toBe("Karin Olsen");
  });
});

describe("a name inside an indefinite description is not the speaker", () => {
  const rows: [name: string, body: string, quote: string][] = [
    ["'a senior X adviser'", INTRO + "“That can go a long way,” said a senior Olsen adviser.", "That can go a long way,"],
    ["'one X confidant'", INTRO + "“She is bigger than the party,” said one Olsen confidant.", "She is bigger than the party,"],
  ];
  it.each(rows)("%s", (_n, body, quote) => {
    expect(ruleOf(body, quote).speaker).toBeNull();
  });

  it("a definite role before the name still names the speaker", () => {
    expect(ruleOf(INTRO + "“The vote is final,” said former Olsen aide Ivo Brandt.", "The vote is final,").speaker).toBe("Ivo Brandt");
  });
});

describe("words that may not be the cue speaker's own are measured apart", () => {
  // The speaker's cue sits inside another source's report: whom the words belong to depends on
  // how the frames nest, so the finding keeps the speaker but not the plain cue's record.
  const rows: [name: string, body: string, quote: string, rule: string][] = [
    ["a trailing 'according to'", INTRO + "Olsen said she was “glad to see” the vote pass, according to the Harbour Courier.", "glad to see", "speech-short-name-second-hand"],
    ["a trailing outlet that reported it", INTRO + "Olsen said the pier was “beyond repair,” the Harbour Courier reported.", "beyond repair,", "speech-short-name-second-hand"],
    ["a leading report", INTRO + "The Harbour Courier reported that Olsen said the plan was “a waste of money.”", "a waste of money.", "speech-short-name-second-hand"],
    ["'“…,” X said' inside a report", INTRO + "“The pier is old,” Olsen said, according to a letter seen by the Courier.", "The pier is old,", "after-speech-second-hand"],
    ["the plain cue keeps its own rule", INTRO + "Olsen said the pier was “beyond repair.”", "beyond repair.", "speech-short-name"],
    ["a term a naming clause applies, cue after", INTRO + "Her critics mocked the plan, calling it “a floating folly,” Olsen said as she left.", "a floating folly,", "after-speech-named-term"],
    ["a report inside the quote does not count", INTRO + "“The Courier reported it first,” Olsen said.", "The Courier reported it first,", "after-speech"],
  ];
  it.each(rows)("%s", (_n, body, quote, rule) => {
    const got = ruleOf(body, quote);
    expect(got.speaker).toBe("Karin Olsen");
    expect(got.rule).toBe(rule);
  });
});

describe("a thing that says the words is measured apart", () => {
  const rows: [name: string, body: string, quote: string, rule: string][] = [
    ["a headline that said", INTRO + "Olsen posted her note under a headline that said, “Harbour Declares War on Rats.”", "Harbour Declares War on Rats.", "speech-short-name-thing-says"],
    ["a sign that said, after the cue", INTRO + "Olsen wrote that she had seen a sign that said “Closed for repairs until May.”", "Closed for repairs until May.", "speech-short-name-thing-says"],
    ["'which said:' is the cue's own unnamed subject", INTRO + "Olsen released a video which said: “The pier will be rebuilt by spring.”", "The pier will be rebuilt by spring.", "speech-unnamed"],
    ["a person's own relative clause is no thing", INTRO + "Olsen, who said she was “ready to rebuild,” left early.", "ready to rebuild,", "speech-short-name"],
  ];
  it.each(rows)("%s", (_n, body, quote, rule) => {
    expect(ruleOf(body, quote).rule).toBe(rule);
  });
});

describe("two roles joined before one name", () => {
  const rows: SpeakerRow[] = [
    ["a dotted title, then a body's title", "Officials met. “That is what he did before,” said former Westland Gov. and Harbour Committee Chairman Ed Marlow.", "That is what he did before,", "Ed Marlow"],
    ["two plain roles", "Officials met. “We start at dawn,” said the club's treasurer and team captain Ida Brekke.", "We start at dawn,", "Ida Brekke"],
  ];
  it.each(rows)("%s", (_n, body, quote, speaker) => {
    const got = ruleOf(body, quote);
    expect(got.speaker).toBe(speaker);
    expect(got.rule).toBe("after-inverted-full-name");
  });
});

describe("role leads and asides around the name", () => {
  const rows: SpeakerRow[] = [
    ["a dotted title inside the lead", "Officials met. “We won the vote,” said former Westland Gov. Jim Doyle.", "We won the vote,", "Jim Doyle"],
    ["a body's four-word title before the name", "Officials met. “It should matter,” said Harbour Board Press Secretary Josh Elmer.", "It should matter,", "Josh Elmer"],
    ["a long lead before the subject", "Officials met. “These are dark days,” former Ola K. Berg speechwriter Noam Neuss wrote in a column.", "These are dark days,", "Noam Neuss"],
    ["a partial quote in an earlier speaker's clause, before a cue whose colon introduces the next quote", "Judge Ada Lind spoke. Mayor Ivo Berg answered her. After Lind said that pupils might do better at “less advanced schools,” Berg said: “I do not like it.”", "less advanced schools,", "Ada Lind"],
    ["the colon cue's own quotation", "Judge Ada Lind spoke. Mayor Ivo Berg answered her. After Lind said that pupils might do better at “less advanced schools,” Berg said: “I do not like it.”", "I do not like it.", "Ivo Berg"],
    ["a plain noun and a dotted title before the name", "Officials met. “We did not expect this,” lead author Dr. Ada Lind told reporters.", "We did not expect this,", "Ada Lind"],
    ["a plain noun and a title without its dot", "Officials met. “We did not expect this,” study leader Prof Ada Lind said.", "We did not expect this,", "Ada Lind"],
    ["a party after the name", "Officials met. “We tie their hands,” state Sen. Jason Holm (D) said in the debate.", "We tie their hands,", "Jason Holm"],
    ["a role lead and a dotted party after the name, cue after", "Officials met. \"By moving, Acme is gaming the system,\" Senate Minority Leader Ada M. Lind (D-Wes.) said in a statement.", "By moving, Acme is gaming the system,", "Ada M. Lind"],
    ["a party after the name, cue before", "Officials met. Rep. Ada Lind (R-Westland) said the plan was “a mistake.”", "a mistake.", "Ada Lind"],
    ["a name in a relative clause of the lead is not the speaker", "Ivo Brandt resigned. “He sent the emails,” said one source who named Brandt.", "He sent the emails,", null],
  ];
  speakerTable(rows);
});

describe("an adverb between subject and verb; a person's campaign", () => {
  const rows: [name: string, body: string, quote: string, speaker: string, rule: string][] = [
    ["an -ly adverb", INTRO + "Olsen initially said in the spring, when the story broke, “I did not sign it.”", "I did not sign it.", "Karin Olsen", "speech-short-name"],
    ["the campaign after the name", INTRO + "“This income paid for the pier,” the Olsen campaign explained in its release.", "This income paid for the pier,", "Olsen campaign", "after-speech-campaign"],
    ["the possessive campaign", INTRO + "Olsen's campaign said the plan was “a waste of money.”", "a waste of money.", "Olsen campaign", "speech-campaign"],
  ];
  it.each(rows)("%s", (_n, body, quote, speaker, rule) => {
    expect(ruleOf(body, quote)).toEqual({ speaker, rule });
  });

  it("a noun in -ly is no adverb: the family speaks, not Olsen", () => {
    expect(ruleOf(INTRO + "The Olsen family said the pier was “a monument.”", "a monument.").speaker).toBeNull();
  });
});

describe("a name that takes 'his' or 'her' right after its verb is a person", () => {
  it("so the participle's subject is that person, not the name after a preposition", () => {
    const body = "Ada Lind threw her support behind Sen. Ivo Brandt on Wednesday, saying it is time to have a “real conservative in the White House.”";
    expect(ruleOf(body, "real conservative in the White House.")).toEqual({ speaker: "Ada Lind", rule: "participle-clause-subject" });
  });
  it("a lone word with a reflexive after its verb is a person too", () => {
    const body = "The debate ran late. Brandt compared himself to the mayor, saying, “I take no money from the shipping firms.”";
    expect(ruleOf(body, "I take no money from the shipping firms.").speaker).toBe("Brandt");
  });
  it("but a lone word before “her” is not: “her” may be the verb's object", () => {
    const body = "The vote ran late. Westland gave her a narrow win, saying, “We trust the mayor.”";
    expect(ruleOf(body, "We trust the mayor.").speaker).toBeNull();
  });
});

describe("a closer typed the wrong way round", () => {
  it("still ends the quote, and the inverted cue after it names the speaker", () => {
    const body = "Officials met.\n\n“It is unusual,“ said Lars Noble, an attorney with the Harbour Legal Center. “It is hard to do.”";
    expect(ruleOf(body, "It is unusual,")).toEqual({ speaker: "Lars Noble", rule: "after-inverted-full-name" });
    expect(ruleOf(body, "It is hard to do.")).toEqual({ speaker: "Lars Noble", rule: "continuation-next-sentence" });
  });
});

describe("the subject guess for a cue-less quote is the sentence's subject, not its object", () => {
  const TWO = "Harbour Minister Karin Olsen met Councillor Per Lind on Monday. ";
  const rows: SpeakerRow[] = [
    ["a verb and its object: the second name is the object", TWO + "Olsen attacked Lind, calling him “a tired old man.”", "a tired old man.", "Karin Olsen"],
    ["accused … of: the object is no subject", TWO + "Olsen accused Lind of “wasting the town's money.”", "wasting the town's money.", "Karin Olsen"],
    ["a relative clause after the subject", TWO + "Olsen, who is running again, praised Lind for “the patience of a saint.”", "the patience of a saint.", "Karin Olsen"],
    ["a role noun after a preposition keeps the name in the phrase", TWO + "In an interview with councillor Per Lind last year, Olsen smiled and added, “I will sign it.”", "I will sign it.", "Karin Olsen"],
  ];
  speakerTable(rows);
  it("“that” after a verb opens its complement: a name there is no subject", () => {
    const body = TWO + "A harbour clerk grumbled that Lind was “asleep at the wheel.”";
    expect(ruleOf(body, "asleep at the wheel.").speaker).toBeNull();
  });
});

describe("cue forms between the subject and its speech verb", () => {
  const rows: SpeakerRow[] = [
    ["went on to say", INTRO + "Olsen went on to say, “We will build another one next year.”", "We will build another one next year.", "Karin Olsen"],
    ["an adverb after the auxiliary: has even claimed", INTRO + "Olsen has even claimed the pier will “double the trade in the town.”", "double the trade in the town.", "Karin Olsen"],
    [
      "a participle right after a quote is no inverted cue: the cue before it speaks",
      INTRO + "Olsen said last week that the council stands for “old harbour values,” stating that they are “stuck in the past.”",
      "old harbour values,",
      "Karin Olsen",
    ],
  ];
  speakerTable(rows);
  it("a name ending in -ing is still the subject of an inverted cue", () => {
    expect(ruleOf("Harbour Minister Ada Fleming visited the docks. “The vote is final,” said Fleming.", "The vote is final,").speaker).toBe("Ada Fleming");
  });
});

describe("a guess after a quote whose own cue names no one is measured apart", () => {
  it("a name inside the unnamed speaker's description", () => {
    const body = INTRO + "“The pier is a disgrace,” said one Olsen aide. “Nobody has touched it in years.”";
    expect(ruleOf(body, "Nobody has touched it in years.").rule).toBe("previous-sentence-subject-after-quote");
  });
  it("a sentence with no quote keeps the plain guess", () => {
    expect(ruleOf(INTRO + "Olsen praised the crews. “They never gave up.”", "They never gave up.").rule).toBe("previous-sentence-subject");
  });
});

describe("a clause opened by after/before/since/until has its own subject", () => {
  it("the name right before that clause's speech verb speaks", () => {
    const body = INTRO + "“It is misleading,” Per Lind said after Olsen argued for the second time that “the pier would pay for itself.”";
    expect(ruleOf(body, "the pier would pay for itself.").speaker).toBe("Karin Olsen");
  });
  it("but a name after “for” is still a prepositional object", () => {
    const body = INTRO + "A spokesman for Olsen said the pier was “a monument.”";
    expect(ruleOf(body, "a monument.").speaker).not.toBe("Karin Olsen");
  });
});

describe("a name right before a colon speaks unless a preposition governs it", () => {
  const TWO = "Harbour Minister Karin Olsen visited the docks on Monday. Councillor Per Lind came too.\n\n";
  it("“said of X:” — X is the topic", () => {
    expect(ruleOf(TWO + "Lind said of Ms. Olsen: “She is a fighter, and she never gives up.”", "She is a fighter, and she never gives up.").speaker).toBe("Per Lind");
  });
  it("“on X:” — X is where the words were said, not who said them", () => {
    expect(ruleOf(TWO + "Later that month on Harbour TV: “I never said we made a mistake.”", "I never said we made a mistake.").speaker).toBeNull();
  });
  it("“More from X:” — from names the source", () => {
    expect(ruleOf(TWO + "More from Lind: “Nobody asked the fishermen.”", "Nobody asked the fishermen.").speaker).toBe("Per Lind");
  });
});

describe("a clause or phrase before the main clause holds no subject", () => {
  const TWO = "Harbour Minister Karin Olsen met Councillor Per Lind on Monday. ";
  const rows: SpeakerRow[] = [
    ["a fronted after-clause", TWO + "After former Westland Gov. Per Lind criticized the budget during a debate, Olsen shot back, “I chose to fight for the harbour.”", "I chose to fight for the harbour.", "Karin Olsen"],
    ["a fronted participle phrase with a place after a place", TWO + "Speaking at a town hall in Salem, Westland, Lind went after Olsen, calling her “a tired old hand.”", "a tired old hand.", "Per Lind"],
    ["a fronted phrase whose relative clause quotes a word", TWO + "In a clip that Olsen called “distasteful,” Lind expressed a wish to “shut the whole harbour office.”", "shut the whole harbour office.", "Per Lind"],
    ["a conjunction and its comma before the fronted phrase", TWO + "And, in a clip that Olsen called “distasteful,” Lind expressed a wish to “close the whole harbour office.”", "close the whole harbour office.", "Per Lind"],
    ["a quote inside the fronted clause is read from the sentence's start", TWO + "When Olsen used the words, “I am not quite there yet,” she was echoing Lind.", "I am not quite there yet,", "Karin Olsen"],
    ["a fronted clause counts when the main clause names no one", TWO + "As Lind put it, the plan was finished. “Nobody wants another pier.”", "Nobody wants another pier.", "Per Lind"],
    ["a later clause after a comma and its conjunction has its own subject", TWO + "Olsen on Monday signed an order, while Lind, the former harbour chief, proposed they “wake up and smell the coffee.”", "wake up and smell the coffee.", "Per Lind"],
  ];
  speakerTable(rows);
  it("“According to X,” is left alone: the fronted phrase names a source there", () => {
    const body = TWO + "According to Lind, the plan was “a waste of the town's money.”";
    expect(ruleOf(body, "a waste of the town's money.").speaker).not.toBe("Karin Olsen");
  });
});

describe("a pronoun after a quote takes up the named subject of its own sentence", () => {
  it("“X said that … “…,” he said” is X's", () => {
    const body = "Harbour Minister Karin Olsen met Councillor Per Lind on Monday. Ed Marlow is a rival. " +
      "Olsen spokeswoman Ann Berg said that voters know Olsen has “the principles to decide,” she said.";
    expect(ruleOf(body, "the principles to decide,").speaker).toBe("Ann Berg");
  });
});

describe("a name joined to a lower-case word by a hyphen is a modifier, not a speaker", () => {
  it("“an Olsen-style retort” names no speaker", () => {
    const body = INTRO + "Per Lind offered an Olsen-style retort, tweeting at him, “you are not just a loser, you are a whiner.”";
    expect(ruleOf(body, "you are not just a loser, you are a whiner.").speaker).not.toBe("Olsen-style");
  });
});

describe("a cue that closes the sentence after more words", () => {
  const rows: SpeakerRow[] = [
    [
      "“that” before a verb after the quote opens a relative clause, not a noun phrase",
      INTRO + "“If the office finds more records, it will search them for records” that would answer the requests, harbour counsel Ann Berg wrote in a filing.",
      "If the office finds more records, it will search them for records",
      "Ann Berg",
    ],
    [
      "an unnamed voice right before the quote gives way to the name the late cue gives",
      INTRO + "Given the vote, his endorsements will carry “a great deal of weight” and help bring candidates the money they need to win, harbour spokesman Per Lind said.",
      "a great deal of weight",
      "Per Lind",
    ],
    [
      "another quotation on the way belongs to the same late cue",
      INTRO + "Given the vote, his endorsements will carry “a great deal of weight” and bring the “grass-roots firepower” they need, harbour spokesman Per Lind said.",
      "a great deal of weight",
      "Per Lind",
    ],
    [
      "a role phrase, a comma, then the person it names",
      INTRO + "The office did not find “ties of any consequence,” aside from the two men knowing each other, said the bureau's director, Per Lind, on Monday.",
      "ties of any consequence,",
      "Per Lind",
    ],
  ];
  speakerTable(rows);
});

describe("a preposition inside the speaker's own role", () => {
  it("“CEO of the Harbour Council Per Lind told …” names Per Lind", () => {
    const body = INTRO + "CEO of the Harbour Council Per Lind told the Gazette any plan “must be well thought out.”";
    expect(ruleOf(body, "must be well thought out.").speaker).toBe("Per Lind");
  });
});

describe("“remembered” after a quote is an inverted cue, like “recalled”", () => {
  it("names the person after it", () => {
    const body = INTRO + "“Analysts said no, and she set out to prove them wrong,” remembered Per Lind, the firm's former spokesman.";
    expect(ruleOf(body, "Analysts said no, and she set out to prove them wrong,").speaker).toBe("Per Lind");
  });
});

describe("an age written before an apposed name", () => {
  speakerTable([
    ["cue before the quote", "A neighbour, 81-year-old Edith Varn, said: “It was loud.”", "It was loud.", "Edith Varn"],
    ["a pronoun after the age", "The bank paid back every customer. One victim, 81-year-old Edith Varn, said she had lost her pension. “I trusted him like a son,” she said.", "I trusted him like a son,", "Edith Varn"],
  ]);
});

describe("a body is never 'he' or 'she'", () => {
  speakerTable([
    ["a savings bank before a lone pronoun", "Westmere Savings said it had repaid every customer. One victim said she was angry. “I trusted him,” she said.", "I trusted him,", null],
  ]);
});

describe("a reply after a question: the one who asked does not reply", () => {
  speakerTable([
    ["asked her why, then she replied", "Retired judge Ada Lind gave evidence on Tuesday. Counsel Per Ruiz asked her why she had waited. “Because I trusted them,” she replied.", "Because I trusted them,", "Ada Lind"],
  ]);
});

describe("a dotted title inside an apposed name", () => {
  it("“Its president, Prof. X, said:” is the full-name cue", () => {
    expect(ruleOf("The college welcomed it. Its president, Prof. Helen Varn, said: “We warned them.”", "We warned them.")).toEqual({ speaker: "Helen Varn", rule: "speech-full-name" });
  });
});

describe("a party and a state after a name are no speaker", () => {
  speakerTable([
    ["“…” named by a person with a party label", "Senate Majority Leader Ann Holt praised the bill. Minority Leader Tom Rask, R-Eastland, called it “a bad deal for taxpayers” but voted for it.", "a bad deal for taxpayers", "Tom Rask"],
    ["an apposition to a preposition's object is not the subject's", "Police named the woman. An article about Dana Voss, one of the attackers in Westport, Calif., reported that she had “talked openly online” about it.", "talked openly online", null],
    ["a dotted party label, then a relative clause", "The measure failed. Sen. Dana Whitfield, D-Ore., who wrote the bill, said the vote was “a gut punch to every small town.”", "a gut punch to every small town.", "Dana Whitfield"],
  ]);
});

describe("a possessive name before quoted words and a noun for something said", () => {
  speakerTable([
    ["another subject discusses the possessor's remark", "Mayor Ann Holt spoke on Monday. Three talk shows discussed Holt's “bridge to nowhere” remark.", "bridge to nowhere", "Ann Holt"],
    ["a comment of a body", "The Harbour Board met on Monday. Critics mocked the Harbour Board's “world-class port” claim.", "world-class port", "Harbour Board"],
  ]);
  it("but a possessive before a plain quoted term is no speaker", () => {
    expect(ruleOf("Mayor Ann Holt spoke on Monday. Critics discussed Holt's “bridge to nowhere” on Tuesday.", "bridge to nowhere")?.rule).not.toBe("possessive-saying-noun");
  });
});

describe("a possessor the entity stage does not know", () => {
  it("is not replaced by the sentence's subject", () => {
    expect(ruleOf("Two shows, Harbour Live and Coast Today, discussed Dana Voss's “no surrender” remark.", "no surrender")).toEqual({ speaker: null, rule: "possessive-saying-noun-unnamed" });
  });
});

describe("a subject the entity stage does not know, before an apposition", () => {
  it("is not replaced by the object after the verb", () => {
    const body = "Mayor Ann Holt signed the law on Monday. Celebrities cheered. Voss, star of the series “Harbour Nights,” thanked Holt for “making us all safer.”";
    expect(ruleOf(body, "making us all safer.")?.speaker).not.toBe("Ann Holt");
  });
});

describe("“the company”, “the group”: a generic noun for the body last named", () => {
  it("is that body, under a rule of its own", () => {
    expect(ruleOf("Westland Hospital Association said in a statement that ten clinics had closed. “Every week of delay puts more at risk,” the group said.", "Every week of delay puts more at risk,")).toEqual({ speaker: "Westland Hospital Association", rule: "after-speech-generic-noun" });
  });
  it("but not when another body or outlet was named since", () => {
    expect(ruleOf("Norvik Industries Inc. said profit fell. Analysts at the Harbour Ledger doubted it. “It was a bad quarter,” the company said.", "It was a bad quarter,")?.speaker).not.toBe("Norvik Industries Inc");
  });
});

describe("an unnamed source described by party and title", () => {
  it("is nobody the article names", () => {
    const body = INTRO + "A senior Westland MP, who asked not to be named, said colleagues had been warned. “Nobody in the party denies it,” the MP said.";
    expect(ruleOf(body, "Nobody in the party denies it,")?.speaker).toBeNull();
  });
});

describe("a short quotation inside the speaker's appositive", () => {
  it("after the quote: the name before the appositive speaks", () => {
    const body = INTRO + "“We have had better days,” port delegate Ivo Berg, wearing a cap and “Save the Pier” badges, said as the rain fell.";
    expect(ruleOf(body, "We have had better days,")?.speaker).toBe("Ivo Berg");
  });
});

describe("“the 31-year-old said”, “the Spaniard said”: an age or a nationality standing for the person just named", () => {
  it.each([
    ["an age", "Captain Lee Harding said the players had let the fans down. “We have to look at ourselves,” the 31-year-old told the club's website.", "We have to look at ourselves,", "Lee Harding"],
    ["a nationality", "Tennis player Carlos Alcaraz saved three match points on Sunday. “I never gave up,” the Spaniard said.", "I never gave up,", "Carlos Alcaraz"],
  ])("%s: the one person named in the sentence before, measured apart", (_n, body, quote, speaker) => {
    expect(ruleOf(body, quote)).toEqual({ speaker, rule: "after-speech-generic-noun" });
  });
  it("past the sentences wholly inside the last speaker's quotation", () => {
    const body = "“We were poor,” Lee Harding told Radio Kent. “I have no complaints. The players know it.”\n\nAsked about his job, the 47-year-old said: “That is not for me to say.”";
    expect(ruleOf(body, "That is not for me to say.")).toEqual({ speaker: "Lee Harding", rule: "speech-generic-noun" });
  });
  it("the cue's own sentence and the one before it, not the one before that", () => {
    const body = "Ana Berg beat Lena Hofer on Tuesday.\n\n“I cannot believe it,” Berg said.\n\nHofer, who won in January, said she had struggled. “It is no excuse,” the German said.";
    expect(ruleOf(body, "It is no excuse,")).toEqual({ speaker: "Lena Hofer", rule: "after-speech-generic-noun" });
  });
  it("but not past a sentence that tells of someone else", () => {
    const body = "“We were poor,” Lee Harding told Radio Kent. Ann Berg scored twice. “I have no complaints.”\n\nAsked about his job, the 47-year-old said: “That is not for me to say.”";
    expect(ruleOf(body, "That is not for me to say.")?.speaker).not.toBe("Lee Harding");
  });
  it("but no one when two people were named there", () => {
    expect(ruleOf("Captain Lee Harding said coach Ann Berg had let the fans down. “We have to look at ourselves,” the 31-year-old said.", "We have to look at ourselves,")?.speaker).toBeNull();
  });
  it("and a nationality is no entity of its own", () => {
    expect(ruleOf("Top seed Carlos Alcaraz beat coach Ann Berg's player on Sunday. “I never gave up,” the Spaniard said.", "I never gave up,")?.speaker).not.toBe("Spaniard");
  });
});

describe("a spokesperson for a named body, then the name in apposition", () => {
  it("“for” before the body is no place preposition: the cue is read, not guessed", () => {
    const body = "Fourteen states sued the social media company Pixelwave on Tuesday. According to the complaint, Pixelwave executives ignored warnings. A spokeswoman for Pixelwave, Dana Ortiz, said the company “strongly disagrees” with the claims.";
    expect(ruleOf(body, "strongly disagrees")).toEqual({ speaker: "Dana Ortiz", rule: "speech-full-name" });
  });
});

describe("agreeing to do something is no saying", () => {
  it("“He said both sides had agreed to continue “…”” is his", () => {
    const body = "“The talks were constructive,” Abbas Araqchi was quoted as saying by IRNA. He said both sides had agreed to continue “at the expert level.”";
    expect(ruleOf(body, "at the expert level.")).toEqual({ speaker: "Abbas Araqchi", rule: "speech-pronoun-subject" });
  });
});
