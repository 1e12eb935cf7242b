import "server-only";
import { db } from "@/lib/db";

export function listArticles(ownerId: string) {
  return db.article.findMany({
    where: { ownerId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      source: true,
      publishedOn: true,
      createdAt: true,
      quizSets: { select: { id: true, status: true, title: true }, orderBy: { createdAt: "desc" } },
    },
  });
}

export function getArticle(ownerId: string, articleId: string) {
  return db.article.findFirst({ where: { id: articleId, ownerId } });
}

/** An article is frozen once any published quiz set cites it: its offsets are part of that set. */
export async function isArticleFrozen(articleId: string) {
  return (await db.quizSet.count({ where: { articleId, status: "published" } })) > 0;
}
