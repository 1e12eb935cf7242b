import Link from "next/link";

/** The "review now" entry: how many missed questions are due, and the way in. */
export function ReviewNow({ due }: { due: number }) {
  return (
    <aside aria-label="Review" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950/40">
      <p data-testid="review-due-count">
        {due === 0 ? "No missed question is due for review." : `${due} missed ${due === 1 ? "question is" : "questions are"} due for review.`}
      </p>
      {due > 0 && (
        <Link href="/review" className="rounded-md bg-amber-800 px-3 py-1.5 font-medium text-white focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
          Review now
        </Link>
      )}
    </aside>
  );
}
