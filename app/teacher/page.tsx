import type { Metadata } from "next";
import Link from "next/link";
import { loadArticles } from "@/lib/articles/loaders";
import { loadClasses } from "@/lib/classes/loaders";
import { loadQuizSets } from "@/lib/quiz-sets/loaders";
import { buttonClass } from "@/components/auth/field";
import { NewDraftButton } from "@/components/teacher/new-draft-button";
import { Section } from "@/components/ui/section";
import { counted } from "@/lib/plural";

export const metadata: Metadata = { title: "Teacher · Fact-Check Quiz" };

export default async function TeacherHome() {
  const [{ quizSets }, articles, classes] = await Promise.all([loadQuizSets(), loadArticles(), loadClasses()]);
  return (
    <main className="space-y-8">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">Your teaching</h1>
        <Link href="/teacher/articles/new" className={buttonClass}>Add an article</Link>
      </div>
      <Section id="sets-heading" title="Quiz sets" className="space-y-2">
        {quizSets.length === 0 ? (
          <p>No quiz sets yet. Add an article and the quiz is generated from it.</p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {quizSets.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
                <Link className="font-medium underline" href={`/teacher/quiz-sets/${s.id}`}>{s.title}</Link>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {s.status === "draft" ? "Draft" : "Published"} · {counted(s._count.questions, "question")} · {counted(s._count.assignments, "assignment")}
                </span>
                {s.status === "published" && <Link className="text-sm underline" href={`/play/${s.id}`}>Share link</Link>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="articles-heading" title="Articles" className="space-y-2">
        {articles.length === 0 ? (
          <p>No articles yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {articles.map((a) => (
              <li key={a.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
                <span className="font-medium">{a.title}</span>
                <span className="text-sm text-slate-600 dark:text-slate-400">{a.source} · {a.publishedOn ?? "no date"} · {a.quizSets.length} quiz sets</span>
                <Link className="text-sm underline" href={`/teacher/articles/${a.id}/edit`}>Edit</Link>
                <NewDraftButton articleId={a.id} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="classes-heading" title="Classes" className="space-y-2">
        <ul className="list-disc pl-6">
          {classes.map((c) => (
            <li key={c.id}><Link className="underline" href={`/teacher/classes/${c.id}`}>{c.name}</Link> · {counted(c._count.enrollments, "student")}</li>
          ))}
        </ul>
        <Link className="underline" href="/teacher/classes">Manage classes</Link>
      </Section>
    </main>
  );
}
