import { describe, expect, it } from "vitest";
import { generateQuestionRows, readArticle } from "@/prisma/factories";
import { articleSentences } from "@/lib/quiz-sets/sentences";
import { citedSentenceIds } from "@/lib/attempts/evidence";
import { MIN_STUDENTS, misreadingMap, mostMisread, shadeOf } from "./misreading";

// Questions from the generator over a real article; students answer them right or wrong.
const article = readArticle("seed-peskov-2025-02-10");
const sentences = articleSentences(article.body);
const questions = generateQuestionRows(article.body, article.date, article.title)
  .slice(0, 4)
  .map((r, i) => ({ ...r, id: `q${i}` }));
const wrongChoice = (q: (typeof questions)[number]) => (q.answerIndex + 1) % q.choices.length;
/** One counted attempt: "r" right, "w" wrong, "-" unanswered, per question in order. */
const attempt = (pattern: string, evidence?: boolean[]) => ({
  answers: [...pattern].flatMap((c, i) =>
    c === "-" ? [] : [{ questionId: questions[i].id, choiceIndex: c === "r" ? questions[i].answerIndex : wrongChoice(questions[i]), correct: c === "r", evidenceFound: evidence?.[i] ?? null }],
  ),
});
const firstCited = (q: (typeof questions)[number]) => citedSentenceIds(sentences, q.citations)[0];

describe("misreading map", () => {
  it("has a generated quiz to work on, each question citing a sentence", () => {
    expect(questions).toHaveLength(4);
    for (const q of questions) expect(firstCited(q)).toBeGreaterThanOrEqual(0);
  });

  it("shades each cited sentence by the share of students who missed a question citing it", () => {
    const attempts = [attempt("rrrr"), attempt("wrrr"), attempt("wwrr"), attempt("rrrr")];
    const map = misreadingMap(sentences, questions, attempts);
    // Only cited sentences are on the map, in article order.
    expect(map.map((s) => s.id)).toEqual([...new Set(questions.flatMap((q) => citedSentenceIds(sentences, q.citations)))].sort((a, b) => a - b));
    const s0 = map.find((s) => s.id === firstCited(questions[0]))!;
    // In this article the four questions cite four different sentences.
    expect(s0.questions.map((q) => q.id)).toEqual(["q0"]);
    expect([s0.missed, s0.students, s0.shareMissed, s0.shade]).toEqual([2, 4, 0.5, 2]);
    const d0 = s0.questions.find((q) => q.id === "q0")!;
    expect(d0).toMatchObject({ answered: 4, shareCorrect: 0.5, mostChosenWrong: { choice: questions[0].choices[wrongChoice(questions[0])], count: 2 } });
    const s3 = map.find((s) => s.id === firstCited(questions[3]))!;
    expect([s3.questions.length, s3.shareMissed, s3.shade]).toEqual([1, 0, 0]);
  });

  it("counts a student once per sentence, however many of its questions they missed", () => {
    const shared = { ...questions[1], id: "q1b", citations: questions[0].citations };
    const map = misreadingMap(sentences, [questions[0], shared], [attempt("ww"), attempt("wr"), attempt("rr")].map((a) => ({ answers: a.answers.map((x) => (x.questionId === "q1" ? { ...x, questionId: "q1b" } : x)) })));
    const s = map.find((x) => x.id === firstCited(questions[0]))!;
    expect([s.students, s.missed]).toEqual([3, 2]);
  });

  it(`hides shares and counts under ${MIN_STUDENTS} students`, () => {
    const map = misreadingMap(sentences, questions, [attempt("wwww"), attempt("rrrr")]);
    for (const s of map) {
      expect(s).toMatchObject({ students: 2, missed: 0, shareMissed: null, shade: null, evidence: null });
      for (const q of s.questions) expect(q).toMatchObject({ shareCorrect: null, mostChosenWrong: null });
    }
    expect(mostMisread(map)).toEqual([]);
  });

  it("ignores unanswered questions, and shows evidence found beside the answer score", () => {
    const attempts = [attempt("r---", [true]), attempt("w---", [false]), attempt("w---", [true]), attempt("----")];
    const s = misreadingMap(sentences, questions, attempts).find((x) => x.id === firstCited(questions[0]))!;
    expect(s.students).toBe(3);
    expect(s.questions.find((q) => q.id === "q0")!.evidence).toEqual({ found: 2, of: 3 });
  });

  it("ranks the most misread first", () => {
    const ranked = mostMisread(misreadingMap(sentences, questions, [attempt("wwrr"), attempt("wrrw"), attempt("wrrr")]));
    const shares = ranked.map((s) => s.shareMissed!);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(ranked[0].questions.map((q) => q.id)).toEqual(["q0"]);
    expect([ranked[0].missed, ranked[0].shareMissed]).toEqual([3, 1]);
  });

  it.each([[0, 0], [0.19, 0], [0.2, 1], [0.5, 2], [0.79, 3], [0.8, 4], [1, 4]])("share %d is shade %d", (share, shade) => {
    expect(shadeOf(share)).toBe(shade);
  });
});
