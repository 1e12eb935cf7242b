// Helpers for the history and review specs: an account made through the factories and signed
// in through next-auth's own endpoints (only the sign-in spec goes through the form), and a
// review item made due by placing its due date in the past.
import bcrypt from "bcryptjs";
import type { Page } from "@playwright/test";
import { createUser } from "../../prisma/factories";
import { db, expect } from "./fixtures";

const PASSWORD = "history-pass-1";

export async function createStudent(name: string) {
  return createUser(db, { role: "student", name, passwordHash: await bcrypt.hash(PASSWORD, 4) });
}

export async function createTeacher(name: string) {
  return createUser(db, { role: "teacher", name, passwordHash: await bcrypt.hash(PASSWORD, 4) });
}

/** Signs the page's browser context in; page.request shares the context's cookies. */
export async function signIn(page: Page, email: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: PASSWORD, json: "true" },
  });
  expect(res.ok()).toBe(true);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
}

/** A review item for a missed question, due `hoursAgo` hours ago (negative: not due yet). */
export async function makeReviewItem(userId: string, questionId: string, hoursAgo: number) {
  const dueAt = new Date(Date.now() - hoursAgo * 3_600_000);
  return db.reviewItem.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, dueAt },
    update: { dueAt, retiredAt: null, streak: 0, stage: 0 },
  });
}

export const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
export const daysAgo = (n: number) => minutesAgo(n * 24 * 60);

/** A class with its students enrolled and one assignment of the quiz, straight in the database. */
export async function createClassWithAssignment(teacherId: string, quizSetId: string, studentIds: string[], name = "History class") {
  const klass = await db.class.create({
    data: {
      teacherId,
      name,
      joinCode: Math.random().toString(36).slice(2, 8).toUpperCase(),
      enrollments: { create: studentIds.map((studentId) => ({ studentId })) },
    },
  });
  const assignment = await db.assignment.create({
    data: { classId: klass.id, quizSetId, opensAt: daysAgo(3), dueAt: daysAgo(-3), maxAttempts: 2 },
  });
  return { klass, assignment };
}
