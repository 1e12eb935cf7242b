import { readFileSync } from "node:fs";
import { expect, hydrated, test } from "./fixtures";
import bcrypt from "bcryptjs";
import { connect, createUser } from "../../prisma/factories";

const db = connect(`file:./prisma/e2e-${process.env.E2E_PORT ?? "3100"}.db`);

test.beforeEach(async ({ page }) => {
  const email = `a-${Math.random().toString(36).slice(2, 10)}@school.test`;
  await createUser(db, { role: "teacher", email, name: "Ms Article", passwordHash: await bcrypt.hash("article-pass", 4) });
  await page.goto("/signin?next=/teacher/articles/new");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("article-pass");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Add an article" })).toBeVisible();
  // Signing in ends in a full page load; the form's inputs are controlled, so typing before
  // hydration would be reset.
  await hydrated(page);
});

test("the article form explains each error beside its field and keeps what was typed", async ({ page }) => {
  await page.getByLabel("Title").fill("A headline worth keeping");
  await page.getByLabel("URL (optional)").fill("not a url");
  await page.getByLabel("Article text").fill("Too short to quiz.");
  await page.getByRole("button", { name: "Save and generate quiz" }).click();

  const described = async (label: string) => {
    const ids = (await page.getByLabel(label).getAttribute("aria-describedby")) ?? "";
    return (await Promise.all(ids.split(" ").map((id) => page.locator(`[id="${id}"]`).innerText()))).join(" ");
  };
  await expect(page.getByLabel("Source")).toHaveAttribute("aria-invalid", "true");
  expect(await described("Source")).toContain("Enter where the article was published");
  expect(await described("URL (optional)")).toContain("http");
  expect(await described("Publication date")).toContain("YYYY-MM-DD");
  expect(await described("Article text")).toContain("at least 200 characters");
  await expect(page.getByLabel("Title")).toHaveValue("A headline worth keeping");
  await expect(page.getByLabel("Title")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Article text")).toHaveValue("Too short to quiz.");
});

test("a .txt in the input format fills the form", async ({ page }) => {
  const file = "prisma/articles/wikinews-2011-03-08-microsoft-ie6-countdown.txt";
  await page.getByLabel("Upload a .txt file (optional)").setInputFiles(file);
  const text = readFileSync(file, "utf8");
  const header = (key: string) => new RegExp(`^\\s*${key} (\\S.*?)$`, "m").exec(text)?.[1]?.trim();
  await expect(page.getByLabel("Publication date")).toHaveValue(/^\s*date (\d{4}-\d{2}-\d{2})/m.exec(text)![1]);
  await expect(page.getByLabel("Title")).toHaveValue(header("title")!);
  await expect(page.getByLabel("Article text")).not.toHaveValue("");
  expect(await page.getByLabel("Article text").inputValue()).not.toMatch(/^date /);
  await page.getByRole("button", { name: "Save and generate quiz" }).click();
  await expect(page.getByText("Draft — preview and edit")).toBeVisible();
});
