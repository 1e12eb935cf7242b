// Question builders over an invented article with hand-made findings (fixed reference date), so
// each builder is tested on its own. Every question must cite exact body text.
import { describe, expect, it } from "vitest";
import type { Analysis } from "../analysis";
import { findClaims } from "../claims";
import { readText } from "../text/layer";
import { alsoCorrect, checkQuestions, problemWith } from "../checks";
import type { CalibrationTable, DateMention, Entity, Question, Quote, Sentence } from "../types";
import { buildCandidates, buildQuestions } from "./index";
import { generateQuiz } from "../index";
import { agreesWithWords } from "./date";
import { holderName, promptFor } from "./claim-status";
import { whoSaidPrompt } from "./who-said";
import { STATUS_LABELS, dateLabel, sameName, shiftDate } from "./util";

const PARTS = [
  "Mayor Ann Holt said on Tuesday that she could neither confirm nor deny reports of a merger.",
  "“We are talking to everyone about the future of the port,” Holt told the Valley Times.",
  "“The port matters to every family in this town,” said Coach Ben Ortiz, Coast Radio reported.",
  "The Harbour Board did not respond to a request for comment.",
  "The port opened to ships in 1998.",
  "Dock worker Lena Park joined the union in 2003, the Daily Star reported.",
  "The old crane was sold at auction in 2015.",
];
const REF_DATE = "2024-05-09"; // a Thursday

function analysis(date: string | null = REF_DATE): Analysis {
  const sentences: Sentence[] = [];
  let body = "";
  PARTS.forEach((text, id) => {
    if (body) body += " ";
    sentences.push({ id, start: body.length, end: body.length + text.length, text, paragraph: id });
    body += text;
  });
  const at = (text: string, from = 0) => {
    const start = body.indexOf(text, from);
    if (start < 0) throw new Error(`not in body: ${text}`);
    return { start, end: start + text.length, text };
  };
  const entity = (id: number, kind: Entity["kind"], name: string, aliases: string[], role: string | null): Entity => ({
    id, kind, name, aliases, role, mentions: [at(name), ...aliases.map((a) => at(a, at(name).end))],
  });
  const entities = [
    entity(0, "person", "Ann Holt", ["Holt"], "Mayor"),
    entity(1, "outlet", "Valley Times", [], null),
    entity(2, "person", "Ben Ortiz", [], "Coach"),
    entity(3, "outlet", "Coast Radio", [], null),
    entity(4, "organisation", "Harbour Board", [], null),
    entity(5, "person", "Lena Park", [], "Dock worker"),
    entity(6, "outlet", "Daily Star", [], null),
  ];
  const quote = (words: string, speaker: string, via: string | null, sentenceId: number, cue: string): Quote => {
    const span = at(`“${words}`);
    const end = body.indexOf("”", span.start) + 1;
    return {
      start: span.start, end, text: body.slice(span.start, end), kind: "direct", quote: body.slice(span.start + 1, end - 1).replace(/,$/, ""),
      speaker, via, sentenceIds: [sentenceId], cue: at(cue), sure: true, rule: "test",
    };
  };
  const quotes = [
    quote("We are talking", "Ann Holt", "Valley Times", 1, "Holt told the Valley Times"),
    quote("The port matters", "Ben Ortiz", "Coast Radio", 2, "said Coach Ben Ortiz"),
  ];
  const dateOf = (text: string, value: string, granularity: DateMention["granularity"], sentenceId: number, event: string): DateMention => ({
    ...at(text), value, granularity, sentenceId, event, eventSpan: null, sure: true, rule: "test",
  });
  const dates = [
    dateOf("on Tuesday", "2024-05-07", "day", 0, "Mayor Ann Holt said that she could neither confirm nor deny reports"),
    dateOf("in 1998", "1998", "year", 4, "The port opened to ships"),
    dateOf("in 2015", "2015", "year", 6, "The old crane was sold at auction"),
    dateOf("in 2003", "2003", "year", 5, "Dock worker Lena Park joined the union"),
  ];
  const claims = findClaims({ ...readText(body), sentences }, entities, quotes);
  return { body, date, sentences, entities, quotes, claims, dates };
}

function expectWellFormed(a: Analysis, q: Question) {
  expect(problemWith(a.body, q)).toBeNull();
  expect(alsoCorrect(q, a)).toBeNull();
  expect(q.choices.length).toBeGreaterThanOrEqual(3);
  expect(q.choices.length).toBeLessThanOrEqual(4);
  for (const c of q.citations) expect(a.body.slice(c.start, c.end)).toBe(c.text);
  expect(q.choiceValues?.[q.answerIndex]).toBe(q.answerValue);
}

/** A calibration table under which every rule behind these questions is measured as perfect,
 *  or (with `lower`) at that lower bound. */
function tableFor(questions: Question[], lower = 1): CalibrationTable {
  const rules = Object.fromEntries([...new Set(questions.flatMap((q) => q.basis.rules))].map((r) => [r, { fired: 500, right: 500, precision: 1, lower }]));
  return { z: 1.645, threshold: 0.98, corpora: [], rules };
}

describe("question builders", () => {
  const a = analysis();
  const questions = buildCandidates(a).flat();
  const ofType = (t: Question["type"]) => questions.filter((q) => q.type === t);

  it("makes every type, each well formed, each with the rules and evidence behind its key", () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(["who_said", "source", "claim_status", "date", "timeline"]));
    for (const q of questions) {
      expectWellFormed(a, q);
      expect(q.basis.rules.length).toBeGreaterThan(0);
      for (const e of q.basis.evidence) expect(a.body.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("who_said quotes the words, keys the full name and offers other speakers, never an alias", () => {
    const q = ofType("who_said").find((x) => x.prompt.includes("We are talking"))!;
    expect(q.prompt).toBe("Who said: “We are talking to everyone about the future of the port”?");
    expect(q.choices[q.answerIndex]).toBe("Ann Holt");
    expect(q.answerValue).toBe("Ann Holt");
    expect(q.choices).not.toContain("Holt");
    expect(q.choices).not.toContain("Valley Times");
    expect(q.citations.map((c) => c.text)).toEqual([PARTS[1]]);
    expect(q.fact).toEqual({ kind: "quote", text: "We are talking to everyone about the future of the port" });
  });

  it("source keys the relaying outlet and leaves out outlets named in the cited sentence", () => {
    const q = ofType("source").find((x) => x.prompt.includes("The port matters"))!;
    expect(q.answerValue).toBe("Coast Radio");
    expect(q.choices).toContain("Coast Radio");
    expect(q.choices.filter((c) => c !== "Coast Radio").every((c) => ["Valley Times", "Daily Star"].includes(c))).toBe(true);
  });

  it("claim_status shows readable labels and keys the status code", () => {
    const q = ofType("claim_status").find((x) => x.fact.text === PARTS[0])!;
    expect(q.answerValue).toBe("neither_confirmed_nor_denied");
    expect(q.choices[q.answerIndex]).toBe(STATUS_LABELS.neither_confirmed_nor_denied);
    expect(q.choices).not.toContain(STATUS_LABELS.reported_unverified);
    expect(q.explanation).toContain("neither confirm nor deny");
    expect(q.citations[0].text).toBe(PARTS[0]);
  });

  it("date questions resolve relative days against the article date and offer the same weekday a week off", () => {
    const q = ofType("date").find((x) => x.fact.text === "on Tuesday")!;
    expect(q.answerValue).toBe("2024-05-07");
    expect(q.choices[q.answerIndex]).toBe(dateLabel("2024-05-07"));
    expect(q.choiceValues).toContain(shiftDate("2024-05-07", -7));
    expect(q.prompt).toContain(dateLabel(REF_DATE));
  });

  it("absolute dates become a fill-in with the expression blanked", () => {
    const q = ofType("date").find((x) => x.fact.text === "in 1998")!;
    expect(q.prompt).toContain("“The port opened to ships ____.”");
    expect(q.choiceValues!.every((v) => /^\d{4}$/.test(v))).toBe(true);
  });

  it("timeline has exactly one ordering that follows the dates", () => {
    const [q] = ofType("timeline");
    expect(q.prompt).toMatch(/^Put these events from the article in order, earliest first: \(A\)/);
    // Earliest, middle and latest of the four dated events.
    expect(q.answerValue.split(" → ")).toEqual(["1998", "2003", "2024-05-07"]);
    expect(q.explanation).toMatch(/^Earliest first, by the dates the article gives: [ABC] \(“in 1998”: 1998\), then/);
    for (const c of q.citations) expect(a.body.slice(c.start, c.end)).toBe(c.text);
  });

  it("explanations name no holder for unnamed sources and keep a week's label in lower case", () => {
    const body = "The Harbour Club opened its ground in 1998. The club sold the ground in 2003. The club announced its move to Westport last week.\n\n" +
      "The club will play its first match there in May, according to people familiar with the matter.";
    const r = generateQuiz(body, { date: "2024-05-08" });
    const all = [...r.questions, ...r.alternates];
    const claim = all.find((q) => q.type === "claim_status");
    expect(claim?.explanation).toMatch(/^Reported, not verified: the article uses the words “according to”\. It says:/);
    const timeline = all.find((q) => q.type === "timeline");
    expect(timeline?.explanation).toContain("“last week”: the week of Monday, 29 April 2024)");
  });

  it("a sentence dating two events gives no timeline event", () => {
    const b = analysis();
    const twoDates = { ...b, dates: b.dates.map((d) => (d.text === "in 2015" ? { ...d, sentenceId: 4 } : d)) };
    expect(buildCandidates(twoDates).flat().some((q) => q.type === "timeline")).toBe(false);
  });

  it("is deterministic", () => {
    expect(buildCandidates(analysis()).flat()).toEqual(questions);
  });

  it("makes no date or timeline question without a publication date", () => {
    const qs = buildCandidates(analysis(null)).flat();
    expect(qs.some((q) => q.type === "date" || q.type === "timeline")).toBe(false);
    expect(qs.length).toBeGreaterThan(0);
  });
});

/** One question per fact, and no prompt that names a who_said question's answer. */
function expectWellSpread(questions: Question[]) {
    const facts = questions.map((q) => `${q.fact.kind}:${q.fact.text}`);
    expect(new Set(facts).size).toBe(facts.length);
    for (const q of questions.filter((x) => x.type === "who_said")) {
      const key = q.choices[q.answerIndex];
      for (const other of questions) if (other !== q) expect(other.prompt, other.prompt).not.toContain(key);
    }
    // The source question on Ortiz's words names him, so only one of the two can be asked.
    const ortiz = questions.filter((q) => q.fact.text.startsWith("The port matters") || q.prompt.includes("Ben Ortiz"));
    expect(ortiz.length).toBeLessThanOrEqual(1);
}

describe("selecting the quiz", () => {
  const a = analysis();
  const candidates = buildCandidates(a).flat();
  const trusted = tableFor(candidates);

  it("publishes keys whose rules are measured above the threshold, at most maxQuestions, covering types first", () => {
    const { questions, alternates } = buildQuestions(a, { maxQuestions: 4, calibration: trusted });
    expect(questions).toHaveLength(4);
    expect(questions.every((q) => q.status === "published")).toBe(true);
    expect(new Set(questions.map((q) => q.type)).size).toBe(4);
    expect(questions.map((q) => q.id)).toEqual(["q1", "q2", "q3", "q4"]);
    expect(alternates.length).toBeGreaterThan(0);
    expect(alternates.every((q) => q.status === "published" && !questions.some((x) => x.fact.text === q.fact.text))).toBe(true);
  });

  it("asks each fact once and no prompt names another question's answer", () => {
    const { questions } = buildQuestions(a, { calibration: trusted });
    expectWellSpread(questions);
  });

  it("keeps suggestions to the same spread: a teacher accepts them into one quiz", () => {
    const { questions } = buildQuestions(a, { calibration: { ...trusted, rules: {} } });
    expect(questions.every((q) => q.status === "suggested")).toBe(true);
    expectWellSpread(questions);
  });

  it("gives one answer to at most three questions of a type; the rest wait as alternates", () => {
    const lines = ["the pier", "the crane", "the dock", "the quay", "the ferry"].map((thing) => `“We will rebuild ${thing} this year,” Ann Holt said.`);
    const others = ["“It is far too late,” Lena Park said.", "“It is far too costly,” Ivo Brandt said."];
    const body = ["Mayor Ann Holt visited the harbour.", ...lines, ...others].join(" ");
    const calibration = { z: 1.645, threshold: 0.98, corpora: [], rules: { "quote:after-speech": { fired: 500, right: 500, precision: 1, lower: 1 } } };
    const { questions, alternates } = generateQuiz(body, { calibration });
    const holt = (list: Question[]) => list.filter((q) => q.type === "who_said" && q.choices[q.answerIndex] === "Ann Holt");
    expect(holt(questions)).toHaveLength(3);
    expect(holt(alternates)).toHaveLength(2);
    expect(questions.filter((q) => q.type === "who_said").map((q) => q.choices[q.answerIndex])).toEqual(expect.arrayContaining(["Lena Park", "Ivo Brandt"]));
  });

  it("makes a question on a rule never measured a suggestion, with the reason", () => {
    const { questions } = buildQuestions(a, { calibration: { ...trusted, rules: {} } });
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.every((q) => q.status === "suggested" && /not been measured/.test(q.reason ?? ""))).toBe(true);
    expect(questions.map((q) => q.id)[0]).toBe("s1");
  });

  it("makes a question on a rule measured below the threshold a suggestion that gives the counts", () => {
    const { questions } = buildQuestions(a, { calibration: tableFor(candidates, 0.9) });
    expect(questions.every((q) => q.status === "suggested")).toBe(true);
    expect(questions[0].reason).toMatch(/right in 500 of 500 annotated cases/);
    expect(questions[0].confidence).toBe(0.9);
  });

  it("never publishes a finding its rule was unsure of", () => {
    const b = analysis();
    const unsure = { ...b, quotes: b.quotes.map((q) => ({ ...q, sure: false })) };
    const { questions } = buildQuestions(unsure, { calibration: trusted });
    const onQuotes = questions.filter((q) => q.fact.kind === "quote");
    expect(onQuotes.length).toBeGreaterThan(0);
    expect(onQuotes.every((q) => q.status === "suggested" && /unsure/.test(q.reason ?? ""))).toBe(true);
  });
});

describe("checkQuestions", () => {
  const a = analysis();
  const good = buildCandidates(a).flat().find((q) => q.type === "who_said")!;
  it.each<[string, (q: Question) => Question]>([
    ["a citation that does not slice the body", (q) => ({ ...q, citations: [{ ...q.citations[0], start: q.citations[0].start + 1 }] })],
    ["two choices that read the same", (q) => ({ ...q, choices: [q.choices[0], ` ${q.choices[0].toUpperCase()} `, ...q.choices.slice(2)] })],
    ["answerIndex out of range", (q) => ({ ...q, answerIndex: 7 })],
    ["only two choices", (q) => ({ ...q, choices: q.choices.slice(0, 2), choiceValues: q.choiceValues!.slice(0, 2), answerIndex: 0, answerValue: q.choiceValues![0] })],
    ["no explanation", (q) => ({ ...q, explanation: " " })],
    ["a distractor that is an alias of the speaker", (q) => {
      const i = (q.answerIndex + 1) % q.choices.length;
      const choices = q.choices.slice(); const values = q.choiceValues!.slice();
      choices[i] = "Holt"; values[i] = "Holt";
      return { ...q, choices, choiceValues: values };
    }],
  ])("drops %s", (_name, spoil) => {
    expect(checkQuestions(a.body, [good], a)).toHaveLength(1);
    expect(checkQuestions(a.body, [spoil(good)], a)).toHaveLength(0);
  });
});

describe("agreesWithWords (a date key must match the words it came from)", () => {
  const m = (text: string, value: string, granularity: DateMention["granularity"]): DateMention => ({
    start: 0, end: text.length, text, value, granularity, sentenceId: 0, event: null, eventSpan: null, sure: true, rule: "test",
  });
  it.each<[string, string, DateMention["granularity"], boolean]>([
    ["on Friday", "2024-05-03", "day", true],
    ["on Friday", "2024-05-04", "day", false],
    ["on June 14", "2023-06-14", "day", true],
    ["on June 14", "2023-06-15", "day", false],
    ["14 June 2023", "2023-06-14", "day", true],
    ["in March 2019", "2019-03", "month", true],
    ["in March 2019", "2019-04", "month", false],
    ["in 1998", "1999", "year", false],
    ["next week", "2024-W20", "week", true],
    ["Sept. 3", "2021-09-03", "day", true],
  ])("%s = %s (%s): %s", (text, value, g, ok) => {
    expect(agreesWithWords(m(text, value, g))).toBe(ok);
  });
});

describe("name helpers", () => {
  it.each<[string, string, boolean]>([
    ["FRA", "Federal Rail Authority", true],
    ["UN", "the United Nations", true],
    ["Okafor", "Ngozi Okafor", true],
    ["Mary Smith", "John Smith", false],
    ["Valley Times", "Coast Radio", false],
  ])("sameName(%s, %s) = %s", (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});

describe("who_said prompts", () => {
  it.each([
    ["plain words take the question's mark", "We are ready", "Who said: “We are ready”?"],
    ["a question of their own takes none", "What am I supposed to do with two kids?", "Who said: “What am I supposed to do with two kids?”"],
    ["nor does an exclamation", "Never again!", "Who said: “Never again!”"],
  ])("%s", (_n, words, prompt) => {
    expect(whoSaidPrompt(words)).toBe(prompt);
  });
});

describe("claim_status prompts", () => {
  // One invented sentence per row: the claim the rules find in it, and the prompt it gives.
  function promptOf(text: string): string {
    const sentences: Sentence[] = [{ id: 0, start: 0, end: text.length, text, paragraph: 0 }];
    const [c] = findClaims({ ...readText(text), sentences }, [], []);
    expect(c, text).toBeDefined();
    return promptFor(text, c);
  }
  it.each([
    ["a possessive holder takes no “the”", "The new ferry will enter service in June, her office confirmed.",
      "Did her office confirm or deny that the new ferry will enter service in June, according to the article?"],
    ["a denial of a clause", "A council spokeswoman denied that the pool had been sold.",
      "Did the council spokeswoman confirm or deny that the pool had been sold, according to the article?"],
    ["a denial of a noun phrase", "The Rail Union would neither confirm nor deny the rumour.",
      "Did the Rail Union confirm or deny the rumour, according to the article?"],
    ["a holder with its head noun keeps the article's “the”", "Crews worked through the night, the Tallin news agency reported.",
      "How does the article present this claim from the Tallin news agency: “Crews worked through the night”?"],
    ["a passive's subject is a noun phrase", "Her resignation was confirmed by the Rail Union on Monday.",
      "Did the Rail Union confirm or deny her resignation, according to the article?"],
    ["a wh-clause no comment", "Mayor Ann Holt declined to say when the bridge would reopen.",
      "How did Ann Holt respond when asked when the bridge would reopen, according to the article?"],
    ["a possessive holder opening the sentence", "His lawyers declined to comment on the ruling.",
      "How did his lawyers respond when asked about the ruling, according to the article?"],
    ["no holder, a noun phrase", "Both deny the charges.",
      "Does the article report “the charges” as confirmed or denied?"],
    ["a denial of reports that …: the reports are the noun phrase denied", "A ministry spokeswoman denied reports that the port would close.",
      "Did the ministry spokeswoman confirm or deny reports that the port would close, according to the article?"],
    ["a claim that is one whole quotation is set in the prompt's marks only", "“The mill will close in May, people familiar with the plan told the Coast Ledger,” the Valley Times reported.",
      "How does the article present this claim: “The mill will close in May”?"],
    ["a clause with no “that” after the cue still asks “that …”", "The Audit Office confirmed it had received a complaint.",
      "Did the Audit Office confirm or deny that it had received a complaint, according to the article?"],
    ["a whether-clause after a preposition", "The Rail Union declined to comment on whether more staff would go.",
      "How did the Rail Union respond when asked whether more staff would go, according to the article?"],
  ])("%s", (_name, sentence, prompt) => {
    expect(promptOf(sentence)).toBe(prompt);
  });

  it("asks nothing on a claim it cannot tell apart from its cue (the prompt would hold the answer)", () => {
    const body = "Harbour spokesman Per Lind said on Monday that he could neither confirm nor deny reports of a sale of the pier.\n\n" +
      "“I may not know everything. So I can neither confirm nor deny it,” he added.";
    const asked = generateQuiz(body, { date: "2020-03-02" }).questions.filter((q) => q.type === "claim_status");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/neither confirm nor deny/i);
  });

  it.each([
    ["the Ferry Office", "Staff at the Ferry Office said so.", "Ferry Office"],
    ["Tallin", "Staff at the Tallin news agency said so.", "Tallin"],
    ["his office", "Staff at his office said so.", "his office"],
    ["the harbour office", "Staff said so.", "harbour office"],
  ])("holder %s", (expected, body, by) => {
    expect(holderName(body, by)).toBe(expected);
  });
});

describe("who_said distractors across a quiz", () => {
  it("no name is among the choices of every question", () => {
    const people = ["Ann Holt", "Ben Ortiz", "Cara Lind", "Dev Rao", "Eli Moss", "Fay Nunn"];
    const lines = ["The harbour will stay open all winter", "We never agreed to the new fees", "Nobody asked the fishermen first",
      "The council must publish the report", "Our crews are ready to start in spring", "The budget leaves out the north side"];
    const body = people.map((p, i) => `“${lines[i]},” ${p} said.`).join(" ");
    const sentences: Sentence[] = [];
    let at = 0;
    for (const text of body.split(/(?<=\.) /)) {
      sentences.push({ id: sentences.length, start: at, end: at + text.length, text, paragraph: 0 });
      at += text.length + 1;
    }
    const entities: Entity[] = people.map((name, id) => ({ id, kind: "person", name, aliases: [], role: null, mentions: [{ start: body.indexOf(name), end: body.indexOf(name) + name.length, text: name }] }));
    const quotes: Quote[] = people.map((p, i) => {
      const start = body.indexOf(`“${lines[i]}`), end = body.indexOf("”", start) + 1;
      return { start, end, text: body.slice(start, end), kind: "direct", quote: lines[i], speaker: p, via: null, sentenceIds: [i], cue: null, sure: true, rule: "test" };
    });
    const qs = buildCandidates({ body, date: null, sentences, entities, quotes, claims: [], dates: [] }).flat().filter((q) => q.type === "who_said");
    expect(qs).toHaveLength(people.length);
    for (const name of people) expect(qs.every((q) => q.choices.includes(name)), name).toBe(false);
  });
});
