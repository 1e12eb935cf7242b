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
    const input = signUpSchema.parse({ name: "Eve", email: email(), password: "a fresh teacher password", role: "teacher" });
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

  it.each([
    ["short1234", "A password has at least 10 characters."],
    ["1234567890", "That is one of the most common passwords; choose another."],
    ["Password123", "That is one of the most common passwords; choose another."],
    ["gia@school.test", "A password must not be your email address."],
    ["GIA@School.test", "A password must not be your email address."],
  ])("refuses the password %j", (password, message) => {
    const r = signUpSchema.safeParse({ name: "Gia", email: "gia@school.test", password, role: "student" });
    expect(r.success).toBe(false);
    expect(z.flattenError(r.error!).fieldErrors).toEqual({ password: [message] });
  });

  it.each([
    ["/join/ABC234", "/join/ABC234"],
    ["/teacher/classes?tab=roster#top", "/teacher/classes?tab=roster#top"],
    // Encoded slashes and controls stay inside the path: same origin, harmless.
    ["/%2F/evil.example", "/%2F/evil.example"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/%5C%5Cevil.example", "/%5C%5Cevil.example"],
    ["//evil.example", null],
    ["https://evil.example", null],
    ["/\\evil.example", null],
    ["\\evil.example", null],
    ["/\t/evil.example", null],
    ["/\r/evil.example", null],
    ["/\n/evil.example", null],
    ["/\t\\evil.example", null],
    ["\t//evil.example", null],
    ["javascript:alert(1)", null],
    ["evil.example", null],
    ["", null],
  ])("next=%j is followed as %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each(["next=%2F%09%2Fevil.example", "next=/%0D/evil.example", "next=/%0A/evil.example", "next=%2F%5Cevil.example", "next=%2F%2Fevil.example"])(
    "refuses the query string %s once the page has decoded it",
    (query) => {
      expect(safeNextPath(new URLSearchParams(query).get("next"))).toBeNull();
    },
  );
});
