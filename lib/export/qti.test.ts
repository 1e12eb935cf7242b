import { unzipSync, strFromU8 } from "fflate";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { generatedQuizSet } from "./fixtures";
import { qtiPackageZip } from "./package";
import { choiceId, itemFile, qtiItemXml, TEST_FILE } from "./qti";
import { xmlAttr, xmlText } from "./xml";

const set = generatedQuizSet();
const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");

/**
 * The item's response processing run by hand on a response, from the XML alone: the subset the
 * builder writes (responseCondition with match on the correct response, setOutcomeValue).
 */
function score(itemXml: string, chosen: string): { SCORE: string; FEEDBACK: string } {
  const doc = parse(itemXml);
  const correct = doc.querySelector("responseDeclaration correctResponse value")!.textContent;
  const outcomes: Record<string, string> = { SCORE: doc.querySelector('outcomeDeclaration[identifier="SCORE"] defaultValue value')!.textContent!, FEEDBACK: "" };
  const setAll = (parent: Element) =>
    [...parent.children].filter((c) => c.localName === "setOutcomeValue").forEach((s) => (outcomes[s.getAttribute("identifier")!] = s.textContent!.trim()));
  for (const rule of doc.querySelector("responseProcessing")!.children) {
    if (rule.localName === "setOutcomeValue") outcomes[rule.getAttribute("identifier")!] = rule.textContent!.trim();
    if (rule.localName !== "responseCondition") continue;
    const ifEl = [...rule.children].find((c) => c.localName === "responseIf")!;
    const match = ifEl.querySelector("match")!;
    expect(match.querySelector("variable")!.getAttribute("identifier")).toBe("RESPONSE");
    expect(match.querySelector("correct")!.getAttribute("identifier")).toBe("RESPONSE");
    const branch = chosen === correct ? ifEl : [...rule.children].find((c) => c.localName === "responseElse")!;
    setAll(branch);
  }
  return outcomes as { SCORE: string; FEEDBACK: string };
}

describe("QTI 2.1 package", () => {
  const files = unzipSync(qtiPackageZip(set));

  it("holds the manifest, the test and one item per question, each named in the manifest", () => {
    expect(set.questions.length).toBeGreaterThan(2);
    expect(Object.keys(files).sort()).toEqual(["imsmanifest.xml", TEST_FILE, ...set.questions.map((_, i) => itemFile(i))].sort());
    const manifest = parse(strFromU8(files["imsmanifest.xml"]));
    const hrefs = [...manifest.querySelectorAll("resource")].map((r) => [r.getAttribute("type"), r.getAttribute("href")]);
    expect(hrefs).toEqual([["imsqti_test_xmlv2p1", TEST_FILE], ...set.questions.map((_, i) => ["imsqti_item_xmlv2p1", itemFile(i)])]);
    const test = parse(strFromU8(files[TEST_FILE]));
    expect([...test.querySelectorAll("assessmentItemRef")].map((r) => r.getAttribute("href"))).toEqual(set.questions.map((_, i) => itemFile(i)));
  });

  it("gives each item its choices in order, the key as its correct response and the explanation with the cited sentence as feedback", () => {
    set.questions.forEach((q, i) => {
      const doc = parse(strFromU8(files[itemFile(i)]));
      expect(doc.querySelector("prompt")!.textContent).toBe(q.prompt);
      expect([...doc.querySelectorAll("simpleChoice")].map((c) => c.textContent)).toEqual(q.choices);
      expect(doc.querySelector("correctResponse value")!.textContent).toBe(choiceId(q.answerIndex));
      const feedback = doc.querySelector('modalFeedback[identifier="EXPLANATION"]')!;
      expect(feedback.textContent).toContain(q.explanation);
      for (const c of q.citations) expect(feedback.textContent).toContain(c.text.trim());
    });
  });

  it("scores 1 for the right choice and 0 for every other, and shows the explanation either way", () => {
    set.questions.forEach((q, i) => {
      const xml = strFromU8(files[itemFile(i)]);
      q.choices.forEach((_, c) => {
        expect(score(xml, choiceId(c))).toEqual({ SCORE: c === q.answerIndex ? "1" : "0", FEEDBACK: "EXPLANATION" });
      });
    });
  });

  it("is the same bytes every time (a published set never changes)", () => {
    expect(qtiPackageZip(set)).toEqual(qtiPackageZip(set));
  });

  it("escapes markup and drops characters XML forbids", () => {
    const q = { ...set.questions[0], prompt: 'Who said "A < B & C"?\u0001' };
    const doc = parse(qtiItemXml(q, 0));
    expect(doc.querySelector("prompt")!.textContent).toBe('Who said "A < B & C"?');
    expect(xmlAttr('a"b<')).toBe("a&quot;b&lt;");
    expect(xmlText("x\u0000y")).toBe("xy");
  });
});
