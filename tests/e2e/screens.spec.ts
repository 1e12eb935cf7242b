import type { Page, TestInfo } from "@playwright/test";
import { demoQuiz, expect, test } from "./fixtures";

// Screenshots of every page of the play path on the project's viewport (phone and desktop),
// saved under tests/screenshots/ (git-ignored) to look at. Also checks the phone layout never
// scrolls sideways.
async function shoot(page: Page, info: TestInfo, name: string) {
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `tests/screenshots/${info.project.name}-${name}.png`, fullPage: true });
}

for (const scheme of ["light", "dark"] as const) {
  test(`screens of the play path (${scheme})`, async ({ page }, info) => {
    test.setTimeout(300_000); // plays the whole twenty-question demo quiz
    await page.emulateMedia({ colorScheme: scheme });
    const quiz = await demoQuiz();
    const tag = (name: string) => (scheme === "dark" ? `${name}-dark` : name);
    await page.goto("/");
    await shoot(page, info, tag("home"));
    if (scheme === "dark") {
      await page.goto(`/play/${quiz.id}`);
    } else {
      await page.goto("/quizzes");
      await shoot(page, info, "quizzes");
      await page.goto(`/articles/${quiz.articleId}`);
      await shoot(page, info, "article");
      await page.goto(`/play/${quiz.id}`);
      await shoot(page, info, "play-start");
    }
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await expect(page.getByTestId("prompt")).toBeVisible();
    await shoot(page, info, tag("play-question"));
    for (let i = 0; i < quiz.questions.length; i++) {
      await page.locator("label[for^=choice-]").first().click();
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByTestId("feedback")).toBeVisible();
      if (i === 0) {
        await page.waitForTimeout(400); // the article's smooth scroll to the mark
        await shoot(page, info, tag("play-feedback"));
      }
      await page.getByTestId("feedback").getByRole("button", { name: /^(Next question|See your score)$/ }).click();
    }
    await expect(page.getByTestId("score")).toBeVisible();
    await shoot(page, info, tag("results"));
  });
}

test("not found page", async ({ page }, info) => {
  await page.goto("/play/no-such-quiz");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await shoot(page, info, "not-found");
});
