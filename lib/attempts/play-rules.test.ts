import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createQuizSet, createUser } from "@/prisma/factories";
import { actAs, currentTestUser } from "@/lib/users/test-session";
import { createClass, joinClass, removeStudent } from "@/lib/classes/mutations";
import { createAssignment } from "@/lib/assignments/mutations";

vi.mock("@/lib/auth", () => ({ getSessionUser: async () => currentTestUser() }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }) }));

const { startAttemptAction, answerQuestionAction } = await import("./actions");
const { startAttempt } = await import("./mutations");

const hour = 3_600_000;
type QuizSet = Awaited<ReturnType<typeof createQuizSet>>;

/** A teacher's class with one enrolled student and a 1-attempt assignment open now. */
async function assignedQuiz(maxAttempts = 1) {
  const teacher = await createUser(db, { role: "teacher" });
  const student = await createUser(db, { role: "student" });
  const quiz = await createQuizSet(db, { ownerId: teacher.id, maxQuestions: 2 });
  const klass = await createClass(teacher.id, "Play rules");
  await joinClass(student.id, klass.joinCode);
  const now = Date.now();
  const assignment = await createAssignment(teacher.id, {
    classId: klass.id,
    quizSetId: quiz.id,
    opensAt: new Date(now - hour),
    dueAt: new Date(now + 24 * hour),
    maxAttempts,
  });
  return { teacher, student, quiz, klass, assignmentId: assignment.id };
}

const answer = (attemptId: string, q: QuizSet["questions"][number]) => answerQuestionAction({ attemptId, questionId: q.id, choiceIndex: q.answerIndex });

describe("practice play of an assigned quiz set", () => {
  let setup: Awaited<ReturnType<typeof assignedQuiz>>;
  beforeAll(async () => {
    setup = await assignedQuiz();
  });

  it("refuses a start without the assignment while the assignment is open to the student", async () => {
    actAs(setup.student);
    const practice = await startAttemptAction({ quizSetId: setup.quiz.id });
    expect(practice).toMatchObject({ ok: false, code: "CLOSED" });
    expect(await db.attempt.count({ where: { userId: setup.student.id } })).toBe(0);
  });

  it("refuses answers (and so keys) in a practice attempt left open from before the assignment", async () => {
    const extra = await assignedQuiz();
    // A practice attempt that existed before the quiz set was assigned.
    const early = await db.attempt.create({ data: { userId: extra.student.id, quizSetId: extra.quiz.id, total: 2 } });
    actAs(extra.student);
    const reply = await answer(early.id, extra.quiz.questions[0]);
    expect(reply).toMatchObject({ ok: false, code: "CLOSED" });
    expect(JSON.stringify(reply)).not.toContain("explanation");
    expect(await db.answer.count({ where: { attemptId: early.id } })).toBe(0);
  });

  it("still lets the student play the assignment, and practise once it no longer is open to them", async () => {
    actAs(setup.student);
    const real = await startAttemptAction({ quizSetId: setup.quiz.id, assignmentId: setup.assignmentId });
    if (!real.ok) throw new Error(real.message);
    for (const q of setup.quiz.questions) expect(await answer(real.data.attemptId, q)).toMatchObject({ ok: true });
    // All attempts used: the keys are no longer worth anything, so practice is free again.
    expect(await startAttemptAction({ quizSetId: setup.quiz.id })).toMatchObject({ ok: true });
  });

  it("leaves everyone else free to practise: another class's student, the teacher, a guest", async () => {
    const outsider = await createUser(db, { role: "student" });
    const guest = await createUser(db, { role: "guest" });
    for (const who of [outsider, setup.teacher]) {
      actAs(who);
      expect(await startAttemptAction({ quizSetId: setup.quiz.id })).toMatchObject({ ok: true });
    }
    await expect(startAttempt({ userId: guest.id, quizSetId: setup.quiz.id })).resolves.toMatchObject({ resumed: false });
  });
});

describe("assignment attempts", () => {
  it("refuses answers from a student removed from the class after starting", async () => {
    const { teacher, student, quiz, klass, assignmentId } = await assignedQuiz();
    actAs(student);
    const started = await startAttemptAction({ quizSetId: quiz.id, assignmentId });
    if (!started.ok) throw new Error(started.message);
    await removeStudent(teacher.id, klass.id, student.id);
    expect(await answer(started.data.attemptId, quiz.questions[0])).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.answer.count({ where: { attemptId: started.data.attemptId } })).toBe(0);
  });

  it("two concurrent starts under a 1-attempt limit make one attempt", async () => {
    const { student, quiz, assignmentId } = await assignedQuiz();
    const starts = await Promise.all([1, 2, 3].map(() => startAttempt({ userId: student.id, quizSetId: quiz.id, assignmentId })));
    expect(new Set(starts.map((s) => s.id)).size).toBe(1);
    expect(await db.attempt.count({ where: { userId: student.id, assignmentId } })).toBe(1);
  });
});
