// The answer route is a public endpoint that a cookie authenticates: it must refuse what a
// server action refuses (a browser's cross-site POST) and anything but JSON, before it touches
// the database, and accept the same answer from the app's own origin.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createQuizSet, createUser } from "@/prisma/factories";

const who = vi.hoisted(() => ({ guestCookie: undefined as string | undefined }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => null, getUserWithRole: async () => null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (who.guestCookie ? { value: who.guestCookie } : undefined), set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers(),
}));

const { guestToken } = await import("@/lib/session");
const { startAttempt } = await import("@/lib/attempts/mutations");
const { POST } = await import("@/app/api/attempts/answer/route");

let body: { attemptId: string; questionId: string; choiceIndex: number };
beforeAll(async () => {
  const quiz = await createQuizSet(db, { maxQuestions: 2 });
  const guest = await createUser(db, { role: "guest" });
  who.guestCookie = guestToken(guest.id);
  const { id } = await startAttempt({ userId: guest.id, quizSetId: quiz.id });
  body = { attemptId: id, questionId: quiz.questions[0].id, choiceIndex: quiz.questions[0].answerIndex };
});

const post = (headers: Record<string, string>, payload: string = JSON.stringify(body)) =>
  POST(new Request("http://app.test/api/attempts/answer", { method: "POST", headers: { host: "app.test", ...headers }, body: payload }));
const stored = () => db.answer.count({ where: { attemptId: body.attemptId } });

describe("the answer route", () => {
  it("refuses a cross-site POST and a body that is not JSON, and stores nothing", async () => {
    const cross = await post({ "content-type": "application/json", origin: "http://evil.test" });
    expect(cross.status).toBe(403);
    const form = await post({ "content-type": "application/x-www-form-urlencoded", origin: "http://app.test" }, "attemptId=x");
    expect(form.status).toBe(415);
    const broken = await post({ "content-type": "application/json", origin: "http://app.test" }, "{not json");
    expect(broken.status).toBe(422);
    expect(await stored()).toBe(0);
  });

  it("takes the answer from the app's own page, with the action's result", async () => {
    const res = await post({ "content-type": "application/json", origin: "http://app.test" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, data: { questionId: body.questionId, correct: true, answered: 1, total: 2 } });
    expect(await stored()).toBe(1);
  });
});
