import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createDraftQuizSet, regenerateDraftsOfArticle } from "@/lib/quiz-sets/mutations";
import type { ArticleInput } from "./schema";

/** The stored provenance hash: SHA-256 of the text exactly as saved (what quizzes cite into). */
export const textSha256 = (body: string) => createHash("sha256").update(body, "utf8").digest("hex");

/** Saves the article and generates its first draft quiz set; returns the draft's id. */
export async function createArticle(ownerId: string, input: ArticleInput) {
  const article = await db.article.create({ data: { ...input, ownerId, textSha256: textSha256(input.body) } });
  const draft = await createDraftQuizSet(ownerId, article.id);
  return { articleId: article.id, quizSetId: draft.id };
}

/**
 * Edits in place while no published quiz set uses the article (drafts are regenerated, since
 * their citation offsets point into the old text). Once published, the article is immutable:
 * the edit becomes a new article with its own draft, and the published set keeps the original.
 */
export async function updateArticle(ownerId: string, articleId: string, input: ArticleInput) {
  const article = await db.article.findFirst({ where: { id: articleId, ownerId }, select: { id: true } });
  if (!article) throw new NotFoundError("That article");
  const frozen = (await db.quizSet.count({ where: { articleId, status: "published" } })) > 0;
  if (frozen) return { ...(await createArticle(ownerId, input)), copied: true };
  await db.article.update({ where: { id: articleId }, data: { ...input, textSha256: textSha256(input.body) } });
  const quizSetId = await regenerateDraftsOfArticle(ownerId, articleId);
  return { articleId, quizSetId: quizSetId ?? (await createDraftQuizSet(ownerId, articleId)).id, copied: false };
}
