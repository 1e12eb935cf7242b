// Property tests over generated news-like articles (names, outlets, quotes, claims, dates from
// templates), so that questions are actually built: each must be well formed, keyed to exactly
// one choice, cite exact text, and offer no distractor the findings say is also right.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateQuiz } from "./index";
import { alsoCorrect, problemWith } from "./checks";

const FIRST = ["Anna", "Tomas", "Clara", "Malik", "Ines", "Pavel", "Grace", "Olu", "Rita", "Ben"];
const LAST = ["Berg", "Reyes", "Voss", "Osei", "Calder", "Novak", "Moyo", "Bello", "Vance", "Ortiz"];
const ROLES = ["Mayor", "Minister", "Coach", "Senator", "union leader", "spokeswoman"];
const OUTLETS = ["the Valley Times", "Coast Radio", "the Daily Ledger", "Harbour Weekly", "Nordic news agency"];
const WHEN = ["on Monday", "on Friday", "last week", "next month", "in 2019", "in March 2021", "on June 14", "yesterday", "in November"];
const WORDS = ["the port", "the budget", "the strike", "the new bridge", "the talks", "the election", "the plant"];

const person = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`);

const sentence = fc.oneof(
  fc.tuple(fc.constantFrom(...ROLES), person, fc.constantFrom(...WHEN), fc.constantFrom(...WORDS)).map(([r, p, w, x]) => `${r} ${p} said ${w} that ${x} would go ahead.`),
  fc.tuple(person, fc.constantFrom(...WORDS), fc.constantFrom(...OUTLETS)).map(([p, x, o]) => `“We will not give up on ${x},” ${p} told ${o}.`),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom("he added", "she said", "they said")).map(([x, c]) => `“Nothing about ${x} has been decided yet,” ${c}.`),
  fc.tuple(fc.constantFrom(...OUTLETS), person, fc.constantFrom(...WORDS)).map(([o, p, x]) => `${cap(o)} reported that ${p} had discussed ${x} with officials.`),
  fc.tuple(person, fc.constantFrom(...WORDS), fc.constantFrom("denied", "confirmed", "could neither confirm nor deny")).map(([p, x, v]) => `${p} ${v} that ${x} had been delayed.`),
  fc.tuple(person, fc.constantFrom(...WORDS)).map(([p, x]) => `${p} declined to say how much ${x} would cost.`),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WHEN)).map(([x, w]) => `Work on ${x} reportedly began ${w}.`),
  fc.tuple(fc.constantFrom(...OUTLETS), fc.constantFrom(...WORDS)).map(([o, x]) => `According to ${o}, ${x} will be reviewed.`),
  fc.tuple(person, fc.constantFrom(...WHEN), fc.constantFrom(...WORDS)).map(([p, w, x]) => `${p} visited ${x} ${w}.`),
);

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

const article = fc.tuple(
  fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 8 }),
  fc.constantFrom("\n\n", "\r\n\r\n", "\n"),
).map(([paragraphs, sep]) => paragraphs.map((p) => p.join(" ")).join(sep));

const pubDate = fc.option(fc.constantFrom("2024-05-09", "2021-01-01", "2019-12-31", "2025-02-10"), { nil: null });

describe("questions on generated news-like articles", () => {
  it("are well formed, cite exact text, and have exactly one right choice", () => {
    let made = 0;
    fc.assert(
      fc.property(article, pubDate, (body, date) => {
        const r = generateQuiz(body, { date });
        const analysis = { body, date: r.article.date, sentences: r.article.sentences, entities: r.people, quotes: r.quotes, claims: r.claims, dates: r.dates };
        for (const q of r.questions) {
          made++;
          expect(problemWith(body, q), JSON.stringify(q)).toBeNull();
          expect(alsoCorrect(q, analysis), JSON.stringify(q)).toBeNull();
          expect(q.choices.length).toBeGreaterThanOrEqual(3);
          expect(q.choices.length).toBeLessThanOrEqual(4);
          expect(q.choiceValues?.[q.answerIndex]).toBe(q.answerValue);
          for (const c of q.citations) expect(body.slice(c.start, c.end)).toBe(c.text);
          if (q.type === "who_said") expect(q.prompt.startsWith("Who said: “")).toBe(true);
          if (!date) expect(["date", "timeline"]).not.toContain(q.type);
        }
        expect(generateQuiz(body, { date }).questions).toEqual(r.questions);
      }),
      { numRuns: 400 },
    );
    // The generator must actually be exercised, not abstain everywhere.
    expect(made).toBeGreaterThan(400);
  }, 180_000);
});
