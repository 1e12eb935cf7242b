import type { Metadata } from "next";
import Link from "next/link";
import { ReviewSession } from "@/components/review/review-session";
import { PageTitle } from "@/components/ui/page-title";
import { linkClass } from "@/components/ui/styles";
import { Instant } from "@/components/history/time";
import { loadNextReview, loadUpcomingReviews } from "@/lib/review/loaders";
import { counted } from "@/lib/plural";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const now = new Date();
  const [prompt, upcoming] = await Promise.all([loadNextReview(now), loadUpcomingReviews(now)]);
  return (
    <main className="mx-auto max-w-6xl px-4 py-6">
      <PageTitle lead="Questions you missed come back after 1, 3 and 7 days, until you get one right twice in a row. Review answers count in your skill history, never in a quiz score.">
        Review
      </PageTitle>
      {prompt ? (
        <>
          <p className="mb-4" data-testid="review-due-count">{prompt.dueCount} {prompt.dueCount === 1 ? "question" : "questions"} due now.</p>
          <ReviewSession key={prompt.questionId} prompt={prompt} />
        </>
      ) : (
        <div className="space-y-2">
          <p data-testid="review-due-count">Nothing to review right now.</p>
          {upcoming.count > 0 && upcoming.firstAt ? (
            <p data-testid="review-upcoming">
              {counted(upcoming.count, "question")} you missed {upcoming.count === 1 ? "comes" : "come"} back for review, the first on{" "}
              <Instant at={upcoming.firstAt} />. Coming back after a gap is what makes it stick.
            </p>
          ) : (
            <p>Questions you miss in a quiz come back here the next day.</p>
          )}
          <p><Link href="/history" className={linkClass}>See your history</Link></p>
        </div>
      )}
    </main>
  );
}
