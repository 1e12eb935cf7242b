import Link from "next/link";
import { focusRing, infoNote, warningNote } from "@/components/ui/styles";

/** The "review now" entry: how many missed questions are due, and the way in. */
export function ReviewNow({ due }: { due: number }) {
  return (
    // Nothing due is information; questions due call for action.
    <aside aria-label="Review" data-tone={due === 0 ? "info" : "warning"} className={`flex flex-wrap items-center justify-between gap-3 p-4 ${due === 0 ? infoNote : warningNote}`}>
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
