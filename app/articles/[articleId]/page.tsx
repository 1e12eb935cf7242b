import type { Metadata } from "next";
import Link from "next/link";
import { loadArticleReading } from "@/lib/quiz/loaders";
import { ArticleText } from "@/components/quiz/article-text";
import { ArticleMeta } from "@/components/quiz/article-meta";
import { linkClass, mutedText, secondaryButton } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const { article, citations, quizSets } = await loadArticleReading(articleId);
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <article className="space-y-6">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{article.title}</h1>
          <ArticleMeta article={article} />
          {article.url && (
            <p className="text-sm">
              <a href={article.url} className={linkClass} rel="noreferrer">Original article</a>
            </p>
          )}
          <p className={`text-sm ${mutedText}`}>
            {citations.length > 0 ? (
              <>
                <mark className="bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300">Marked</mark> sentences are the ones cited by the
                questions you have answered.
              </>
            ) : (
              "Sentences the questions cite are marked here once you have answered them."
            )}
          </p>
        </header>
        <div className="text-lg" data-testid="article-body">
          <ArticleText body={article.body} marks={citations} />
        </div>
      </article>
      <div className="mt-8 flex flex-wrap gap-3">
        {quizSets.map((q) => (
          <Link key={q.id} href={`/play/${q.id}`} className={secondaryButton}>Play: {q.title}</Link>
        ))}
      </div>
    </main>
  );
}
