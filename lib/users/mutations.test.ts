import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { createAttempt, createQuizSet, createUser } from "@/prisma/factories";
import { EmailTakenError, registerUser, verifyPassword } from "./mutations";
import { safeNextPath, signUpSchema } from "./schema";

const email = () => `u-${Math.random().toString(36).slice(2)}@school.test`;

describe("sign-up", () => {
  it("upgrades the browser's guest in place, so its attempts join the account", async () => {
    const guest = await createUser(db, { role: "guest" });
    const quiz = await createQuizSet(db, { maxQuestions: 2 });
    await createAttempt(db, { userId: guest.id, quizSetId: quiz.id, answers: ["right", "wrong"], finishedAt: new Date() });
    const input = signUpSchema.parse({ name: "Gia", email: email(), password: "correct horse", role: "student" });
    const user = await registerUser(input, guest.id);
    expect(user).toEqual({ id: guest.id, role: "student" });
    expect(await db.attempt.count({ where: { userId: user.id } })).toBe(1);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).not.toContain("correct horse");
    expect(await verifyPassword("correct horse", row.passwordHash!)).toBe(true);
  });

  it("never takes over an account through a stale guest cookie, and refuses a taken email", async () => {
    const existing = await createUser(db, { role: "student" });
    const input = signUpSchema.parse({ name: "Eve", email: email(), password: "12345678", role: "teacher" });
    const user = await registerUser(input, existing.id);
    expect(user.id).not.toBe(existing.id);
    await expect(registerUser({ ...input, name: "Again" }, null)).rejects.toBeInstanceOf(EmailTakenError);
  });

  it("validates each field with its own message", () => {
    const r = signUpSchema.safeParse({ name: "", email: "nope", password: "short", role: "admin" });
    expect(r.success).toBe(false);
    expect(Object.keys(z.flattenError(r.error!).fieldErrors).sort()).toEqual(["email", "name", "password", "role"]);
    expect(signUpSchema.safeParse({ name: "A", email: "A@B.org ", password: "é".repeat(37), role: "student" }).success).toBe(false);
  });

  it("only follows same-site next paths", () => {
    expect(safeNextPath("/join/ABC234")).toBe("/join/ABC234");
    expect(safeNextPath("//evil.example")).toBeNull();
    expect(safeNextPath("https://evil.example")).toBeNull();
    expect(safeNextPath("/\\evil.example")).toBeNull();
  });
});
