// Shared by the play specs: a Prisma client on the e2e server's own database (to make data
// through prisma/factories and to read back what the app stored), and small page helpers.
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Browser, type BrowserContextOptions, type Locator, type Page } from "@playwright/test";
import { connect, createQuizSet, createUser, type Db } from "../../prisma/factories";

const port = process.env.E2E_PORT ?? "3100";
export const db: Db = connect(process.env.E2E_DATABASE_URL ?? `file:./prisma/e2e-${port}.db`);

export const DEMO_SLUG = "seed-peskov-2025-02-10";

/** The seeded demo quiz with its questions in play order (the answer key is for assertions only). */
export async function demoQuiz() {
  return db.quizSet.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, include: { questions: { orderBy: { position: "asc" } }, article: true } });
}

/**
 * A quiz of its own for one spec: owned by a throwaway teacher so it stays off the public lists
 * (reached by link, as a shared quiz is), questions from the generator.
 */
export async function ownQuiz(file = "seed-peskov-2025-02-10", maxQuestions = 4) {
  const teacher = await createUser(db, { role: "teacher" });
  return createQuizSet(db, { file, ownerId: teacher.id, maxQuestions });
}

export type QuizWithQuestions = Awaited<ReturnType<typeof demoQuiz>>;

/** Which question is on screen, from the progress label "Question N of M". */
export async function currentPosition(page: Page): Promise<number> {
  const label = await page.getByRole("progressbar").getAttribute("aria-label");
  const m = /Question (\d+) of (\d+)/.exec(label ?? "");
  expect(m, `progress label: ${label}`).not.toBeNull();
  return Number(m![1]) - 1;
}

/** Moves focus with Tab only until the target has it (keyboard-only navigation). */
export async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("Tab never reached the target");
}

/** Text of every <mark> in the article panel, joined: what the reader sees highlighted. */
export async function highlightedText(page: Page): Promise<string> {
  const marks = page.getByTestId("article-body").locator("mark");
  return (await marks.allTextContents()).join(" ");
}

/**
 * Waits until React has hydrated the page (the root layout's HydrationMark): a click on a
 * client form before then does nothing, and typing into a controlled input is reset.
 */
export async function hydrated(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Makes the page's goto wait for hydration too, when what it loaded is an app page. */
function waitsForHydration(page: Page): Page {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (response?.headers()["content-type"]?.startsWith("text/html")) await hydrated(page);
    return response;
  };
  return page;
}

/** A page in a fresh browser context (a second user), whose goto waits for hydration. */
export async function newPage(browser: Browser, options?: BrowserContextOptions): Promise<Page> {
  return waitsForHydration(await (await browser.newContext(options)).newPage());
}

/** axe finds nothing on the page (or inside `include`), in the light and the dark scheme. */
export async function axeClean(page: Page, include?: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const builder = new AxeBuilder({ page });
    const { violations } = await (include ? builder.include(include) : builder).analyze();
    expect(violations.map((v) => `${scheme}: ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

export const test = base.extend({
  page: async ({ page }, provide) => {
    await provide(waitsForHydration(page));
  },
});
export { expect };
