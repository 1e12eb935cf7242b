import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { generatedQuizSet } from "./fixtures";
import { moodleXml } from "./moodle";

const set = generatedQuizSet("wikinews-2011-03-08-microsoft-ie6-countdown");
const doc = new DOMParser().parseFromString(moodleXml(set), "text/xml");
const html = (s: string) => new DOMParser().parseFromString(`<html><body>${s}</body></html>`, "text/html").body.textContent ?? "";

describe("Moodle XML", () => {
  const questions = [...doc.querySelectorAll('question[type="multichoice"]')];

  it("has a category and one single-answer multichoice per question, in order", () => {
    expect(doc.querySelector('question[type="category"] category text')!.textContent).toContain(set.title);
    expect(questions).toHaveLength(set.questions.length);
    questions.forEach((el, i) => {
      expect(el.querySelector("single")!.textContent).toBe("true");
      expect(html(el.querySelector("questiontext text")!.textContent!)).toBe(set.questions[i].prompt);
    });
  });

  it("gives the key 100 % and every other choice 0, and the explanation with the cited sentence as general feedback", () => {
    questions.forEach((el, i) => {
      const q = set.questions[i];
      const answers = [...el.querySelectorAll("answer")];
      expect(answers.map((a) => html(a.querySelector("text")!.textContent!))).toEqual(q.choices);
      expect(answers.map((a) => a.getAttribute("fraction"))).toEqual(q.choices.map((_, c) => (c === q.answerIndex ? "100" : "0")));
      const feedback = html(el.querySelector("generalfeedback text")!.textContent!);
      expect(feedback).toContain(q.explanation);
      for (const c of q.citations) expect(feedback).toContain(c.text.trim());
    });
  });
});
