import type { Metadata } from "next";
import Link from "next/link";
import { PracticeSession } from "@/components/review/practice-session";
import { ReviewSession } from "@/components/review/review-session";
import { PageTitle } from "@/components/ui/page-title";
import { linkClass, secondaryButton } from "@/components/ui/styles";
import { Instant } from "@/components/history/time";
import { loadNextReview, loadPracticeReviews, loadUpcomingReviews } from "@/lib/review/loaders";
import { counted } from "@/lib/plural";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ practice?: string }> }) {
  const now = new Date();
  const practising = (await searchParams).practice === "1";
  const [prompt, upcoming] = await Promise.all([loadNextReview(now), loadUpcomingReviews(now)]);
  const lead =
    "Questions you missed come back after 1, 3 and 7 days, until you get one right twice in a row. Review answers count in your skill history, never in a quiz score.";
  if (!prompt && practising) {
    const prompts = await loadPracticeReviews(now);
    return (
      <main className="mx-auto max-w-6xl px-4 py-6">
        <PageTitle lead="Your missed questions that are not due yet. Practice answers are not recorded: the review schedule stays as it is.">Practice round</PageTitle>
        {prompts.length > 0 ? <PracticeSession prompts={prompts} /> : <p role="status">Nothing to practise: no missed question is waiting. <Link href="/review" className={linkClass}>Back to review</Link></p>}
      </main>
    );
  }
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <PageTitle lead={lead}>Review</PageTitle>
      {prompt ? (
        <>
          <p className="mb-4" data-testid="review-due-count">{counted(prompt.dueCount, "question")} due now.</p>
          <ReviewSession key={prompt.questionId} prompt={prompt} />
        </>
      ) : (
        <div className="space-y-3">
          <p data-testid="review-due-count">Nothing to review right now.</p>
          {upcoming.count > 0 && upcoming.firstAt ? (
            <>
              <p data-testid="review-upcoming">
                {counted(upcoming.count, "question")} you missed {upcoming.count === 1 ? "comes" : "come"} back for review, the first on{" "}
                <Instant at={upcoming.firstAt} />. Coming back after a gap is what makes it stick.
              </p>
              <p>
                <Link href="/review?practice=1" className={secondaryButton}>Practise {upcoming.count === 1 ? "it" : "them"} now (not counted)</Link>
              </p>
            </>
          ) : (
            <p>Questions you miss in a quiz come back here the next day.</p>
          )}
          <p><Link href="/history" className={linkClass}>See your history</Link></p>
        </div>
      )}
    </main>
  );
}
