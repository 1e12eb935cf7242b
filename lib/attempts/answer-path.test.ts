// The answer action is what a whole class sends at the same moment (issue 9): this counts the SQL
// statements one answer costs, session included, through the real action against a real
// database, so a change that adds a statement to the hot path fails here (and has to say why).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { countStatements } from "@/lib/statement-log";
import { createQuizSet, createUser } from "@/prisma/factories";

const who = vi.hoisted(() => ({ guestCookie: undefined as string | undefined }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => null, getUserWithRole: async () => null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (who.guestCookie ? { value: who.guestCookie } : undefined), set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers(),
}));

const { guestToken } = await import("@/lib/session");
const { answerQuestionAction } = await import("./actions");
const { startAttempt } = await import("./mutations");

type QuizSet = Awaited<ReturnType<typeof createQuizSet>>;
let quiz: QuizSet;
beforeAll(async () => {
  quiz = await createQuizSet(db, { maxQuestions: 3 });
  expect(quiz.questions.length).toBe(3);
});

const wrong = (q: QuizSet["questions"][number]) => (q.answerIndex + 1) % (q.choices as string[]).length;
const isTransactionControl = (sql: string) => /^(BEGIN|COMMIT|ROLLBACK)\b/i.test(sql.trim());
const isLock = (sql: string) => /pg_advisory_xact_lock/.test(sql);
// PostgreSQL takes the attempt's advisory lock first (lib/serialize); SQLite needs no statement.
const LOCKS = /^postgres/.test(process.env.DATABASE_URL ?? "") ? 1 : 0;

async function answer(attemptId: string, q: QuizSet["questions"][number], choiceIndex: number) {
  const { result, statements } = await countStatements(() => answerQuestionAction({ attemptId, questionId: q.id, choiceIndex }));
  expect(result.ok).toBe(true);
  const data = statements.filter((s) => !isTransactionControl(s) && !isLock(s));
  expect(statements.filter(isLock)).toHaveLength(LOCKS);
  return { result, data, control: statements.filter(isTransactionControl) };
}

describe("the answer action's statements", () => {
  it("costs the guest lookup, one read and one insert for a right answer, in one transaction", async () => {
    const guest = await createUser(db, { role: "guest" });
    who.guestCookie = guestToken(guest.id);
    const { id: attemptId } = await startAttempt({ userId: guest.id, quizSetId: quiz.id });

    const right = await answer(attemptId, quiz.questions[0], quiz.questions[0].answerIndex);
    expect(right.data).toHaveLength(3);
    expect(right.data[2]).toMatch(/^\s*INSERT INTO "Answer"/);
    expect(right.control.map((s) => s.trim().split(/\s/)[0].toUpperCase())).toEqual(["BEGIN", "COMMIT"]);

    // A wrong answer also stores the review item: one statement more.
    const missed = await answer(attemptId, quiz.questions[1], wrong(quiz.questions[1]));
    expect(missed.data).toHaveLength(4);
    expect(missed.data[3]).toMatch(/INSERT INTO "ReviewItem"/);

    // The last answer finishes the attempt in one more statement.
    const last = await answer(attemptId, quiz.questions[2], quiz.questions[2].answerIndex);
    expect(last.data).toHaveLength(4);
    expect(last.data[3]).toMatch(/^\s*UPDATE "Attempt"/);
    expect(last.result.ok && last.result.data.next).toBeNull();
    expect(await db.attempt.findUnique({ where: { id: attemptId }, select: { score: true, finishedAt: true } }))
      .toEqual({ score: 2, finishedAt: expect.any(Date) });

    // A repeat submit writes nothing and returns the first answer.
    const again = await answer(attemptId, quiz.questions[1], quiz.questions[1].answerIndex);
    expect(again.data).toHaveLength(2);
    expect(again.result.ok && again.result.data.correct).toBe(false);
  });

  it("returns the next unanswered question in play order with the feedback", async () => {
    const guest = await createUser(db, { role: "guest" });
    who.guestCookie = guestToken(guest.id);
    const { id: attemptId } = await startAttempt({ userId: guest.id, quizSetId: quiz.id });
    // Answering out of order: the second question first, then the next is the first.
    const { result } = await answer(attemptId, quiz.questions[1], 0);
    expect(result.ok && result.data.next?.id).toBe(quiz.questions[0].id);
    expect(result.ok && result.data.next).not.toHaveProperty("answerIndex");
    expect(result.ok && { answered: result.data.answered, total: result.data.total }).toEqual({ answered: 1, total: 3 });
  });
});
