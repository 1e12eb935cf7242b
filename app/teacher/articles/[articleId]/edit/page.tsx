import type { Metadata } from "next";
import { ArticleForm } from "@/components/teacher/article-form";
import { loadArticleForEdit } from "@/lib/articles/loaders";

export const metadata: Metadata = { title: "Edit article · Fact-Check Quiz" };

export default async function EditArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const { article, frozen } = await loadArticleForEdit((await params).articleId);
  const initial = { title: article.title, byline: article.byline ?? "", source: article.source, url: article.url ?? "", publishedOn: article.publishedOn ?? "", body: article.body };
  return (
    <main className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Edit article</h1>
      <ArticleForm initial={initial} articleId={article.id} frozen={frozen} fetchedFrom={article.fetchedFrom ?? undefined} />
    </main>
  );
}
