import type { Page } from "@playwright/test";
import { expect, ownQuiz, test } from "./fixtures";

// On a phone the article sits below the question: one tap reaches it while answering, and
// after an answer the cited sentence is quoted under the feedback with a way to it in the
// article. On a wide screen the article is beside the question, so the tap target is not shown.
const inView = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, selector);

test("the article and the cited sentence are one tap away", async ({ page }, info) => {
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const q = quiz.questions[0];
  await page.goto(`/play/${quiz.id}`);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByTestId("prompt")).toHaveText(q.prompt);
  const readArticle = page.getByRole("button", { name: "Read the article ↓" });
  const phone = info.project.name === "phone";

  if (phone) {
    expect(await inView(page, "[data-testid=article-body]")).toBe(false);
    await readArticle.click();
    await expect(page.getByTestId("article-body")).toBeFocused();
    await expect.poll(() => inView(page, "[data-testid=article-body] p")).toBe(true);
    await page.getByTestId("prompt").scrollIntoViewIfNeeded();
  } else {
    await expect(readArticle).toBeHidden();
  }

  await page.locator("label[for^=choice-]").first().click();
  await page.getByRole("button", { name: "Check answer" }).click();
  const cited = (q.citations as { text: string }[]).map((c) => c.text);
  const quote = page.getByTestId("feedback-citation");
  if (phone) {
    await expect(quote).toBeVisible();
    await expect(quote).toContainText(cited[0].slice(0, 40));
    await page.evaluate(() => window.scrollTo(0, 0));
    await quote.getByRole("button", { name: "Show in article" }).click();
    const mark = page.getByTestId("article-body").locator("mark").first();
    await expect(mark).toBeFocused();
    await expect(mark).toContainText(cited[0].slice(0, 40));
    await expect.poll(() => inView(page, "[data-testid=article-body] mark")).toBe(true);
  } else if (await quote.isVisible()) {
    await quote.getByRole("button", { name: "Show in article" }).click();
    await expect(page.getByTestId("article-body").locator("mark").first()).toBeFocused();
  }
});
