import type { Metadata } from "next";
import Link from "next/link";
import { ReviewSession } from "@/components/review/review-session";
import { PageTitle } from "@/components/ui/page-title";
import { linkClass } from "@/components/ui/styles";
import { loadNextReview } from "@/lib/review/loaders";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const prompt = await loadNextReview(new Date());
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
        <p data-testid="review-due-count">
          Nothing to review right now. <Link href="/history" className={linkClass}>See your history</Link>
        </p>
      )}
    </main>
  );
}
