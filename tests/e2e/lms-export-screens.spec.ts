import { readFileSync } from "node:fs";
import type { Page, TestInfo } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { createQuizSet } from "../../prisma/factories";
import { axeClean, db, expect, test } from "./fixtures";
import { createTeacher, signIn } from "./history-fixtures";

// The teacher's published quiz set page offers the QTI 2.1 package and Moodle XML. The package
// is checked by an implementation that is not ours: Cito's QTI 2.x → 3 converter
// (@citolab/qti-convert) and their QTI player (@citolab/qti-components) in this Chromium, which
// renders each item, takes a click on a choice and runs the item's response processing.
// Runs in the desktop and phone projects (the file name matches both).

async function download(page: Page, info: TestInfo, name: string): Promise<{ path: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const path = info.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { path, bytes: readFileSync(path) };
}

/** Chromium's own XML parser, which refuses anything not well-formed. */
async function parseErrors(page: Page, files: Record<string, string>) {
  return page.evaluate((all) => {
    return Object.entries(all).flatMap(([name, xml]) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      return doc.querySelector("parsererror") ? [name] : [];
    });
  }, files);
}

/** A blank page (no app, no CSP) with Cito's player loaded as a module. */
async function qtiPlayer(page: Page) {
  await page.route("http://qti-player.test/**", (route) => {
    if (new URL(route.request().url()).pathname === "/player.js") {
      return route.fulfill({ contentType: "text/javascript", body: readFileSync("node_modules/@citolab/qti-components/cdn/index.js") });
    }
    return route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><body><main id="host"></main><script type="module">import * as Q from "/player.js"; window.QTI = Q;</script></body></html>`,
    });
  });
  await page.goto("http://qti-player.test/");
  await page.waitForFunction(() => "QTI" in window);
}

type Played = { score: string | null; feedback: string };

/** Loads one QTI 3 item in the player, clicks the choice with this text, scores it. */
async function play(page: Page, itemXml: string, choice: string): Promise<Played> {
  await page.evaluate(async (xml) => {
    const q = (window as unknown as { QTI: { qtiTransformItem: () => { parse: (x: string) => { html: () => string } } } }).QTI;
    document.getElementById("host")!.innerHTML = q.qtiTransformItem().parse(xml).html();
    await customElements.whenDefined("qti-simple-choice");
  }, itemXml);
  await page.locator("qti-simple-choice").filter({ hasText: new RegExp(`^\\s*${choice.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`) }).click();
  return page.evaluate(() => {
    const item = document.querySelector("qti-assessment-item") as unknown as HTMLElement & { processResponse: () => void; getOutcome: (id: string) => { value: string | null } };
    item.processResponse();
    const shown = [...document.querySelectorAll("qti-modal-feedback")].map((f) => (f as HTMLElement).innerText || f.textContent || "").join(" ");
    return { score: item.getOutcome("SCORE")?.value ?? null, feedback: item.getOutcome("FEEDBACK")?.value === "EXPLANATION" ? shown : "" };
  });
}

test("a published quiz set downloads as a QTI 2.1 package another QTI implementation plays and scores, and as Moodle XML", async ({ page, browser }, info) => {
  test.setTimeout(180_000);
  const teacher = await createTeacher("Export Teacher");
  const quiz = await createQuizSet(db, { ownerId: teacher.id, maxQuestions: 4 });
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/quiz-sets/${quiz.id}`);
  await expect(page.getByRole("heading", { name: "Use it in your LMS" })).toBeVisible();
  await axeClean(page);
  await page.getByRole("heading", { name: "Use it in your LMS" }).scrollIntoViewIfNeeded();
  if (info.project.name === "desktop") await page.screenshot({ path: "docs/screenshot-lms-export.png" });
  await page.screenshot({ path: `tests/screenshots/${info.project.name}-lms-export.png` });

  const qtiFile = await download(page, info, "Download QTI 2.1 package (.zip)");
  expect(qtiFile.path).toMatch(/-qti21\.zip$/);
  const zip = unzipSync(new Uint8Array(qtiFile.bytes));
  const files = Object.fromEntries(Object.entries(zip).map(([n, b]) => [n, strFromU8(b)]));
  expect(Object.keys(files)).toContain("imsmanifest.xml");
  expect(Object.keys(files).filter((n) => n.startsWith("item-"))).toHaveLength(quiz.questions.length);
  expect(await parseErrors(page, files)).toEqual([]);

  const moodle = (await download(page, info, "Download Moodle XML")).bytes.toString("utf8");
  expect(await parseErrors(page, { "moodle.xml": moodle })).toEqual([]);
  const moodleQuestions = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return [...doc.querySelectorAll('question[type="multichoice"]')].map((q) => [...q.querySelectorAll("answer")].map((a) => a.getAttribute("fraction")));
  }, moodle);
  expect(moodleQuestions).toEqual(quiz.questions.map((q) => (q.choices as string[]).map((_, i) => (i === q.answerIndex ? "100" : "0"))));

  if (info.project.name !== "desktop") return; // the independent player runs once
  const { convertPackageFile } = await import("@citolab/qti-convert/qti-convert-node");
  const converted = info.outputPath("package-qti3.zip");
  await convertPackageFile(qtiFile.path, converted);
  const qti3 = unzipSync(new Uint8Array(readFileSync(converted)));
  // A plain page: not an app page, so no waiting for the app's hydration mark.
  const player = await (await browser.newContext()).newPage();
  await qtiPlayer(player);
  for (const [i, q] of quiz.questions.entries()) {
    const name = `item-${String(i + 1).padStart(3, "0")}.xml`;
    const xml = strFromU8(qti3[name]);
    expect(xml, name).toContain("qti-assessment-item");
    const choices = q.choices as string[];
    const right = await play(player, xml, choices[q.answerIndex]);
    expect(right.score, `${name} right answer`).toBe("1");
    expect(right.feedback).toContain(q.explanation.slice(0, 40));
    const cited = (q.citations as { text: string }[])[0]?.text;
    if (cited) expect(right.feedback.replace(/\s+/g, " ")).toContain(cited.trim().replace(/\s+/g, " ").slice(0, 40));
    const wrongIndex = (q.answerIndex + 1) % choices.length;
    expect((await play(player, xml, choices[wrongIndex])).score, `${name} wrong answer`).toBe("0");
  }
  await player.context().close();
});
