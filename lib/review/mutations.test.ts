import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAnswer, startAttempt } from "@/lib/attempts/mutations";
import { createQuizSet, createUser } from "@/prisma/factories";
import { countDueReviews, getNextDueReview } from "./data";
import { answerDueReview, recordReviewOutcome } from "./mutations";

const t0 = new Date("2026-03-01T09:00:00.000Z");
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

describe("review schedule against a real database", () => {
  let quiz: Awaited<ReturnType<typeof createQuizSet>>;
  beforeAll(async () => {
    quiz = await createQuizSet(db, { maxQuestions: 3 });
    expect(quiz.questions.length).toBe(3);
  });
  const wrongChoice = (q: { answerIndex: number; choices: unknown }) => (q.answerIndex + 1) % (q.choices as string[]).length;

  it("a miss in play comes back after 1 day, then 3, then retires; review answers are stored apart", async () => {
    const user = await createUser(db, { role: "student" });
    const q = quiz.questions[0];
    await recordReviewOutcome(db, { userId: user.id, questionId: q.id, correct: false, at: t0 });
    expect(await countDueReviews(user.id, new Date(days(1).getTime() - 1))).toBe(0);
    expect(await countDueReviews(user.id, days(1))).toBe(1);

    const first = await answerDueReview({ userId: user.id, questionId: q.id, choiceIndex: q.answerIndex, at: days(1) });
    expect(first).toMatchObject({ correct: true, counted: true, next: { retired: false, dueAt: days(4).toISOString() } });
    expect(first.citations[0].text).toBe(first.article.body.slice(first.citations[0].start, first.citations[0].end));
    // A double submit gets the feedback but does not count twice.
    const again = await answerDueReview({ userId: user.id, questionId: q.id, choiceIndex: q.answerIndex, at: days(1) });
    expect(again.counted).toBe(false);
    expect(await db.reviewAnswer.count({ where: { userId: user.id } })).toBe(1);

    const second = await answerDueReview({ userId: user.id, questionId: q.id, choiceIndex: q.answerIndex, at: days(4) });
    expect(second.next.retired).toBe(true);
    expect(await countDueReviews(user.id, days(30))).toBe(0);
    // Never in an attempt's score: no attempt was created by reviewing.
    expect(await db.attempt.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a wrong review resets the streak and brings it back the next day", async () => {
    const user = await createUser(db, { role: "student" });
    const q = quiz.questions[1];
    await recordReviewOutcome(db, { userId: user.id, questionId: q.id, correct: false, at: t0 });
    await answerDueReview({ userId: user.id, questionId: q.id, choiceIndex: q.answerIndex, at: days(1) });
    const wrong = await answerDueReview({ userId: user.id, questionId: q.id, choiceIndex: wrongChoice(q), at: days(4) });
    expect(wrong).toMatchObject({ correct: false, counted: true, next: { retired: false, dueAt: days(5).toISOString() } });
    const item = await db.reviewItem.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId: q.id } } });
    expect(item).toMatchObject({ streak: 0, stage: 1 });
  });

  it("the due prompt carries no answer key, and nobody reads a key without an item", async () => {
    const user = await createUser(db, { role: "guest" });
    const q = quiz.questions[2];
    await recordReviewOutcome(db, { userId: user.id, questionId: q.id, correct: false, at: t0 });
    const prompt = await getNextDueReview(user.id, days(1));
    expect(prompt).toMatchObject({ questionId: q.id, prompt: q.prompt, dueCount: 1 });
    expect(Object.keys(prompt!).sort()).toEqual(["article", "choices", "dueCount", "prompt", "questionId", "quizTitle", "streak", "type"]);
    expect(JSON.stringify(prompt)).not.toContain(q.explanation);
    const stranger = await createUser(db, { role: "student" });
    await expect(answerDueReview({ userId: stranger.id, questionId: q.id, choiceIndex: 0, at: days(1) })).rejects.toThrow(/not found/);
  });

  it("recordAnswer in a normal attempt creates the item for a missed question only", async () => {
    const user = await createUser(db, { role: "student" });
    const { id: attemptId } = await startAttempt({ userId: user.id, quizSetId: quiz.id, now: t0 });
    const [right, wrong] = quiz.questions;
    await recordAnswer({ attemptId, userId: user.id, questionId: right.id, choiceIndex: right.answerIndex, at: t0 });
    await recordAnswer({ attemptId, userId: user.id, questionId: wrong.id, choiceIndex: wrongChoice(wrong), at: t0 });
    const items = await db.reviewItem.findMany({ where: { userId: user.id } });
    expect(items.map((i) => [i.questionId, i.dueAt.toISOString()])).toEqual([[wrong.id, days(1).toISOString()]]);
  });
});
