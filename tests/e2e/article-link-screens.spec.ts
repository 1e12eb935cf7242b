import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { articlePage } from "../fixtures/pages";
import { axeClean, db, expect, test } from "./fixtures";
import { createTeacher, signIn } from "./history-fixtures";

// "Add an article" from a link or a pasted page. The pages come from a fixture web server on
// 127.0.0.1, which the app may reach only because the test server runs with the test-only
// ARTICLE_FETCH_ALLOW_LOOPBACK=1 (playwright.config.ts); a redirect to a private address is
// still refused. Runs in the desktop and phone projects (the file name matches both).
let origin = "";
const server = http.createServer((req, res) => {
  if (req.url === "/story") return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(articlePage("meta").html);
  if (req.url === "/short-link") return res.writeHead(301, { Location: "/story" }).end();
  if (req.url === "/to-private") return res.writeHead(302, { Location: "http://10.0.0.1/admin" }).end();
  res.writeHead(404).end();
});
test.beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => server.close());

test.beforeEach(async ({ page }) => {
  const teacher = await createTeacher("Link Teacher");
  await signIn(page, teacher.email!);
  await page.goto("/teacher/articles/new");
});

const importer = (page: Page) => page.getByRole("region", { name: /Start from a link/ });
const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

test("a link is fetched (through a redirect), shown in the form to check, and saved with its provenance", async ({ page }, info) => {
  const expected = articlePage("meta");
  await page.getByLabel("Article link").fill(`${origin}/short-link`);
  await page.getByRole("button", { name: "Get the article" }).click();
  await expect(importer(page).getByRole("status")).toContainText("Check the fields below");
  await expect(page.getByLabel("Title")).toHaveValue(expected.title);
  await expect(page.getByLabel("Byline (optional)")).toHaveValue(expected.byline);
  await expect(page.getByLabel("Source")).toHaveValue("Example News");
  await expect(page.getByLabel("Publication date")).toHaveValue(expected.date);
  await expect(page.getByLabel("Article text")).toHaveValue(expected.paragraphs.join("\n\n"));
  await expect(page.getByTestId("fetched-from")).toHaveText(`Read from ${origin}/story`);
  await axeClean(page);
  if (info.project.name === "desktop") await page.screenshot({ path: "docs/screenshot-article-link.png" });
  await page.screenshot({ path: `tests/screenshots/${info.project.name}-article-link.png`, fullPage: true });

  await page.getByLabel("Title").fill(`${expected.title} (checked)`);
  await page.getByRole("button", { name: "Save and generate quiz" }).click();
  await expect(page.getByText("Draft — preview and edit")).toBeVisible();
  const quizSetId = page.url().split("/").pop()!;
  const { article, questions } = await db.quizSet.findUniqueOrThrow({ where: { id: quizSetId }, include: { article: true, questions: true } });
  expect(article).toMatchObject({ title: `${expected.title} (checked)`, byline: expected.byline, fetchedFrom: `${origin}/story`, url: `${origin}/story`, publishedOn: expected.date });
  expect(article.textSha256).toBe(sha256(article.body));
  expect(article.body).toBe(expected.paragraphs.join("\n\n"));
  expect(questions.length).toBeGreaterThan(0);
});

test("a pasted web page fills the form the same way, with no fetched address", async ({ page }) => {
  const pasted = articlePage("json-ld");
  await page.getByText("Or paste the whole web page (its HTML)").click();
  await page.getByLabel("Page HTML").fill(pasted.html);
  await page.getByRole("button", { name: "Read the pasted page" }).click();
  await expect(page.getByLabel("Publication date")).toHaveValue(pasted.date);
  await expect(page.getByLabel("Title")).toHaveValue(pasted.title);
  await expect(page.getByTestId("fetched-from")).toHaveCount(0);
  await page.getByRole("button", { name: "Save and generate quiz" }).click();
  await expect(page.getByText("Draft — preview and edit")).toBeVisible();
  const set = await db.quizSet.findUniqueOrThrow({ where: { id: page.url().split("/").pop()! }, include: { article: true } });
  expect(set.article.fetchedFrom).toBeNull();
  expect(set.article.textSha256).toBe(sha256(set.article.body));
});

test("a refused or unreachable link says why, keeps what was typed and offers the paste path", async ({ page }) => {
  await page.getByLabel("Title").fill("My own headline");
  const link = page.getByLabel("Article link");
  await link.fill(`${origin}/to-private`);
  await page.getByRole("button", { name: "Get the article" }).click();
  await expect(link).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-importUrl-error")).toContainText("10.0.0.1 is a private or local address");
  await expect(link).toHaveValue(`${origin}/to-private`);
  await expect(page.getByLabel("Title")).toHaveValue("My own headline");

  // .invalid never resolves: what a server without internet access meets for every name.
  await link.fill("http://news.invalid/story");
  await page.getByRole("button", { name: "Get the article" }).click();
  await expect(importer(page).getByRole("alert")).toContainText("could not reach that page");
  await expect(page.getByLabel("Page HTML")).toBeFocused();
  await expect(link).toHaveValue("http://news.invalid/story");
  await expect(page.getByLabel("Title")).toHaveValue("My own headline");
  await axeClean(page);
});
