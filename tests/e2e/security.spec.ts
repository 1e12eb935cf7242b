import type { Page } from "@playwright/test";
import { db, expect, ownQuiz, test } from "./fixtures";
import { createClassWithAssignment, createStudent, createTeacher, signIn } from "./history-fixtures";

// Issue 8, through the running app: headers, statuses, sessions that end, the sign-in limiter,
// the join link and practice of an assigned quiz.

/** Collects the browser's CSP violation reports for the page. */
function cspViolations(page: Page) {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

test("pages carry a nonce CSP and the other security headers; every script has the nonce", async ({ page }) => {
  const quiz = await ownQuiz();
  const violations = cspViolations(page);
  const first = await page.goto(`/play/${quiz.id}`);
  const headers = first!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-inline' ;");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  // A fresh nonce per response.
  const again = await page.request.get(`/play/${quiz.id}`);
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);
  // The page still works with the policy: hydrated, playable.
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await page.locator("label[for^=choice-]").first().click();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("feedback")).toBeVisible();
  expect(violations).toEqual([]);
});

test("a missing page answers 404 and a malformed address 400, each with a page", async ({ request }) => {
  for (const path of ["/play/no-such-quiz", "/articles/no-such-article", "/results/no-such-attempt", "/no-such-page"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text()).toContain("Not found");
  }
  for (const path of ["/play/%", "/play/%E0%A4%A", "/articles/%zz"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(await res.text()).toContain("This address is malformed");
  }
});

test("signing out ends the session: a saved cookie no longer works", async ({ page, browser }) => {
  const student = await createStudent("Sam Saved");
  await signIn(page, student.email!);
  await page.goto("/assignments");
  await expect(page).toHaveURL(/\/assignments$/);
  const saved = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/$/);

  const replay = await browser.newContext();
  await replay.addCookies(saved);
  const thief = await replay.newPage();
  await thief.goto("/assignments");
  await expect(thief).toHaveURL(/\/signin/);
  await replay.close();
});

async function postCredentials(page: Page, email: string, password: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  return decodeURIComponent(((await res.json()) as { url: string }).url);
}

test("ten wrong passwords lock the account: the right one is then refused with when to retry", async ({ page }) => {
  const student = await createStudent("Gus Guessed");
  for (let i = 0; i < 10; i++) expect(await postCredentials(page, student.email!, `guess-${i}`)).toContain("error=CredentialsSignin");
  expect(await postCredentials(page, student.email!, "history-pass-1")).toContain("Too many attempts — try again in 15 minutes.");

  // Through the form, the message is shown as it is.
  await page.goto("/signin");
  await page.getByLabel("Email").fill(student.email!);
  await page.getByLabel("Password").fill("history-pass-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many attempts — try again in 15 minutes." })).toBeVisible();
});

test("next= with a tab inside never leaves the site after sign-in", async ({ page }) => {
  const student = await createStudent("Nora Next");
  await page.goto(`/signin?next=${encodeURIComponent("/\t/evil.example")}`);
  await page.getByLabel("Email").fill(student.email!);
  await page.getByLabel("Password").fill("history-pass-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/assignments$/);
});

test("the join link uses the configured URL, whatever Host the request claims", async ({ page }) => {
  const teacher = await createTeacher("Ms Host");
  const quiz = await ownQuiz();
  const { klass } = await createClassWithAssignment(teacher.id, quiz.id, []);
  await signIn(page, teacher.email!);
  const spoofed = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
  const html = await (await page.request.get(`/teacher/classes/${klass.id}`, { headers: spoofed })).text();
  expect(html).not.toContain("evil.example");
  expect(html).toMatch(new RegExp(`http://127\\.0\\.0\\.1:\\d+/join/${klass.joinCode}`));
});

test("an assigned quiz opened without ?assignment= is played as the assignment", async ({ page }) => {
  const teacher = await createTeacher("Mr Assign");
  const student = await createStudent("Pat Practice");
  const quiz = await ownQuiz("seed-peskov-2025-02-10", 2);
  const { assignment } = await createClassWithAssignment(teacher.id, quiz.id, [student.id]);
  await signIn(page, student.email!);
  await page.goto(`/play/${quiz.id}`);
  await expect(page.getByText("This quiz is assigned to your class")).toBeVisible();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByTestId("prompt")).toBeVisible();
  const attempt = await db.attempt.findFirstOrThrow({ where: { userId: student.id, quizSetId: quiz.id } });
  expect(attempt.assignmentId).toBe(assignment.id);
});
