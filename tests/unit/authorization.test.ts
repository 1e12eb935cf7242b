// The authorization matrix: every server action, every page loader that takes an id and every
// route handler, called as each kind of caller through the real code (validation, session, role,
// owner in the where clause) against a real database. A new action, loader or route that is not
// in the table fails the completeness test; one in the table that lets the wrong caller in fails
// its row.
import { readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createAttempt, createQuizSet, createUser } from "@/prisma/factories";

type Caller = "anonymous" | "guest" | "student" | "otherStudent" | "owner" | "otherTeacher";
const CALLERS: Caller[] = ["anonymous", "guest", "student", "otherStudent", "otherTeacher", "owner"];

const who = vi.hoisted(() => ({
  account: null as null | { id: string; role: "student" | "teacher"; email: string; name: string | null },
  guestCookie: undefined as string | undefined,
}));
vi.mock("@/lib/auth", () => ({
  getSessionUser: async () => who.account,
  getUserWithRole: async (...roles: string[]) => (who.account && roles.includes(who.account.role) ? who.account : null),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (who.guestCookie ? { value: who.guestCookie } : undefined), set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Outcome("NOT_FOUND");
  },
  redirect: () => {
    throw new Outcome("REDIRECT");
  },
}));

class Outcome extends Error {}

const { guestToken } = await import("@/lib/session");
const { createClass, joinClass } = await import("@/lib/classes/mutations");
const { createAssignment } = await import("@/lib/assignments/mutations");
const articles = await import("@/lib/articles/actions");
const assignments = await import("@/lib/assignments/actions");
const attempts = await import("@/lib/attempts/actions");
const classes = await import("@/lib/classes/actions");
const quizSets = await import("@/lib/quiz-sets/actions");
const review = await import("@/lib/review/actions");
const articleLoaders = await import("@/lib/articles/loaders");
const attemptLoaders = await import("@/lib/attempts/loaders");
const classLoaders = await import("@/lib/classes/loaders");
const classHistoryLoaders = await import("@/lib/history/class-loaders");
const quizSetLoaders = await import("@/lib/quiz-sets/loaders");
const quizLoaders = await import("@/lib/quiz/loaders");
const resultLoaders = await import("@/lib/results/loaders");
const resultsRoute = await import("@/app/teacher/assignments/[assignmentId]/results.csv/route");
const classCsvRoute = await import("@/app/teacher/classes/[classId]/history/export.csv/route");
const qtiRoute = await import("@/app/teacher/quiz-sets/[quizSetId]/qti.zip/route");
const moodleRoute = await import("@/app/teacher/quiz-sets/[quizSetId]/moodle.xml/route");
const answerRoute = await import("@/app/api/attempts/answer/route");
const answerLane = await import("@/lib/attempts/answer-lane");
const { env } = await import("@/lib/env");

type User = Awaited<ReturnType<typeof createUser>>;
type QuizSet = Awaited<ReturnType<typeof createQuizSet>>;
type World = {
  users: Record<Exclude<Caller, "anonymous">, User>;
  published: QuizSet;
  classId: string;
  assignmentId: string;
  attemptId: string;
  reviewQuestionId: string;
  /** A draft of the owner's, fresh for each row that changes it. */
  draft: () => Promise<QuizSet>;
};

let world: World;

beforeAll(async () => {
  const users = {
    guest: await createUser(db, { role: "guest" }),
    student: await createUser(db, { role: "student" }),
    otherStudent: await createUser(db, { role: "student" }),
    owner: await createUser(db, { role: "teacher" }),
    otherTeacher: await createUser(db, { role: "teacher" }),
  };
  const published = await createQuizSet(db, { ownerId: users.owner.id, maxQuestions: 3 });
  const klass = await createClass(users.owner.id, "Matrix class");
  await joinClass(users.student.id, klass.joinCode);
  const now = Date.now();
  const assignment = await createAssignment(users.owner.id, {
    classId: klass.id,
    quizSetId: published.id,
    opensAt: new Date(now - 3_600_000),
    dueAt: new Date(now + 86_400_000),
    maxAttempts: 3,
  });
  const attempt = await createAttempt(db, { userId: users.student.id, quizSetId: published.id, assignmentId: assignment.id });
  const reviewQuestionId = published.questions[2].id;
  await db.reviewItem.create({ data: { userId: users.student.id, questionId: reviewQuestionId, dueAt: new Date(now - 60_000) } });
  world = {
    users,
    published,
    classId: klass.id,
    assignmentId: assignment.id,
    attemptId: attempt.id,
    reviewQuestionId,
    draft: () => createQuizSet(db, { ownerId: users.owner.id, status: "draft", maxQuestions: 3 }),
  };
});

function actAs(caller: Caller) {
  who.account = null;
  who.guestCookie = undefined;
  if (caller === "anonymous") return;
  const user = world.users[caller];
  if (caller === "guest") who.guestCookie = guestToken(user.id);
  else who.account = { id: user.id, role: user.role as "student" | "teacher", email: user.email!, name: user.name };
}

/** What a call came to: "ok", an action's error code, a loader's NOT_FOUND/REDIRECT, or an HTTP status. */
async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    const r = await call();
    if (r instanceof Response) return String(r.status);
    if (r && typeof r === "object" && "ok" in r) return r.ok ? "ok" : String((r as unknown as { code: string }).code);
    if (r && typeof r === "object" && "status" in r && typeof r.status === "number") return String(r.status);
    return "ok";
  } catch (e) {
    if (e instanceof Outcome) return e.message;
    throw e;
  }
}

type Expect = Record<Caller, string>;
/** Teacher-only, on the owner's resource: the sign-in role check, then the owner in the where clause. */
const OWNED: Expect = { anonymous: "UNAUTHENTICATED", guest: "FORBIDDEN", student: "FORBIDDEN", otherStudent: "FORBIDDEN", otherTeacher: "NOT_FOUND", owner: "ok" };
/** Teacher-only, nothing owned yet: any teacher. */
const TEACHERS: Expect = { ...OWNED, otherTeacher: "ok" };
/** Pages under /teacher: off to sign in, then a 404 for someone else's. */
const OWNED_PAGE: Expect = { anonymous: "REDIRECT", guest: "REDIRECT", student: "REDIRECT", otherStudent: "REDIRECT", otherTeacher: "NOT_FOUND", owner: "ok" };
/** CSV route handlers: a status, never a redirect. */
const OWNED_CSV: Expect = { anonymous: "401", guest: "401", student: "401", otherStudent: "401", otherTeacher: "404", owner: "200" };
/** The student's own attempt or review item. */
const STUDENTS_OWN: Expect = { anonymous: "UNAUTHENTICATED", guest: "NOT_FOUND", student: "ok", otherStudent: "NOT_FOUND", otherTeacher: "NOT_FOUND", owner: "NOT_FOUND" };
const PUBLIC: Expect = { anonymous: "ok", guest: "ok", student: "ok", otherStudent: "ok", otherTeacher: "ok", owner: "ok" };

const article = () => ({ title: "Matrix", source: "Wire", url: "", publishedOn: "2025-02-10", body: world.published.article.body });
const question = (q: QuizSet) => q.questions[0];


// Each row's call may prepare what it needs (a fresh draft) and returns the call to make, so the
// owner's successful call never changes what the next caller sees.
const ROWS: { name: string; expected: Expect; prepare?: (w: World) => Promise<unknown>; call: (w: World, r: never) => Promise<unknown> }[] = [
  // Server actions.
  { name: "articles.createArticleAction", expected: TEACHERS, call: () => articles.createArticleAction(article()) },
  {
    name: "articles.extractArticleAction",
    expected: TEACHERS,
    call: (w) => articles.extractArticleAction({ html: `<html><head><title>Matrix</title></head><body><article><p>${w.published.article.body}</p></article></body></html>` }),
  },
  { name: "articles.parseUploadAction", expected: TEACHERS, call: () => articles.parseUploadAction({ text: "date 2025-02-10 Body text." }) },
  {
    name: "articles.updateArticleAction",
    expected: OWNED,
    prepare: (w) => w.draft(),
    call: (_w, d: QuizSet) => articles.updateArticleAction({ articleId: d.articleId, ...article() }),
  },
  {
    name: "articles.createDraftFromArticleAction",
    expected: OWNED,
    call: (w) => articles.createDraftFromArticleAction({ articleId: w.published.articleId }),
  },
  {
    name: "assignments.createAssignmentAction",
    expected: OWNED,
    call: (w) =>
      assignments.createAssignmentAction({
        classId: w.classId,
        quizSetId: w.published.id,
        opensAt: new Date().toISOString(),
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        maxAttempts: 1,
      }),
  },
  {
    name: "assignments.updateAssignmentAction",
    expected: OWNED,
    call: (w) =>
      assignments.updateAssignmentAction({
        assignmentId: w.assignmentId,
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        maxAttempts: 3,
      }),
  },
  {
    name: "assignments.deleteAssignmentAction",
    expected: OWNED,
    prepare: (w) => createAssignment(w.users.owner.id, { classId: w.classId, quizSetId: w.published.id, opensAt: new Date(), dueAt: new Date(Date.now() + 86_400_000), maxAttempts: 1 }),
    call: (_w, a: { id: string }) => assignments.deleteAssignmentAction({ assignmentId: a.id }),
  },
  {
    name: "attempts.startAttemptAction",
    // An anonymous caller becomes a guest first (play needs no account), then meets the class check.
    expected: { anonymous: "FORBIDDEN", guest: "FORBIDDEN", student: "ok", otherStudent: "FORBIDDEN", otherTeacher: "FORBIDDEN", owner: "FORBIDDEN" },
    call: (w) => attempts.startAttemptAction({ quizSetId: w.published.id, assignmentId: w.assignmentId }),
  },
  {
    name: "attempts.answerQuestionAction",
    expected: STUDENTS_OWN,
    call: (w) => attempts.answerQuestionAction({ attemptId: w.attemptId, questionId: question(w.published).id, choiceIndex: 0 }),
  },
  { name: "classes.createClassAction", expected: TEACHERS, call: () => classes.createClassAction({ name: "Another class" }) },
  { name: "classes.rotateJoinCodeAction", expected: OWNED, call: (w) => classes.rotateJoinCodeAction({ classId: w.classId }) },
  {
    name: "classes.removeStudentAction",
    expected: OWNED,
    prepare: async (w) => {
      const extra = await createUser(db, { role: "student" });
      await db.enrollment.create({ data: { classId: w.classId, studentId: extra.id } });
      return extra;
    },
    call: (w, extra: User) => classes.removeStudentAction({ classId: w.classId, studentId: extra.id }),
  },
  {
    name: "classes.joinClassAction",
    expected: { anonymous: "UNAUTHENTICATED", guest: "FORBIDDEN", student: "ok", otherStudent: "ok", otherTeacher: "FORBIDDEN", owner: "FORBIDDEN" },
    prepare: (w) => createClass(w.users.otherTeacher.id, "Open to anyone with the code"),
    call: (_w, k: { joinCode: string }) => classes.joinClassAction({ code: k.joinCode }),
  },
  ...(["updateQuestionAction", "acceptQuestionAction", "deleteQuestionAction", "moveQuestionAction", "regenerateQuizSetAction", "publishQuizSetAction"] as const).map((name) => ({
    name: `quiz-sets.${name}`,
    expected: OWNED,
    prepare: (w: World) => w.draft(),
    call: (_w: World, d: QuizSet) => {
      const q = question(d);
      if (name === "updateQuestionAction" || name === "acceptQuestionAction") {
        return quizSets[name]({ quizSetId: d.id, questionId: q.id, prompt: "Edited?", choices: q.choices as string[], answerIndex: q.answerIndex, explanation: "Because." });
      }
      if (name === "deleteQuestionAction") return quizSets.deleteQuestionAction({ quizSetId: d.id, questionId: q.id });
      if (name === "moveQuestionAction") return quizSets.moveQuestionAction({ quizSetId: d.id, questionId: q.id, direction: "down" });
      return quizSets[name]({ quizSetId: d.id });
    },
  })),
  {
    name: "quiz-sets.addQuestionAction",
    expected: OWNED,
    prepare: (w: World) => w.draft(),
    call: (_w: World, d: QuizSet) =>
      quizSets.addQuestionAction({ quizSetId: d.id, type: "who_said", prompt: "Who?", choices: ["A", "B"], answerIndex: 0, explanation: "Because.", sentenceIds: [0] }),
  },
  {
    name: "quiz-sets.undoDeleteQuestionAction",
    expected: OWNED,
    prepare: async (w: World) => {
      const d = await w.draft();
      await db.question.update({ where: { id: question(d).id }, data: { status: "dropped:published" } });
      return d;
    },
    call: (_w: World, d: QuizSet) => quizSets.undoDeleteQuestionAction({ quizSetId: d.id, questionId: question(d).id }),
  },
  { name: "quiz-sets.duplicateQuizSetAction", expected: OWNED, call: (w) => quizSets.duplicateQuizSetAction({ quizSetId: w.published.id }) },
  {
    name: "review.answerReviewAction",
    expected: STUDENTS_OWN,
    call: (w) => review.answerReviewAction({ questionId: w.reviewQuestionId, choiceIndex: 0 }),
  },
  {
    name: "review.practiseReviewAction",
    expected: STUDENTS_OWN,
    call: (w) => review.practiseReviewAction({ questionId: w.reviewQuestionId, choiceIndex: 0 }),
  },
  // Page loaders that take a resource id.
  { name: "loaders.loadArticleForEdit", expected: OWNED_PAGE, call: (w) => articleLoaders.loadArticleForEdit(w.published.articleId) },
  { name: "loaders.loadQuizSet", expected: OWNED_PAGE, call: (w) => quizSetLoaders.loadQuizSet(w.published.id) },
  { name: "loaders.loadClass", expected: OWNED_PAGE, call: (w) => classLoaders.loadClass(w.classId) },
  { name: "loaders.loadClassHistory", expected: OWNED_PAGE, call: (w) => classHistoryLoaders.loadClassHistory(w.classId) },
  { name: "loaders.loadStudentProgress", expected: OWNED_PAGE, call: (w) => classHistoryLoaders.loadStudentProgress(w.classId, w.users.student.id) },
  { name: "loaders.loadAssignmentResults", expected: OWNED_PAGE, call: (w) => resultLoaders.loadAssignmentResults(w.assignmentId) },
  { name: "loaders.loadResultsCsv", expected: OWNED_CSV, call: (w) => resultLoaders.loadResultsCsv(w.assignmentId) },
  { name: "loaders.loadQuizSetExport", expected: OWNED_CSV, call: (w) => quizSetLoaders.loadQuizSetExport(w.published.id) },
  { name: "loaders.loadClassHistoryCsv", expected: OWNED_CSV, call: (w) => classHistoryLoaders.loadClassHistoryCsv(w.classId, new Date()) },
  {
    name: "loaders.loadResult",
    expected: { anonymous: "NOT_FOUND", guest: "NOT_FOUND", student: "ok", otherStudent: "NOT_FOUND", otherTeacher: "NOT_FOUND", owner: "NOT_FOUND" },
    call: (w) => attemptLoaders.loadResult(w.attemptId),
  },
  { name: "loaders.loadPlay", expected: PUBLIC, call: (w) => attemptLoaders.loadPlay(w.published.id, null) },
  { name: "loaders.loadArticleReading", expected: PUBLIC, call: (w) => quizLoaders.loadArticleReading(w.published.articleId) },
  // Route handlers.
  {
    // The play screen's answer: the answer action behind a JSON POST, its code as the status.
    name: "route /api/attempts/answer",
    expected: { anonymous: "401", guest: "404", student: "200", otherStudent: "404", otherTeacher: "404", owner: "404" },
    call: (w) => answerRoute.POST(new Request("http://app.test/api/attempts/answer", {
      method: "POST", headers: { "content-type": "application/json", host: "app.test", origin: "http://app.test" },
      body: JSON.stringify({ attemptId: w.attemptId, questionId: question(w.published).id, choiceIndex: 0 }),
    })),
  },
  {
    name: "route /teacher/assignments/[assignmentId]/results.csv",
    expected: OWNED_CSV,
    call: (w) => resultsRoute.GET(new Request("http://app.test/"), { params: Promise.resolve({ assignmentId: w.assignmentId }) }),
  },
  {
    name: "route /teacher/classes/[classId]/history/export.csv",
    expected: OWNED_CSV,
    call: (w) => classCsvRoute.GET(new Request("http://app.test/"), { params: Promise.resolve({ classId: w.classId }) }),
  },
  {
    // The same answer as production serves it: the lane in front of Next (scripts/serve.mjs),
    // where the session is the request's real Cookie header, not next/headers.
    name: "lane lib/attempts/answer-lane.ts",
    expected: { anonymous: "401", guest: "404", student: "200", otherStudent: "404", otherTeacher: "404", owner: "404" },
    call: async (w) => {
      const port = await laneServer();
      const res = await fetch(`http://127.0.0.1:${port}/api/attempts/answer`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: `http://127.0.0.1:${port}`, cookie: await cookieHeader() },
        body: JSON.stringify({ attemptId: w.attemptId, questionId: question(w.published).id, choiceIndex: 0 }),
      });
      return res;
    },
  },
  ...(["qti.zip", "moodle.xml"] as const).flatMap((file) => {
    const route = file === "qti.zip" ? qtiRoute : moodleRoute;
    const get = (quizSetId: string) => route.GET(new Request("http://app.test/"), { params: Promise.resolve({ quizSetId }) });
    return [
      { name: `route /teacher/quiz-sets/[quizSetId]/${file}`, expected: OWNED_CSV, call: (w: World) => get(w.published.id) },
      {
        // A draft is refused even to its owner: only the frozen snapshot leaves the app.
        name: `route /teacher/quiz-sets/[quizSetId]/${file} (draft)`,
        expected: { ...OWNED_CSV, owner: "409" },
        prepare: (w: World) => w.draft(),
        call: (_w: World, d: QuizSet) => get(d.id),
      },
    ];
  }),
];

let lanePort: number | undefined;
/** A server that does what scripts/serve.mjs does with the lane: its takes() and serveAnswer(). */
async function laneServer(): Promise<number> {
  if (lanePort) return lanePort;
  const server = http.createServer((req, res) => (answerLane.takes(req) ? answerLane.serveAnswer(req, res) : res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref();
  return (lanePort = (server.address() as AddressInfo).port);
}

/** The caller of actAs as a browser would send it: the guest cookie, or next-auth's session cookie. */
async function cookieHeader(): Promise<string> {
  if (who.guestCookie) return `fcq_guest=${who.guestCookie}`;
  if (!who.account) return "";
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: who.account.id } });
  const token = await encode({ token: { uid: who.account.id, role: who.account.role, sv: sessionVersion }, secret: env().NEXTAUTH_SECRET });
  return `next-auth.session-token=${token}`;
}

// Not resource-scoped, each for the reason given: listed so the completeness check knows them.
const NOT_RESOURCE_SCOPED: Record<string, string> = {
  "users.signUpAction": "creates an account; its caller has none by definition",
  "loaders.loadArticles": "lists the caller's own (requireTeacher, owner in the where)",
  "loaders.loadMyAssignments": "the caller's own",
  "loaders.loadClasses": "the caller's own",
  "loaders.loadJoin": "a class's name by its join code, which is the invitation",
  "loaders.loadMyHistory": "the caller's own",
  "loaders.requireTeacher": "the role gate the other loaders use",
  "loaders.loadQuizSets": "the caller's own",
  "loaders.loadAssignableQuizSets": "the caller's own and the library",
  "loaders.loadQuizList": "public library",
  "loaders.loadDemoQuizId": "public demo",
  "loaders.DEMO_QUIZ_SLUG": "a constant",
  "loaders.loadDueCount": "the caller's own",
  "loaders.loadNextReview": "the caller's own",
  "loaders.loadUpcomingReviews": "the caller's own",
  "loaders.loadPracticeReviews": "the caller's own",
  "route /api/auth/[...nextauth]": "next-auth itself",
  "route /api/health": "public health check",
};

describe("authorization matrix (resource × caller → outcome)", () => {
  it.each(ROWS.map((r) => [r.name, r] as const))("%s", async (_name, row) => {
    const seen: Partial<Expect> = {};
    for (const caller of CALLERS) {
      const prepared = row.prepare ? await row.prepare(world) : undefined;
      actAs(caller);
      seen[caller] = await outcome(() => row.call(world, prepared as never));
    }
    expect(seen).toEqual(row.expected);
  });

  it("covers every server action, every loader and every route handler", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const names = new Set([...ROWS.map((r) => r.name), ...Object.keys(NOT_RESOURCE_SCOPED)]);
    const exportsOf = (file: string) =>
      [...readFileSync(path.join(root, file), "utf8").matchAll(/^export (?:async )?(?:const|function) (\w+)/gm)].map((m) => m[1]);
    const missing: string[] = [];
    for (const noun of readdirSync(path.join(root, "lib"))) {
      for (const [file, prefix] of [["actions.ts", noun], ["loaders.ts", "loaders"], ["class-loaders.ts", "loaders"]] as const) {
        let found: string[] = [];
        try {
          found = exportsOf(`lib/${noun}/${file}`);
        } catch {
          continue;
        }
        for (const name of found) if (!names.has(`${prefix}.${name}`)) missing.push(`lib/${noun}/${file}: ${name}`);
      }
    }
    const routes = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? routes(`${dir}/${e.name}`) : e.name === "route.ts" ? [dir.slice("app".length)] : [],
      );
    for (const route of routes("app")) if (!names.has(`route ${route}`)) missing.push(`app${route}/route.ts`);
    // The lanes scripts/serve.mjs puts in front of Next are endpoints too.
    for (const noun of readdirSync(path.join(root, "lib"))) {
      if (!statSync(path.join(root, "lib", noun)).isDirectory()) continue;
      for (const file of readdirSync(path.join(root, "lib", noun))) {
        if (file.endsWith("-lane.ts") && !names.has(`lane lib/${noun}/${file}`)) missing.push(`lib/${noun}/${file}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
