// The answer lane (lib/attempts/answer-lane) is the production path of the play screen's answer:
// scripts/serve.mjs calls its takes() and serveAnswer() on the raw Node request, before Next. Here
// the same two functions serve a real HTTP server, and the session comes from real cookies (a
// signed guest cookie, a token made by next-auth's own encode), checked against a real database.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { guestToken } from "@/lib/request-viewer";
import { STANDARD_HEADERS } from "@/lib/security/standard-headers";
import { createQuizSet, createUser } from "@/prisma/factories";
import { parseCookies, serveAnswer, takes } from "@/lib/attempts/answer-lane";
import { startAttempt } from "@/lib/attempts/mutations";

let server: http.Server;
let base: string;
let host: string;
let quiz: Awaited<ReturnType<typeof createQuizSet>>;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (takes(req)) void serveAnswer(req, res);
    else res.writeHead(599).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = `http://${host}`;
  quiz = await createQuizSet(db, { maxQuestions: 3 });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function guestWithAttempt() {
  const guest = await createUser(db, { role: "guest" });
  const { id } = await startAttempt({ userId: guest.id, quizSetId: quiz.id });
  return { cookie: `fcq_guest=${guestToken(guest.id)}`, attemptId: id, userId: guest.id };
}

const answerOf = (attemptId: string, k = 0) => ({ attemptId, questionId: quiz.questions[k].id, choiceIndex: quiz.questions[k].answerIndex });

function post(o: { cookie?: string; origin?: string | null; type?: string; body?: string; path?: string }) {
  const headers: Record<string, string> = { "content-type": o.type ?? "application/json" };
  if (o.cookie) headers.cookie = o.cookie;
  if (o.origin !== null) headers.origin = o.origin ?? base;
  return fetch(base + (o.path ?? "/api/attempts/answer"), { method: "POST", headers, body: o.body });
}
const stored = (attemptId: string) => db.answer.count({ where: { attemptId } });

describe("the answer lane", () => {
  it("takes only POST /api/attempts/answer (any query), unless told to skip", () => {
    const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers }) as unknown as http.IncomingMessage;
    expect(takes(req("POST", "/api/attempts/answer"))).toBe(true);
    expect(takes(req("POST", "/api/attempts/answer?x=1"))).toBe(true);
    expect(takes(req("GET", "/api/attempts/answer"))).toBe(false);
    expect(takes(req("POST", "/api/attempts/answer/"))).toBe(false);
    expect(takes(req("POST", "/api/attempts/answerx"))).toBe(false);
    expect(takes(req("POST", "/api/attempts/answer", { "x-answer-lane": "skip" }))).toBe(false);
  });

  it("reads the Cookie header as Next does: decoded, the last of a name wins, a broken value dropped", () => {
    expect(parseCookies("a=1; b=x%20y;a=2; flag; c=%E0%A4%A")).toEqual({ a: "2", b: "x y", flag: "true" });
    expect(parseCookies(undefined)).toEqual({});
  });

  it("answers a guest's answer with the action's result, the standard headers and its own mark", async () => {
    const g = await guestWithAttempt();
    const res = await post({ cookie: g.cookie, body: JSON.stringify(answerOf(g.attemptId)) });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, data: { questionId: quiz.questions[0].id, correct: true, answered: 1, total: 3 } });
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("x-answer-lane")).toBe("1");
    for (const { key, value } of STANDARD_HEADERS) expect(res.headers.get(key)).toBe(value);
    expect(await stored(g.attemptId)).toBe(1);
  });

  it("refuses a cross-site POST (403) and a body that is not JSON (415), and stores nothing", async () => {
    const g = await guestWithAttempt();
    const body = JSON.stringify(answerOf(g.attemptId));
    const cross = await post({ cookie: g.cookie, body, origin: "http://evil.test" });
    expect(cross.status).toBe(403);
    expect(await cross.json()).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const form = await post({ cookie: g.cookie, body: "attemptId=x", type: "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    expect(await stored(g.attemptId)).toBe(0);
    // No Origin at all is not a browser's cross-site form: the answer is taken.
    expect((await post({ cookie: g.cookie, body, origin: null })).status).toBe(200);
  });

  it("gives 422 with the field errors for a bad body, 422 for broken JSON, 413 for an oversized one", async () => {
    const g = await guestWithAttempt();
    const bad = await post({ cookie: g.cookie, body: JSON.stringify({ attemptId: g.attemptId, questionId: quiz.questions[0].id, choiceIndex: "twelve" }) });
    expect(bad.status).toBe(422);
    const json = await bad.json();
    expect(json).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(Object.keys(json.fieldErrors)).toEqual(["choiceIndex"]);
    expect((await post({ cookie: g.cookie, body: "{not json" })).status).toBe(422);
    const big = await post({ cookie: g.cookie, body: JSON.stringify({ ...answerOf(g.attemptId), pad: "x".repeat(20_000) }) });
    expect(big.status).toBe(413);
    expect(await stored(g.attemptId)).toBe(0);
  });

  it("gives 401 without a session (no cookie, a forged guest cookie) and 404 for another player's attempt", async () => {
    const g = await guestWithAttempt();
    const body = JSON.stringify(answerOf(g.attemptId));
    expect((await post({ body })).status).toBe(401);
    expect((await post({ cookie: `fcq_guest=${g.userId}.forged`, body })).status).toBe(401);
    const other = await guestWithAttempt();
    const theirs = await post({ cookie: other.cookie, body });
    expect(theirs.status).toBe(404);
    expect(await stored(g.attemptId)).toBe(0);
  });

  it("knows a signed-in student by next-auth's session cookie, and not once the session version moved on", async () => {
    const student = await createUser(db, { role: "student" });
    const { id } = await startAttempt({ userId: student.id, quizSetId: quiz.id });
    const token = await encode({ token: { uid: student.id, role: "student", sv: 0 }, secret: env().NEXTAUTH_SECRET });
    const cookie = `next-auth.session-token=${token}`;
    expect((await post({ cookie, body: JSON.stringify(answerOf(id, 0)) })).status).toBe(200);
    await db.user.update({ where: { id: student.id }, data: { sessionVersion: 1 } });
    expect((await post({ cookie, body: JSON.stringify(answerOf(id, 1)) })).status).toBe(401);
    // On http the secure cookie name is not the session (NEXTAUTH_URL decides, as in lib/auth).
    const fresh = await encode({ token: { uid: student.id, role: "student", sv: 1 }, secret: env().NEXTAUTH_SECRET });
    expect((await post({ cookie: `__Secure-next-auth.session-token=${fresh}`, body: JSON.stringify(answerOf(id, 1)) })).status).toBe(401);
    expect((await post({ cookie: `next-auth.session-token=${fresh}`, body: JSON.stringify(answerOf(id, 1)) })).status).toBe(200);
    expect(await stored(id)).toBe(2);
  });
});
