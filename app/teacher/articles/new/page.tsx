import type { Metadata } from "next";
import { ArticleForm } from "@/components/teacher/article-form";
import { requireTeacher } from "@/lib/quiz-sets/loaders";

export const metadata: Metadata = { title: "New article · Fact-Check Quiz" };

export default async function NewArticlePage() {
  await requireTeacher("/teacher/articles/new");
  return (
    <main className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Add an article</h1>
      <p className="text-slate-700 dark:text-slate-300">The quiz is generated from the text; you review and edit it before publishing.</p>
      <ArticleForm />
    </main>
  );
}
