// Property tests on articles built from templates whose truth is known while they are built:
// who spoke each quotation, which outlet relayed it, what each date expression means, what
// status each claim has. Every question the generator publishes — under a table that trusts
// every rule, so that nothing hides behind a suggestion — must be keyed to that truth. The
// truth is computed here by plain calendar arithmetic, never by the generator's own code.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateQuiz } from "./index";
import type { CalibrationTable, Question } from "./types";

type Truth = { quotes: { words: string; speaker: string; via: string | null }[]; dates: { text: string; value: string }[]; claims: { sentence: string; status: string }[] };
type Part = { text: string; truth: Partial<Truth> };

const FIRST = ["Anna", "Tomas", "Clara", "Malik", "Ines", "Pavel", "Grace", "Olu", "Rita", "Ben"];
const LAST = ["Berg", "Reyes", "Voss", "Osei", "Calder", "Novak", "Moyo", "Bello", "Vance", "Ortiz"];
const ROLES = ["Mayor", "Minister", "Senator", "Judge"];
const OUTLETS = ["the Valley Times", "Coast Radio", "the Daily Ledger", "Harbour Weekly"];
const THINGS = ["the port", "the budget", "the new bridge", "the talks", "the plant", "the ferry"];
const PLACES = ["the harbour", "the mill", "the clinic", "the old school"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// Each person speaks of their own place, so no two people in one article say the same words.
const HOMES = ["harbour", "mill", "clinic", "school", "library", "bakery", "station", "market", "farm", "museum"];
const LINES = ["We will keep the %s open for every family", "Nobody at the %s has been told the whole story", "The work at the %s will be finished before the winter comes", "We asked for a meeting about the %s and we are still waiting"];

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;
/** The most recent given weekday 1–6 days before the publication day (past tense). */
function weekdayBefore(pub: string, weekday: number): string {
  const t = Date.parse(pub + "T00:00:00Z");
  const back = (new Date(t).getUTCDay() - weekday + 7) % 7;
  return iso(t - back * DAY);
}

const name = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`;
const outletName = (o: string) => o.replace(/^the /, "");

/** One paragraph's template, given the person it is about (each person is in one paragraph). */
const paragraph = (who: number, pub: string) => {
  const full = name(who);
  const surname = LAST[who % LAST.length];
  const line = (l: string) => l.replace("%s", HOMES[who % HOMES.length]);
  const quoteParts: fc.Arbitrary<Part[]>[] = [
    fc.tuple(fc.constantFrom(...LINES).map(line), fc.constantFrom(...ROLES)).map(([w, r]) => [{ text: `“${w},” said ${r} ${full}.`, truth: { quotes: [{ words: w, speaker: full, via: null }] } }]),
    fc.tuple(fc.constantFrom(...LINES).map(line), fc.constantFrom(...OUTLETS)).map(([w, o]) => [{ text: `“${w},” ${full} told ${o}.`, truth: { quotes: [{ words: w, speaker: full, via: outletName(o) }] } }]),
    fc.tuple(fc.constantFrom(...LINES).map(line), fc.constantFrom(...LINES).map(line)).filter(([a, b]) => a !== b).map(([a, b]) => [
      { text: `${full} spoke to reporters at the harbour. “${a},” ${surname} said.`, truth: { quotes: [{ words: a, speaker: full, via: null }] } },
      { text: `“${b},” ${surname} added.`, truth: { quotes: [{ words: b, speaker: full, via: null }] } },
    ]),
  ];
  const dateParts: fc.Arbitrary<Part>[] = [
    fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom(...PLACES)).filter(([d]) => d !== new Date(pub + "T00:00:00Z").getUTCDay())
      .map(([d, p]) => ({ text: `${full} visited ${p} on ${WEEKDAYS[d]}.`, truth: { dates: [{ text: `on ${WEEKDAYS[d]}`, value: weekdayBefore(pub, d) }] } })),
    fc.tuple(fc.integer({ min: 1990, max: 2015 }), fc.constantFrom(...THINGS)).map(([y, x]) => ({ text: `${cap(x)} opened in ${y}.`, truth: { dates: [{ text: `in ${y}`, value: String(y) }] } })),
    fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1990, max: 2015 }), fc.constantFrom(...THINGS))
      .map(([m, y, x]) => ({ text: `${full} first proposed ${x} in ${MONTHS[m]} ${y}.`, truth: { dates: [{ text: `in ${MONTHS[m]} ${y}`, value: `${y}-${String(m + 1).padStart(2, "0")}` }] } })),
  ];
  const claimParts: fc.Arbitrary<Part>[] = [
    fc.tuple(fc.constantFrom(...THINGS), fc.constantFrom(["denied", "denied"], ["confirmed", "confirmed"], ["could neither confirm nor deny", "neither_confirmed_nor_denied"]))
      .map(([x, [verb, status]]) => { const s = `${full} ${verb} that ${x} had been delayed.`; return { text: s, truth: { claims: [{ sentence: s, status }] } }; }),
    fc.constantFrom(...THINGS).map((x) => { const s = `${full} declined to say how much ${x} would cost.`; return { text: s, truth: { claims: [{ sentence: s, status: "no_comment" }] } }; }),
  ];
  return fc.tuple(fc.oneof(...quoteParts), fc.oneof(...dateParts), fc.oneof(...claimParts)).map(([q, d, c]) => [...q, d, c]);
};

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

const PUB = ["2024-05-09", "2021-03-01", "2019-12-31", "2025-02-10"];
const article = fc.constantFrom(...PUB).chain((pub) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 5 }).chain((people) =>
    fc.tuple(...people.map((p) => paragraph(p, pub))).map((paras) => ({ pub, paras })),
  ),
);

function assemble({ pub, paras }: { pub: string; paras: Part[][] }) {
  const truth: Truth = { quotes: [], dates: [], claims: [] };
  for (const part of paras.flat()) {
    truth.quotes.push(...(part.truth.quotes ?? []));
    truth.dates.push(...(part.truth.dates ?? []));
    truth.claims.push(...(part.truth.claims ?? []));
  }
  // Every outlet named once, so a source question has outlets to offer as distractors.
  const coverage = `${cap(OUTLETS[0])}, ${OUTLETS.slice(1, -1).join(", ")} and ${OUTLETS[OUTLETS.length - 1]} all covered the meeting.`;
  return { pub, body: [...paras.map((p) => p.map((x) => x.text).join(" ")), coverage].join("\n\n"), truth };
}

/** Trusts every rule: publishes every question whose rules were sure, unfiltered. */
const TRUST_ALL: CalibrationTable = {
  z: 1.645, threshold: 0.98, corpora: [],
  rules: new Proxy({}, { get: () => ({ fired: 1, right: 1, precision: 1, lower: 1 }) }),
};

const norm = (s: string) => s.replace(/[“”",.]/g, "").replace(/\s+/g, " ").trim().toLowerCase();

function wrongKey(q: Question, truth: Truth): string | null {
  const key = q.answerValue;
  if (q.fact.kind === "quote") {
    const t = truth.quotes.find((x) => norm(x.words) === norm(q.fact.text));
    if (!t) return `a quote nobody in the article said: ${q.fact.text}`;
    if (q.type === "who_said" && key !== t.speaker) return `keyed ${key}, said by ${t.speaker}`;
    if (q.type === "source" && key !== t.via) return `keyed ${key}, relayed by ${t.via}`;
  }
  if (q.fact.kind === "date") {
    const core = (s: string) => norm(s).replace(/^(?:on|in) /, "");
    const t = truth.dates.find((x) => core(x.text) === core(q.fact.text));
    if (t && key !== t.value) return `keyed ${key} for “${q.fact.text}”, which is ${t.value}`;
  }
  if (q.fact.kind === "claim") {
    const t = truth.claims.find((x) => x.sentence === q.fact.text);
    if (!t) return `a claim in a sentence without a claim cue: ${q.fact.text}`;
    if (key !== t.status) return `keyed ${key}, the sentence is ${t.status}`;
  }
  return null;
}

describe("published keys on template articles with known truth", () => {
  it("match who said it, who relayed it, what the date is and what status the claim has", () => {
    const published = { who_said: 0, source: 0, date: 0, claim_status: 0, timeline: 0 };
    fc.assert(
      fc.property(article, (a) => {
        const { pub, body, truth } = assemble(a);
        const r = generateQuiz(body, { date: pub, maxQuestions: 100, calibration: TRUST_ALL });
        for (const q of r.questions.filter((x) => x.status === "published")) {
          published[q.type]++;
          expect(wrongKey(q, truth), `${q.prompt}\n${body}`).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
    // Each kind of key must actually be exercised, not abstained from everywhere.
    for (const [type, n] of Object.entries(published)) if (type !== "timeline") expect(n, type).toBeGreaterThan(30);
  }, 180_000);
});
