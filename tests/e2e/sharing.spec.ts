import AxeBuilder from "@axe-core/playwright";
import QRCode from "qrcode";
import { createQuizSet } from "../../prisma/factories";
import { db, expect, test } from "./fixtures";
import { createClassWithAssignment, createTeacher, signIn } from "./history-fixtures";

// Sharing a class and a quiz: full links with copy buttons, a QR code drawn locally, and a
// full-screen view of the join code for the classroom projector.
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("the join code copies, shows as a QR code of the join link, and projects full screen", async ({ page, baseURL }) => {
  const teacher = await createTeacher("Share Teacher");
  const quiz = await createQuizSet(db, { ownerId: teacher.id, maxQuestions: 2 });
  const { klass } = await createClassWithAssignment(teacher.id, quiz.id, [], "Sharing class");
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/classes/${klass.id}`);
  const link = `${baseURL}/join/${klass.joinCode}`;

  await page.getByRole("button", { name: "Copy code" }).click();
  await expect(page.getByText("Copied.").first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(klass.joinCode);
  await page.getByRole("button", { name: "Copy link" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // The QR code encodes the join link: its grid is the one the library makes for that text.
  const qr = page.getByRole("img", { name: `QR code for the join link ${link}` }).first();
  await expect(qr).toBeVisible();
  const size = QRCode.create(link, { errorCorrectionLevel: "M" }).modules.size + 8;
  await expect(qr).toHaveAttribute("viewBox", `0 0 ${size} ${size}`);

  await page.getByRole("button", { name: "Project this" }).click();
  const dialog = page.getByRole("dialog", { name: "Join the class" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("projected-code")).toHaveText(klass.joinCode);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("a published quiz set shows its full guest-play link with a copy button", async ({ page, baseURL }) => {
  const teacher = await createTeacher("Share Teacher Two");
  const quiz = await createQuizSet(db, { ownerId: teacher.id, maxQuestions: 2 });
  await signIn(page, teacher.email!);
  await page.goto(`/teacher/quiz-sets/${quiz.id}`);
  const link = `${baseURL}/play/${quiz.id}`;
  await expect(page.getByTestId("share-link")).toHaveText(link);
  await page.getByRole("button", { name: "Copy link" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});
