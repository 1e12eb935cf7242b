import { expect, hydrated, test } from "./fixtures";
import bcrypt from "bcryptjs";
import { connect, createQuizSet, createUser } from "../../prisma/factories";

// Sign-in, sign-up and the guest → account hand-over, through the real forms.
const db = connect(`file:./prisma/e2e-${process.env.E2E_PORT ?? "3100"}.db`);
const uniq = () => Math.random().toString(36).slice(2, 10);

test("sign in: a wrong password is refused, each role lands on its home, pages check the role", async ({ page }) => {
  const password = "a-good-password";
  const email = `t-${uniq()}@school.test`;
  await createUser(db, { role: "teacher", email, name: "Mr Sign", passwordHash: await bcrypt.hash(password, 4) });

  await page.goto("/teacher/classes");
  await expect(page).toHaveURL(/\/signin\?next=%2Fteacher%2Fclasses/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/teacher\/classes$/);
  await expect(page.getByRole("heading", { name: "Classes" })).toBeVisible();
  await hydrated(page); // signing in ends in a full page load

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/signin/);
});

test("a student cannot reach teacher pages or a teacher's CSV export", async ({ page }) => {
  const password = "student-password";
  const email = `s-${uniq()}@school.test`;
  await createUser(db, { role: "student", email, name: "Stu", passwordHash: await bcrypt.hash(password, 4) });
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/assignments$/);
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/assignments$/);
  const csv = await page.request.get("/teacher/assignments/anything/results.csv", { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(csv.status());
  expect(await csv.text()).not.toContain("student,email");
});

test("a guest's finished attempt joins the account created on that browser", async ({ page }) => {
  const owner = await createUser(db, { role: "teacher" });
  const quiz = await createQuizSet(db, { ownerId: owner.id, maxQuestions: 2 });
  await page.goto(`/play/${quiz.id}`);
  await page.getByRole("button", { name: "Start the quiz" }).click();
  for (const [i, label] of ["Next question", "See your score"].entries()) {
    if (i > 0) await expect(page.getByTestId("prompt")).toHaveText(quiz.questions[i].prompt);
    await page.locator("label[for^=choice-]").first().click();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByTestId("feedback").getByRole("button", { name: label }).click();
  }
  await expect(page).toHaveURL(/\/results\//);
  const guestAttempt = await db.attempt.findFirstOrThrow({ where: { quizSetId: quiz.id }, include: { user: true } });
  expect(guestAttempt.user.role).toBe("guest");

  await page.goto("/signup");
  const email = `g-${uniq()}@school.test`;
  await page.getByLabel("Name").fill("Gus Guest");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("guest-turned-student");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/assignments$/);

  const account = await db.user.findUniqueOrThrow({ where: { email } });
  expect(account.id).toBe(guestAttempt.userId);
  expect(account.role).toBe("student");
  await page.goto(`/play/${quiz.id}`);
  await expect(page.getByText(`Last time you scored ${guestAttempt.score} of 2`)).toBeVisible();
});
