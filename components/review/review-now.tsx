import Link from "next/link";
import { focusRing } from "@/components/ui/styles";

/** The "review now" entry: how many missed questions are due, and the way in. */
export function ReviewNow({ due }: { due: number }) {
  return (
    <aside aria-label="Review" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950/40">
      <p data-testid="review-due-count">
        {due === 0 ? "No missed question is due for review." : `${due} missed ${due === 1 ? "question is" : "questions are"} due for review.`}
      </p>
      {due > 0 && (
        <Link href="/review" className={`inline-flex min-h-11 items-center rounded-lg bg-amber-800 px-4 py-1.5 font-medium text-white ${focusRing}`}>
          Review now
        </Link>
      )}
    </aside>
  );
}
