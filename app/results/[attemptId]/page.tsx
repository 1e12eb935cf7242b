import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { loadResult } from "@/lib/attempts/loaders";
import { closedReason, type AssignmentStanding } from "@/lib/assignments/rules";
import { counted } from "@/lib/plural";
import { ResultSummary } from "@/components/quiz/result-summary";
import { MissedQuestions } from "@/components/quiz/missed-questions";
import { PageTitle } from "@/components/ui/page-title";
import { linkClass, primaryButton, secondaryButton } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Your result" };

/** Only what the rules allow: another graded attempt while some are left, else practice once
 *  the assignment no longer counts (practice is refused while it is open to the student). */
function replayOffer(quizSetId: string, assignmentId: string | null, standing: AssignmentStanding | null) {
  if (!assignmentId || !standing) return { href: `/play/${quizSetId}`, label: "Play again", note: null };
  if (standing.attemptsLeft > 0) {
    return { href: `/play/${quizSetId}?assignment=${assignmentId}`, label: "Try the assignment again", note: `You have ${counted(standing.attemptsLeft, "attempt")} left for this assignment; your best one counts.` };
  }
  return { href: `/play/${quizSetId}`, label: "Practise it (not counted)", note: `${closedReason(standing)}, so this result is the one your teacher sees. You can still practise the quiz; practice is not counted.` };
}

export default async function ResultPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const result = await loadResult(attemptId);
  // An unfinished attempt has no result yet: back to where it stands.
  const playHref = `/play/${result.quizSet.id}${result.assignmentId ? `?assignment=${result.assignmentId}` : ""}`;
  if (!result.finishedAt) redirect(playHref);
  const missed = result.questions.filter((q) => !q.answer?.correct).length;
  const replay = replayOffer(result.quizSet.id, result.assignmentId, result.standing);
  return (
    <main className="mx-auto max-w-4xl space-y-8 px-4 py-8">
      <PageTitle focus lead={<>Quiz on <Link href={`/articles/${result.quizSet.article.id}`} className={linkClass}>{result.quizSet.article.title}</Link></>}>
        Your result
      </PageTitle>
      <ResultSummary result={result} />
      {replay.note && <p role="note" data-testid="replay-note">{replay.note}</p>}
      <section aria-labelledby="missed" className="space-y-4">
        <h2 id="missed" className="text-xl font-semibold">
          {missed ? `Missed questions (${missed})` : "Missed questions"}
        </h2>
        <MissedQuestions questions={result.questions} />
      </section>
      <div className="flex flex-wrap gap-3">
        {replay.href && <Link href={replay.href} className={primaryButton}>{replay.label}</Link>}
        {result.assignmentId && <Link href="/assignments" className={secondaryButton}>Your assignments</Link>}
        <Link href="/history" className={secondaryButton}>Your history</Link>
        <Link href="/quizzes" className={secondaryButton}>More quizzes</Link>
      </div>
    </main>
  );
}
