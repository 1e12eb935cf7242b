import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAttempt, createQuizSet, createUser } from "@/prisma/factories";
import { createClass, joinClass } from "@/lib/classes/mutations";
import { createAssignment } from "@/lib/assignments/mutations";
import { getAssignmentResults } from "./data";
import { csvCell, toCsv } from "./csv";
import { resultsCsv, CSV_HEADER } from "./export";

const t0 = new Date("2026-03-02T09:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe("assignment results against a real database", () => {
  let teacherId: string, assignmentId: string, quiz: Awaited<ReturnType<typeof createQuizSet>>;
  let ana: { id: string }, ben: { id: string }, cy: { id: string };

  beforeAll(async () => {
    teacherId = (await createUser(db, { role: "teacher" })).id;
    quiz = await createQuizSet(db, { ownerId: teacherId, maxQuestions: 4 });
    const klass = await createClass(teacherId, "Results class");
    [ana, ben, cy] = await Promise.all(["Ana", "Ben", "Cy"].map((name) => createUser(db, { role: "student", name })));
    for (const s of [ana, ben, cy]) await joinClass(s.id, klass.joinCode);
    assignmentId = (await createAssignment(teacherId, { classId: klass.id, quizSetId: quiz.id, opensAt: t0, dueAt: minutes(60 * 24), maxAttempts: 2 })).id;
    const base = { quizSetId: quiz.id, assignmentId };
    // Ana: a weak first try, then a better second one (the best counts).
    await createAttempt(db, { ...base, userId: ana.id, answers: ["wrong", "wrong", "wrong", "wrong"], startedAt: minutes(0), finishedAt: minutes(5) });
    await createAttempt(db, { ...base, userId: ana.id, answers: ["right", "right", "wrong", "right"], startedAt: minutes(10), finishedAt: minutes(13) });
    await createAttempt(db, { ...base, userId: ben.id, answers: ["right", "wrong", "wrong", "right"], startedAt: minutes(20), finishedAt: minutes(24) });
    // Cy started and stopped: nothing counts yet.
    await createAttempt(db, { ...base, userId: cy.id, answers: ["right"], startedAt: minutes(30) });
  });

  it("counts each student's best finished attempt, with time, attempts and when", async () => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(4);
    const r = (await getAssignmentResults(teacherId, assignmentId))!;
    const byName = Object.fromEntries(r.perStudent.map((p) => [p.student.name, p]));
    expect(byName.Ana).toMatchObject({ score: 3, total: 4, attempts: 2, timeTakenMs: 3 * 60_000, finishedAt: minutes(13) });
    expect(byName.Ben).toMatchObject({ score: 2, attempts: 1, timeTakenMs: 4 * 60_000 });
    expect(byName.Cy).toMatchObject({ score: null, attempts: 1, timeTakenMs: null });
  });

  it("gives per question the share correct, the most chosen wrong answer and the cited sentence", async () => {
    const r = (await getAssignmentResults(teacherId, assignmentId))!;
    const [q1, q2, q3] = r.perQuestion;
    expect([q1.correct, q1.answered, q1.shareCorrect]).toEqual([2, 2, 1]);
    expect(q1.mostChosenWrong).toBeNull();
    expect([q2.correct, q2.answered]).toEqual([1, 2]);
    expect(q3.shareCorrect).toBe(0);
    // The factory's wrong pick is the choice after the key.
    const q3Row = quiz.questions[2];
    expect(q3.mostChosenWrong).toEqual({ choice: (q3Row.choices as string[])[(q3Row.answerIndex + 1) % (q3Row.choices as string[]).length], count: 2 });
    const article = quiz.article.body;
    const c = (q3Row.citations as { start: number; end: number }[])[0];
    expect(q3.citedSentence.startsWith(article.slice(c.start, c.end))).toBe(true);
    const answered = r.perSkill.reduce((n, s) => n + s.answered, 0);
    expect(answered).toBe(8);
    expect(r.perSkill.reduce((n, s) => n + s.correct, 0)).toBe(5);
  });

  it("shows nothing to another teacher", async () => {
    const other = await createUser(db, { role: "teacher" });
    expect(await getAssignmentResults(other.id, assignmentId)).toBeNull();
  });

  it("exports one row per student per question, matching what was played", async () => {
    const r = (await getAssignmentResults(teacherId, assignmentId))!;
    const csv = resultsCsv(r.questions, r.perStudent);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 3 * r.questions.length);
    expect(lines[0]).toBe(CSV_HEADER.map((h) => `"${h}"`).join(","));
    const anaRows = lines.filter((l) => l.startsWith('"Ana"'));
    expect(anaRows.map((l) => l.split('","')[8])).toEqual(["yes", "yes", "no", "yes", ...Array(r.questions.length - 4).fill("")]);
  });

  it("puts the evidence pick and its verdict beside the answer, empty where none was asked", async () => {
    const ben = (await getAssignmentResults(teacherId, assignmentId))!.perStudent.find((p) => p.student.name === "Ben")!;
    const first = ben.counted!.answers.find((a) => a.questionId === quiz.questions[0].id)!;
    await db.answer.updateMany({ where: { attemptId: ben.counted!.id, questionId: first.questionId }, data: { evidenceSentence: 2, evidenceFound: false } });
    const r = (await getAssignmentResults(teacherId, assignmentId))!;
    const benAfter = r.perStudent.find((p) => p.student.name === "Ben")!;
    expect(benAfter.evidence).toEqual({ found: 0, of: 1 });
    expect(r.perQuestion[0].evidence).toEqual({ found: 0, of: 1 });
    const lines = resultsCsv(r.questions, r.perStudent, (id) => `sentence ${id}`).slice(1).trimEnd().split("\r\n");
    const cells = (l: string) => l.slice(1, -1).split('","');
    const benRows = lines.filter((l) => l.startsWith('"Ben"')).map(cells);
    expect(benRows[0].slice(-2)).toEqual(["sentence 2", "no"]);
    expect(benRows[1].slice(-2)).toEqual(["", ""]);
  });
});

describe("CSV cells", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", `"'=HYPERLINK(""http://x"")"`],
    ["+1", `"'+1"`],
    ["-2", `"'-2"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\tx", `"'\tx"`],
    ["\rx", `"'\rx"`],
    ["He said, \"no\"\nthen left", `"He said, ""no""\nthen left"`],
    ["Peskov – “neither”", `"Peskov – “neither”"`],
    [null, `""`],
  ])("%j → %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("starts with a BOM and ends rows with CRLF", () => {
    expect(toCsv([["a", 1], ["b", 2]])).toBe('\uFEFF"a","1"\r\n"b","2"\r\n');
  });
});
