import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAttempt, createQuizSet, createUser } from "@/prisma/factories";
import { createClass, joinClass } from "@/lib/classes/mutations";
import { createAssignment } from "@/lib/assignments/mutations";
import { getClassMisreadingMaps } from "./class-maps";
import { citedSentenceIds } from "@/lib/attempts/evidence";
import { articleSentences } from "@/lib/quiz-sets/sentences";

const t0 = new Date("2026-03-02T09:00:00Z");

describe("a class's misreading map per article", () => {
  it("counts each student once, with their best finished attempt, and only for the class's teacher", async () => {
    const teacher = await createUser(db, { role: "teacher" });
    const quiz = await createQuizSet(db, { ownerId: teacher.id, maxQuestions: 2 });
    const klass = await createClass(teacher.id, "Map class");
    const students = await Promise.all([1, 2, 3, 4].map(() => createUser(db, { role: "student" })));
    for (const s of students) await joinClass(s.id, klass.joinCode);
    const assignmentId = (await createAssignment(teacher.id, { classId: klass.id, quizSetId: quiz.id, opensAt: t0, dueAt: new Date(t0.getTime() + 86_400_000), maxAttempts: 3 })).id;
    const base = { quizSetId: quiz.id, assignmentId, startedAt: t0 };
    // Student 1 misses question 1, then gets everything right: the better attempt counts.
    await createAttempt(db, { ...base, userId: students[0].id, answers: ["wrong", "right"], finishedAt: t0 });
    await createAttempt(db, { ...base, userId: students[0].id, answers: ["right", "right"], finishedAt: new Date(t0.getTime() + 60_000) });
    await createAttempt(db, { ...base, userId: students[1].id, answers: ["wrong", "right"], finishedAt: t0 });
    await createAttempt(db, { ...base, userId: students[2].id, answers: ["right", "wrong"], finishedAt: t0 });
    // Unfinished: not counted.
    await createAttempt(db, { ...base, userId: students[3].id, answers: ["wrong", "wrong"] });

    const [entry, ...rest] = await getClassMisreadingMaps(teacher.id, klass.id);
    expect(rest).toEqual([]);
    expect(entry.article.id).toBe(quiz.article.id);
    expect(entry.students).toBe(3);
    const sentences = articleSentences(quiz.article.body);
    const s1 = entry.map.find((s) => s.id === citedSentenceIds(sentences, quiz.questions[0].citations as { start: number; end: number }[])[0])!;
    expect([s1.students, s1.missed, s1.shareMissed]).toEqual([3, 1, 1 / 3]);

    const other = await createUser(db, { role: "teacher" });
    expect(await getClassMisreadingMaps(other.id, klass.id)).toEqual([]);
  });
});
