import "server-only";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/quiz-sets/loaders";
import { getArticle, isArticleFrozen, listArticles } from "./data";

export async function loadArticles() {
  const user = await requireTeacher("/teacher");
  return listArticles(user.id);
}

export async function loadArticleForEdit(articleId: string) {
  const user = await requireTeacher(`/teacher/articles/${articleId}/edit`);
  const article = await getArticle(user.id, articleId);
  if (!article) notFound();
  return { article, frozen: await isArticleFrozen(article.id) };
}
