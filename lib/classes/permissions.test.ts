import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createQuizSet, createUser } from "@/prisma/factories";
import { actAs, currentTestUser } from "@/lib/users/test-session";

vi.mock("@/lib/auth", () => ({ getSessionUser: async () => currentTestUser(), getUserWithRole: async (...roles: string[]) => { const u = currentTestUser(); return u && roles.includes(u.role) ? u : null; } }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }) }));

const { createClassAction, removeStudentAction, rotateJoinCodeAction, joinClassAction } = await import("./actions");
const { createArticleAction } = await import("@/lib/articles/actions");
const { publishQuizSetAction, updateQuestionAction } = await import("@/lib/quiz-sets/actions");
const { createAssignmentAction } = await import("@/lib/assignments/actions");
const { getClassForTeacher } = await import("./data");
const { loadResultsCsv } = await import("@/lib/results/loaders");

describe("a server action checks the caller's role itself", () => {
  let teacher: { id: string; role: string }, other: { id: string; role: string }, student: { id: string; role: string };
  beforeAll(async () => {
    teacher = await createUser(db, { role: "teacher" });
    other = await createUser(db, { role: "teacher" });
    student = await createUser(db, { role: "student" });
  });

  it("refuses a student calling teacher actions, and a signed-out caller", async () => {
    actAs(student);
    expect(await createClassAction({ name: "Sneaky" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const article = { title: "T", source: "S", url: "", publishedOn: "2025-02-10", body: "x".repeat(300) };
    expect(await createArticleAction(article)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await publishQuizSetAction({ quizSetId: "any" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(null);
    expect(await createClassAction({ name: "Nobody" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.class.count({ where: { name: { in: ["Sneaky", "Nobody"] } } })).toBe(0);
  });

  it("refuses a teacher acting on another teacher's class or quiz set", async () => {
    actAs(teacher);
    const created = await createClassAction({ name: "Year 10" });
    if (!created.ok) throw new Error(created.message);
    actAs(student);
    expect(await joinClassAction({ code: created.data.joinCode })).toMatchObject({ ok: true });

    actAs(other);
    expect(await getClassForTeacher(other.id, created.data.id)).toBeNull();
    expect(await rotateJoinCodeAction({ classId: created.data.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await removeStudentAction({ classId: created.data.id, studentId: student.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.enrollment.count({ where: { classId: created.data.id } })).toBe(1);

    const draft = await createQuizSet(db, { ownerId: teacher.id, status: "draft" });
    const q = draft.questions[0];
    if (q) {
      const edit = { quizSetId: draft.id, questionId: q.id, prompt: "Hijacked?", choices: q.choices as string[], answerIndex: 0, explanation: "x" };
      expect(await updateQuestionAction(edit)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await publishQuizSetAction({ quizSetId: draft.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const now = Date.now();
    const assign = { classId: created.data.id, quizSetId: draft.id, opensAt: new Date(now).toISOString(), dueAt: new Date(now + 86_400_000).toISOString(), maxAttempts: 1 };
    expect(await createAssignmentAction(assign)).toMatchObject({ ok: false, code: "NOT_FOUND" });

    // The CSV route handler's own check: the owner gets the file, nobody else does.
    const published = await createQuizSet(db, { ownerId: teacher.id, maxQuestions: 2 });
    actAs(teacher);
    const mine = await createAssignmentAction({ ...assign, quizSetId: published.id });
    if (!mine.ok) throw new Error(mine.message);
    expect(await loadResultsCsv(mine.data.id)).toMatchObject({ status: 200 });
    actAs(other);
    expect(await loadResultsCsv(mine.data.id)).toEqual({ status: 404 });
    actAs(student);
    expect(await loadResultsCsv(mine.data.id)).toEqual({ status: 401 });
  });

  it("lets the owner remove a student and rotate the code, which retires the old one", async () => {
    actAs(teacher);
    const created = await createClassAction({ name: "Year 11" });
    if (!created.ok) throw new Error(created.message);
    actAs(student);
    await joinClassAction({ code: created.data.joinCode });
    actAs(teacher);
    const rotated = await rotateJoinCodeAction({ classId: created.data.id });
    expect(rotated.ok && rotated.data.joinCode).not.toBe(created.data.joinCode);
    expect(await removeStudentAction({ classId: created.data.id, studentId: student.id })).toMatchObject({ ok: true });
    actAs(student);
    expect(await joinClassAction({ code: created.data.joinCode })).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});
