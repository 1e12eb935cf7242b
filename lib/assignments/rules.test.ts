import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAttempt, createQuizSet, createUser } from "@/prisma/factories";
import { createClass, joinClass } from "@/lib/classes/mutations";
import { createAssignment } from "./mutations";
import { assertCanPlayAssignment } from "./rules";
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
