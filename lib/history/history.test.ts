import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAssignment } from "@/lib/assignments/mutations";
import { createClass, joinClass } from "@/lib/classes/mutations";
import { skillOf } from "@/lib/quiz/schema";
import { answerDueReview, recordReviewOutcome } from "@/lib/review/mutations";
import { createAttempt, createQuizSet, createUser } from "@/prisma/factories";
import { scoreSeries, skillSeries, summarise } from "./aggregates";
import { classHistory } from "./class-aggregates";
import { getClassHistoryRows } from "./class-data";
import { classHistoryCsv } from "./class-export";
import { listAttempts, listSkillAnswers } from "./data";
import { periodStart } from "./schema";

const t0 = new Date("2026-03-02T09:00:00.000Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const days = (n: number) => minutes(n * 24 * 60);

describe("student history against a real database", () => {
  let quiz: Awaited<ReturnType<typeof createQuizSet>>;
  let userId: string, classId: string;

  beforeAll(async () => {
    quiz = await createQuizSet(db, { maxQuestions: 4 });
    const teacher = await createUser(db, { role: "teacher" });
    const klass = await createClass(teacher.id, "History 7B");
    classId = klass.id;
    userId = (await createUser(db, { role: "student" })).id;
    await joinClass(userId, klass.joinCode);
    const { id: assignmentId } = await createAssignment(teacher.id, { classId, quizSetId: quiz.id, opensAt: t0, dueAt: days(7), maxAttempts: 3 });
    // Free play 1/4 first, then 3/4 for the class ten days later, then one left unfinished.
    await createAttempt(db, { userId, quizSetId: quiz.id, answers: ["right", "wrong", "wrong", "wrong"], startedAt: minutes(0), finishedAt: minutes(4) });
    await createAttempt(db, { userId, quizSetId: quiz.id, assignmentId, answers: ["right", "right", "wrong", "right"], startedAt: days(10), finishedAt: new Date(days(10).getTime() + 150_000) });
    await createAttempt(db, { userId, quizSetId: quiz.id, answers: ["wrong"], startedAt: days(11) });
    // A review of the first question, answered right: a skill point, never a score.
    const q = quiz.questions[1];
    await recordReviewOutcome(db, { userId, questionId: q.id, correct: false, at: days(11) });
    await answerDueReview({ userId, questionId: q.id, choiceIndex: q.answerIndex, at: days(12) });
  });

  it("lists every attempt and scores over time in finishing order", async () => {
    const attempts = await listAttempts({ userId, since: null });
    expect(attempts.map((a) => [a.score, a.total, a.finishedAt !== null])).toEqual([[0, 4, false], [3, 4, true], [1, 4, true]]);
    expect(attempts[1].className).toBe("History 7B");
    expect(scoreSeries(attempts).map((p) => p.percent)).toEqual([25, 75]);
    expect(summarise(attempts)).toEqual({ finished: 2, inProgress: 1, averagePercent: 50, bestPercent: 75 });
  });

  it("counts review answers in the skills, one point per review day", async () => {
    const answers = await listSkillAnswers({ userId, since: null });
    expect(answers).toHaveLength(4 + 4 + 1 + 1);
    const q1 = skillOf(quiz.questions[1].type);
    const series = skillSeries(answers).find((s) => s.skill === q1)!;
    const review = series.points.filter((p) => p.label === "Review");
    expect(review).toEqual([{ at: days(12), label: "Review", correct: 1, total: 1, percent: 100 }]);
    const total = skillSeries(answers).reduce((n, s) => n + s.total, 0);
    expect(total).toBe(10);
  });

  it("filters by period and by class", async () => {
    const lastWeek = await listAttempts({ userId, since: periodStart("7d", days(12)) });
    expect(lastWeek.map((a) => a.score)).toEqual([0, 3]);
    const forClass = await listAttempts({ userId, since: null, classId });
    expect(forClass.map((a) => a.score)).toEqual([3]);
    const classAnswers = await listSkillAnswers({ userId, since: null, classId });
    // The class's four answers plus the review of a question from the assigned quiz set.
    expect(classAnswers).toHaveLength(5);
  });
});

describe("class history against a real database", () => {
  let teacherId: string, classId: string, quiz: Awaited<ReturnType<typeof createQuizSet>>;
  let ana: { id: string }, ben: { id: string }, cy: { id: string };

  beforeAll(async () => {
    teacherId = (await createUser(db, { role: "teacher" })).id;
    quiz = await createQuizSet(db, { ownerId: teacherId, maxQuestions: 4 });
    const klass = await createClass(teacherId, "Class history");
    classId = klass.id;
    [ana, ben, cy] = await Promise.all(["Ana", "=HYPERLINK(\"x\")", "Cy"].map((name) => createUser(db, { role: "student", name })));
    for (const s of [ana, ben, cy]) await joinClass(s.id, klass.joinCode);
    const first = await createAssignment(teacherId, { classId, quizSetId: quiz.id, opensAt: t0, dueAt: days(2), maxAttempts: 2 });
    const second = await createAssignment(teacherId, { classId, quizSetId: quiz.id, opensAt: days(3), dueAt: days(5), maxAttempts: 1 });
    const base = { quizSetId: quiz.id, assignmentId: first.id };
    // Ana's better try comes first: the best, not the latest, must count.
    await createAttempt(db, { ...base, userId: ana.id, answers: ["right", "right", "wrong", "right"], startedAt: minutes(0), finishedAt: minutes(3) });
    await createAttempt(db, { ...base, userId: ana.id, answers: ["wrong", "wrong", "wrong", "wrong"], startedAt: minutes(10), finishedAt: minutes(15) });
    await createAttempt(db, { ...base, userId: ben.id, answers: ["right", "wrong", "wrong", "wrong"], startedAt: minutes(20), finishedAt: minutes(24) });
    await createAttempt(db, { ...base, userId: cy.id, answers: ["right"], startedAt: minutes(30) });
    await createAttempt(db, { quizSetId: quiz.id, assignmentId: second.id, userId: ben.id, answers: ["right", "right", "right", "right"], startedAt: days(3), finishedAt: days(3.01) });
  });

  it("averages each student's best attempt per assignment and names who has not attempted", async () => {
    const [first, second] = classHistory((await getClassHistoryRows(teacherId, classId))!);
    expect(first.averagePercent).toBe(50); // Ana 75 (best of 75 then 0), Ben 25
    expect(first.done).toBe(2);
    expect(first.inProgress.map((s) => s.name)).toEqual(["Cy"]);
    expect(first.notAttempted).toEqual([]);
    expect(Object.values(first.skills).reduce((n, t) => n + t.total, 0)).toBe(8);
    expect(second.averagePercent).toBe(100);
    expect(second.notAttempted.map((s) => s.name).sort()).toEqual(["Ana", "Cy"]);
    const anaFirst = first.students.find((s) => s.student.id === ana.id)!;
    expect(anaFirst).toMatchObject({ status: "done", attempts: 2, best: { score: 3, total: 4, percent: 75, seconds: 180 } });
  });

  it("one student's progress, and nothing for another teacher or a student not in the class", async () => {
    expect(await listAttempts({ userId: (await createUser(db, { role: "student" })).id, since: null })).toEqual([]);
    const rows = (await getClassHistoryRows(teacherId, classId, ben.id))!;
    expect(classHistory(rows).map((a) => a.students[0].best?.percent)).toEqual([25, 100]);
    const other = await createUser(db, { role: "teacher" });
    expect(await getClassHistoryRows(other.id, classId)).toBeNull();
    const outsider = await createUser(db, { role: "student" });
    expect(await getClassHistoryRows(teacherId, classId, outsider.id)).toBeNull();
  });

  it("exports one CSV row per student per assignment with formulas neutralised", async () => {
    const csv = classHistoryCsv("Class history", classHistory((await getClassHistoryRows(teacherId, classId))!));
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 2 * 3);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines.find((l) => l.includes('"Ana"'))).toContain('"done","2","3","4","75","180"');
  });
});
