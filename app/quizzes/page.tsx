import type { Metadata } from "next";
import { loadQuizList } from "@/lib/quiz/loaders";
import { QuizCard } from "@/components/quiz/quiz-card";
import { PageTitle } from "@/components/ui/page-title";
import { mutedText } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage() {
  const quizzes = await loadQuizList();
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <PageTitle lead="Each quiz is generated from one news article. Pick one and play; no account needed.">Quizzes</PageTitle>
      {quizzes.length === 0 ? (
        <p className={mutedText}>No quizzes yet.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {quizzes.map((q) => (
            <QuizCard key={q.id} quiz={q} />
          ))}
        </ul>
      )}
    </main>
  );
}
