import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { loadResult } from "@/lib/attempts/loaders";
import { ResultSummary } from "@/components/quiz/result-summary";
import { MissedQuestions } from "@/components/quiz/missed-questions";
import { PageTitle } from "@/components/ui/page-title";
import { linkClass, primaryButton, secondaryButton } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Your result" };

export default async function ResultPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const result = await loadResult(attemptId);
  // An unfinished attempt has no result yet: back to where it stands.
  const playHref = `/play/${result.quizSet.id}${result.assignmentId ? `?assignment=${result.assignmentId}` : ""}`;
  if (!result.finishedAt) redirect(playHref);
  const missed = result.questions.filter((q) => !q.answer?.correct).length;
  return (
    <main className="mx-auto max-w-4xl space-y-8 px-4 py-8">
      <PageTitle lead={<>Quiz on <Link href={`/articles/${result.quizSet.article.id}`} className={linkClass}>{result.quizSet.article.title}</Link></>}>
        Your result
      </PageTitle>
      <ResultSummary result={result} />
      <section aria-labelledby="missed" className="space-y-4">
        <h2 id="missed" className="text-xl font-semibold">
          {missed ? `Missed questions (${missed})` : "Missed questions"}
        </h2>
        <MissedQuestions questions={result.questions} />
      </section>
      <div className="flex flex-wrap gap-3">
        <Link href={playHref} className={primaryButton}>Play again</Link>
        {result.assignmentId && <Link href="/assignments" className={secondaryButton}>Your assignments</Link>}
        <Link href="/history" className={secondaryButton}>Your history</Link>
        <Link href="/quizzes" className={secondaryButton}>More quizzes</Link>
      </div>
    </main>
  );
}
