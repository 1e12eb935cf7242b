import type { Metadata } from "next";
import Link from "next/link";
import { HighlightedArticle } from "@/components/teacher/highlighted-article";
import { AddQuestionForm } from "@/components/teacher/add-question-form";
import { QuestionList } from "@/components/teacher/question-list";
import { QuizSetToolbar } from "@/components/teacher/quiz-set-toolbar";
import { loadQuizSet } from "@/lib/quiz-sets/loaders";
import { publicOrigin } from "@/lib/env";
import { CopyButton } from "@/components/ui/copy-button";
import { counted } from "@/lib/plural";
import { ExportLinks } from "@/components/teacher/export-links";

const isOwn = (fact: unknown) => (fact as { kind?: string } | null)?.kind === "teacher";

export const metadata: Metadata = { title: "Quiz set · Fact-Check Quiz" };

export default async function QuizSetPage({ params }: { params: Promise<{ quizSetId: string }> }) {
  const { set, sentences } = await loadQuizSet((await params).quizSetId);
  const draft = set.status === "draft";
  const accepted = set.questions.filter((q) => q.status === "published").length;
  const suggestions = set.questions.length - accepted;
  const marks = set.questions.flatMap((q, i) => q.citations.map((c) => ({ ...c, label: `Q${i + 1}`, anchor: `cite-q${i + 1}` })));
  return (
    <main className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm uppercase tracking-wide text-slate-600 dark:text-slate-400">{draft ? "Draft — preview and edit" : "Published"}</p>
        <h1 className="text-2xl font-bold">{set.title}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {set.article.source}
          {set.article.publishedOn && <> · {set.article.publishedOn}</>} · {counted(accepted, "question")}
          {suggestions > 0 && <> · {counted(suggestions, "suggestion")} to check</>} ·{" "}
          <Link className="underline" href={`/teacher/articles/${set.article.id}/edit`}>Edit article</Link>
        </p>
        {!draft && (
          <p>
            Share for guest play: <Link className="break-all font-mono underline" href={`/play/${set.id}`} data-testid="share-link">{publicOrigin()}/play/{set.id}</Link>{" "}
            <CopyButton text={`${publicOrigin()}/play/${set.id}`} label="Copy link" />
            {" · "}
            <Link className="underline" href={`/teacher/classes?assign=${set.id}`}>Assign to a class</Link>
          </p>
        )}
        {!draft && <ExportLinks quizSetId={set.id} />}
        <QuizSetToolbar quizSetId={set.id} status={set.status} questionCount={accepted} suggestionCount={suggestions} />
        {draft && suggestions > 0 && (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Cards marked “Check this one” are questions the generator is not sure enough of to publish on its own. Accept the ones you have checked (edit them first if needed); publishing leaves the rest out.
          </p>
        )}
      </div>
      {set.questions.length === 0 && (
        <p role="status">The generator found no question it is sure of in this article. Edit the article or try another one.</p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="questions-heading" className="space-y-4">
          <h2 id="questions-heading" className="text-xl font-semibold">Questions</h2>
          <QuestionList quizSetId={set.id} editable={draft} sentences={sentences} questions={set.questions.map((q) => ({ ...q, own: isOwn(q.fact) }))} />
          {draft && <AddQuestionForm quizSetId={set.id} sentences={sentences} />}
        </section>
        {/* Focusable so keyboard users can scroll the article when it scrolls on its own (wide screens). */}
        <section aria-labelledby="article-heading" tabIndex={0} className="space-y-2 rounded-md lg:sticky lg:top-4 lg:max-h-[90vh] lg:overflow-y-auto focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600">
          <h2 id="article-heading" className="text-xl font-semibold">Article, with each cited sentence marked</h2>
          <HighlightedArticle body={set.article.body} marks={marks} />
        </section>
      </div>
    </main>
  );
}
