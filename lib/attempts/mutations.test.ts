import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ClosedError, NotFoundError } from "@/lib/errors";
import { createQuizSet, createUser } from "@/prisma/factories";
import { getAttemptResult, getPlayState } from "./data";
import { finishAttempt, recordAnswer, startAttempt } from "./mutations";

type QuizSet = Awaited<ReturnType<typeof createQuizSet>>;
let quiz: QuizSet;

beforeAll(async () => {
  // A real quiz from the generator over the seed article, cut short to keep the test quick.
  quiz = await createQuizSet(db, { maxQuestions: 4 });
  expect(quiz.questions.length).toBe(4);
});

const wrongChoice = (q: QuizSet["questions"][number]) => (q.answerIndex + 1) % (q.choices as string[]).length;

describe("startAttempt", () => {
  it("resumes the open attempt instead of starting a second one", async () => {
    const user = await createUser(db, { role: "guest" });
    const first = await startAttempt({ userId: user.id, quizSetId: quiz.id });
    const again = await startAttempt({ userId: user.id, quizSetId: quiz.id });
    expect(first.resumed).toBe(false);
    expect(again).toEqual({ id: first.id, resumed: true });
    expect(await db.attempt.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses a draft quiz set", async () => {
    const draft = await createQuizSet(db, { status: "draft", maxQuestions: 1 });
    const user = await createUser(db);
    await expect(startAttempt({ userId: user.id, quizSetId: draft.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("recordAnswer", () => {
  it("scores on the server and counts a double submit once", async () => {
    const user = await createUser(db, { role: "guest" });
    const { id: attemptId } = await startAttempt({ userId: user.id, quizSetId: quiz.id });
    const q = quiz.questions[0];
    const args = { attemptId, userId: user.id, questionId: q.id, choiceIndex: q.answerIndex };
    // Two identical submits at once (double click) and a late retry with another choice.
    const [a, b] = await Promise.all([recordAnswer(args), recordAnswer(args)]);
    const c = await recordAnswer({ ...args, choiceIndex: wrongChoice(q) });
    for (const r of [a, b, c]) {
      expect(r).toMatchObject({ correct: true, choiceIndex: q.answerIndex, answered: 1, answerIndex: q.answerIndex });
    }
    expect(a.citations).toEqual(q.citations);
    expect(await db.answer.count({ where: { attemptId } })).toBe(1);
  });

  it("resumes at the first unanswered question, which carries no key", async () => {
    const user = await createUser(db, { role: "guest" });
    const { id: attemptId } = await startAttempt({ userId: user.id, quizSetId: quiz.id });
    for (const i of [0, 2]) {
      const q = quiz.questions[i];
      await recordAnswer({ attemptId, userId: user.id, questionId: q.id, choiceIndex: q.answerIndex });
    }
    const state = await getPlayState(attemptId, user.id);
    expect(state).toMatchObject({ answered: 2, total: 4, question: { id: quiz.questions[1].id } });
    expect(Object.keys(state!.question!).sort()).toEqual(["choices", "id", "position", "prompt", "type"]);
  });

  it("finishes with the last answer, stores the score and sends a miss to review", async () => {
    const user = await createUser(db, { role: "guest" });
    const { id: attemptId } = await startAttempt({ userId: user.id, quizSetId: quiz.id });
    let last;
    for (const [i, q] of quiz.questions.entries()) {
      last = await recordAnswer({ attemptId, userId: user.id, questionId: q.id, choiceIndex: i === 1 ? wrongChoice(q) : q.answerIndex });
    }
    expect(last).toMatchObject({ next: null, answered: 4 });
    const result = await getAttemptResult(attemptId, user.id);
    expect(result).toMatchObject({ score: 3, total: 4 });
    expect(result!.finishedAt).toBeInstanceOf(Date);
    expect(result!.questions.filter((q) => !q.answer?.correct).map((q) => q.id)).toEqual([quiz.questions[1].id]);
    const review = await db.reviewItem.findMany({ where: { userId: user.id } });
    expect(review.map((r) => r.questionId)).toEqual([quiz.questions[1].id]);
    expect(await getPlayState(attemptId, user.id)).toBeNull();
  });

  it("refuses another user's attempt and a new answer after finishing", async () => {
    const owner = await createUser(db, { role: "guest" });
    const other = await createUser(db, { role: "guest" });
    const { id: attemptId } = await startAttempt({ userId: owner.id, quizSetId: quiz.id });
    const q = quiz.questions[0];
    await expect(recordAnswer({ attemptId, userId: other.id, questionId: q.id, choiceIndex: 0 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getAttemptResult(attemptId, other.id)).toBeNull();
    const finished = await finishAttempt({ attemptId, userId: owner.id });
    expect(finished.score).toBe(0);
    await expect(recordAnswer({ attemptId, userId: owner.id, questionId: q.id, choiceIndex: 0 })).rejects.toBeInstanceOf(ClosedError);
  });
});
