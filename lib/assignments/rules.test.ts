import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAttempt, createQuizSet, createUser } from "@/prisma/factories";
import { createClass, joinClass } from "@/lib/classes/mutations";
import { createAssignment, deleteAssignment, updateAssignment } from "./mutations";
import { assertCanPlayAssignment, closedReason } from "./rules";
import { listStudentAssignments } from "./data";

const opens = new Date("2026-04-01T08:00:00Z");
const due = new Date("2026-04-08T08:00:00Z");
const during = new Date("2026-04-03T08:00:00Z");

describe("assignment rules", () => {
  let quizSetId: string, assignmentId: string, student: string, outsider: string;
  beforeAll(async () => {
    const teacher = (await createUser(db, { role: "teacher" })).id;
    quizSetId = (await createQuizSet(db, { ownerId: teacher, maxQuestions: 2 })).id;
    const klass = await createClass(teacher, "Rules class");
    student = (await createUser(db, { role: "student" })).id;
    outsider = (await createUser(db, { role: "student" })).id;
    await joinClass(student, klass.joinCode);
    assignmentId = (await createAssignment(teacher, { classId: klass.id, quizSetId, opensAt: opens, dueAt: due, maxAttempts: 1 })).id;
  });
  const check = (userId: string, now: Date) => assertCanPlayAssignment({ userId, assignmentId, quizSetId, now });

  it("refuses a student outside the class", async () => {
    await expect(check(outsider, during)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
  it("refuses before the opening date and after the due date", async () => {
    await expect(check(student, new Date(opens.getTime() - 1))).rejects.toMatchObject({ code: "CLOSED" });
    await expect(check(student, due)).rejects.toMatchObject({ code: "CLOSED" });
  });
  it("allows the first attempt, resumes an open one, and refuses past the attempts allowed", async () => {
    await expect(check(student, during)).resolves.toBeUndefined();
    const open = await createAttempt(db, { userId: student, quizSetId, assignmentId, answers: ["right"], startedAt: during });
    // An open attempt may be finished even after the due date.
    await expect(check(student, new Date(due.getTime() + 60_000))).resolves.toBeUndefined();
    expect((await listStudentAssignments(student, during)).find((a) => a.id === assignmentId)?.status).toBe("in_progress");
    await db.attempt.update({ where: { id: open.id }, data: { finishedAt: during, score: 1 } });
    await expect(check(student, during)).rejects.toMatchObject({ code: "CLOSED" });
    const mine = (await listStudentAssignments(student, during)).find((a) => a.id === assignmentId);
    expect(mine).toMatchObject({ status: "done", best: { score: 1 }, attemptsUsed: 1 });
  });
  it("lists overdue for a student who never finished, and nothing of other classes", async () => {
    const other = await createUser(db, { role: "student" });
    expect(await listStudentAssignments(other.id, due)).toEqual([]);
    const klass = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { class: { select: { joinCode: true } } } });
    await joinClass(other.id, klass.class.joinCode);
    expect((await listStudentAssignments(other.id, due))[0].status).toBe("overdue");
  });
});

describe("closedReason", () => {
  it.each([
    [{ pastDue: true, maxAttempts: 3 }, "This assignment is past its due date"],
    [{ pastDue: false, maxAttempts: 1 }, "You have used the one attempt this assignment allows"],
    [{ pastDue: false, maxAttempts: 4 }, "You have used all 4 attempts this assignment allows"],
  ])("%o → %s", (standing, expected) => {
    expect(closedReason(standing)).toBe(expected);
  });
});

describe("editing and deleting an assignment", () => {
  it("an extended due date reopens it for a student with an attempt left; deleting keeps the attempts as practice", async () => {
    const teacher = (await createUser(db, { role: "teacher" })).id;
    const other = (await createUser(db, { role: "teacher" })).id;
    const quizSetId = (await createQuizSet(db, { ownerId: teacher, maxQuestions: 2 })).id;
    const klass = await createClass(teacher, "Edit class");
    const student = (await createUser(db, { role: "student" })).id;
    await joinClass(student, klass.joinCode);
    const { id } = await createAssignment(teacher, { classId: klass.id, quizSetId, opensAt: opens, dueAt: due, maxAttempts: 2 });
    await createAttempt(db, { userId: student, quizSetId, assignmentId: id, answers: ["right", "wrong"], startedAt: during, finishedAt: during });
    const later = new Date(due.getTime() + 86_400_000);
    const check = () => assertCanPlayAssignment({ userId: student, assignmentId: id, quizSetId, now: later });
    await expect(check()).rejects.toMatchObject({ code: "CLOSED" });
    await expect(updateAssignment(other, { assignmentId: id, opensAt: opens, dueAt: new Date(later.getTime() + 1), maxAttempts: 2 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await updateAssignment(teacher, { assignmentId: id, opensAt: opens, dueAt: new Date(later.getTime() + 86_400_000), maxAttempts: 2 });
    await expect(check()).resolves.toBeUndefined();
    await expect(deleteAssignment(other, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteAssignment(teacher, id);
    expect(await db.assignment.findUnique({ where: { id } })).toBeNull();
    const kept = await db.attempt.findMany({ where: { userId: student, quizSetId } });
    expect(kept.map((a) => a.assignmentId)).toEqual([null]);
  });
});
