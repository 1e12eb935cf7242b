import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAttempt, createQuizSet, createUser } from "@/prisma/factories";
import { getArticleWithCitations, getPlayableQuizSet, listPlayableQuizSets } from "./data";

describe("playable quiz sets", () => {
  it("lists the library and the viewing teacher's own sets, never drafts or other teachers' sets", async () => {
    const [me, other] = [await createUser(db, { role: "teacher" }), await createUser(db, { role: "teacher" })];
    const library = await createQuizSet(db, { maxQuestions: 2 });
    const mine = await createQuizSet(db, { ownerId: me.id, maxQuestions: 2 });
    const theirs = await createQuizSet(db, { ownerId: other.id, maxQuestions: 2 });
    const draft = await createQuizSet(db, { status: "draft", maxQuestions: 2 });
    const ids = (list: { id: string }[]) => list.map((q) => q.id);

    const forMe = ids(await listPlayableQuizSets(me.id));
    expect(forMe).toEqual(expect.arrayContaining([library.id, mine.id]));
    expect(forMe).not.toContain(theirs.id);
    expect(forMe).not.toContain(draft.id);
    expect(ids(await listPlayableQuizSets(null))).not.toContain(mine.id);
    // A teacher's set is still playable by its link (id or share code); a draft is not.
    expect((await getPlayableQuizSet(theirs.shareCode))?.id).toBe(theirs.id);
    expect(await getPlayableQuizSet(draft.id)).toBeNull();
  });

  it("never loads the questions with the set it hands to the play page", async () => {
    const quiz = await createQuizSet(db, { maxQuestions: 2 });
    const loaded = await getPlayableQuizSet(quiz.id);
    expect(loaded).toMatchObject({ id: quiz.id, questionCount: 2 });
    expect(loaded).not.toHaveProperty("questions");
  });

  it("marks in the reading view only the citations of questions the viewer has answered, each equal to its body slice", async () => {
    const quiz = await createQuizSet(db, { file: "wikinews-2015-08-21-north-korea-quasi-state-of-war" });
    const reader = await createUser(db, { role: "guest" });
    expect((await getArticleWithCitations(quiz.articleId, null))!.citations).toEqual([]);
    expect((await getArticleWithCitations(quiz.articleId, reader.id))!.citations).toEqual([]);
    await createAttempt(db, { userId: reader.id, quizSetId: quiz.id, answers: ["wrong"] });
    const found = await getArticleWithCitations(quiz.articleId, reader.id);
    expect(found!.citations).toEqual(quiz.questions[0].citations);
    for (const c of found!.citations) expect(found!.article.body.slice(c.start, c.end)).toBe(c.text);
  });
});
