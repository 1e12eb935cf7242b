import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, readArticle } from "@/prisma/factories";
import { publishQuizSet, updateQuestion } from "@/lib/quiz-sets/mutations";
import { createArticle, updateArticle } from "./mutations";
import { articleSchema } from "./schema";

const seed = readArticle("seed-peskov-2025-02-10");
const input = articleSchema.parse({ title: "Peskov", source: "The Statesman", url: "", publishedOn: seed.date, body: seed.body });

describe("articles and the quiz set snapshot", () => {
  it("keeps an article's provenance: the address it was read from and a SHA-256 of the saved text, renewed on edit", async () => {
    const teacher = await createUser(db, { role: "teacher" });
    const fetched = articleSchema.parse({ ...input, url: "https://news.example/peskov", fetchedFrom: "https://news.example/peskov?amp=1", byline: "Staff" });
    const { articleId } = await createArticle(teacher.id, fetched);
    const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
    const saved = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(saved).toMatchObject({ fetchedFrom: "https://news.example/peskov?amp=1", byline: "Staff", textSha256: sha(seed.body.trim()) });
    const body = `${fetched.body}\n\nA closing line the teacher added.`;
    await updateArticle(teacher.id, articleId, { ...fetched, body });
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).textSha256).toBe(sha(body));
  });

  it("generates a draft whose citations point into the stored body", async () => {
    const teacher = await createUser(db, { role: "teacher" });
    const { articleId, quizSetId } = await createArticle(teacher.id, input);
    const set = await db.quizSet.findUniqueOrThrow({ where: { id: quizSetId }, include: { questions: true, article: true } });
    expect(set.articleId).toBe(articleId);
    expect(set.status).toBe("draft");
    expect(set.questions.length).toBeGreaterThan(0);
    for (const q of set.questions) for (const c of q.citations as { start: number; end: number; text: string }[]) expect(set.article.body.slice(c.start, c.end)).toBe(c.text);
  });

  it("freezes a published set: no question edits, and an article edit becomes a new article", async () => {
    const teacher = await createUser(db, { role: "teacher" });
    const { articleId, quizSetId } = await createArticle(teacher.id, input);
    await publishQuizSet(teacher.id, quizSetId);
    const before = await db.question.findMany({ where: { quizSetId }, orderBy: { position: "asc" } });
    const q = before[0];
    await expect(updateQuestion(teacher.id, { quizSetId, questionId: q.id, prompt: "Changed?", choices: q.choices as string[], answerIndex: 0, explanation: "x" })).rejects.toMatchObject({ code: "CONFLICT" });

    const edited = await updateArticle(teacher.id, articleId, { ...input, body: `${input.body}\n\nA new closing line was added by the teacher.` });
    expect(edited.copied).toBe(true);
    expect(edited.articleId).not.toBe(articleId);
    const original = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(original.body).toBe(input.body);
    expect(await db.question.findMany({ where: { quizSetId }, orderBy: { position: "asc" } })).toEqual(before);
  });

  it("edits a draft-only article in place and regenerates its draft", async () => {
    const teacher = await createUser(db, { role: "teacher" });
    const { articleId, quizSetId } = await createArticle(teacher.id, input);
    const edited = await updateArticle(teacher.id, articleId, { ...input, title: "Peskov, edited" });
    expect(edited).toMatchObject({ articleId, quizSetId, copied: false });
    const other = await createUser(db, { role: "teacher" });
    await expect(updateArticle(other.id, articleId, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
