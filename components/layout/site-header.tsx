import Link from "next/link";
import type { Viewer } from "@/lib/session";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { focusRing } from "@/components/ui/styles";

const navLink = `rounded-md px-1 py-1.5 sm:px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white ${focusRing}`;

// Smaller than a form's secondary button on a phone, so it stays on the row of the links.
const signOutClass = `rounded-md border border-slate-300 px-1.5 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 sm:px-3 sm:py-1.5 sm:text-base ${focusRing}`;

/** Site-wide navigation. Guests see sign-in and sign-up; their history is theirs either way. */
export function SiteHeader({ viewer, dueReviews }: { viewer: Viewer | null; dueReviews: number }) {
  const signedIn = viewer && viewer.role !== "guest";
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-0.5 gap-y-1 px-2 py-2 sm:gap-x-1 sm:px-4">
        <Link href="/" className={`mr-0.5 rounded-md py-1.5 font-bold tracking-tight sm:mr-3 ${focusRing}`}>
          <span aria-hidden="true" className="inline-block rounded bg-amber-300 px-1 text-slate-950 sm:mr-1.5">✓?</span>
          {/* On a phone the mark alone keeps the whole nav on one line. */}
          <span className="sr-only sm:not-sr-only">Fact-Check Quiz</span>
        </Link>
        <Link href="/" className={`${navLink} hidden sm:inline-block`}>Home</Link>
        <Link href="/quizzes" className={navLink}>Quizzes</Link>
        <Link href="/history" className={navLink}>History</Link>
        {/* "My" only where there is room: on a phone the whole nav, Sign out included, keeps one row. */}
        {viewer?.role === "student" && <Link href="/assignments" className={navLink}><span className="hidden sm:inline">My assignments</span><span className="sm:hidden">Assignments</span></Link>}
        <Link href="/review" className={navLink}>
          Review
          {dueReviews > 0 && (
            <span data-testid="due-reviews" className="ml-0.5 rounded-full bg-amber-300 px-1.5 text-xs font-semibold text-slate-950">
              {dueReviews}
              <span className="sr-only"> due</span>
            </span>
          )}
        </Link>
        {viewer?.role === "teacher" && <Link href="/teacher" className={navLink}>Teacher</Link>}
        <div className="ml-auto flex items-center gap-1">
          {signedIn ? (
            <>
              <span className="hidden px-2 text-sm text-slate-600 sm:inline dark:text-slate-400">{viewer.name ?? viewer.email}</span>
              <SignOutButton className={signOutClass} />
            </>
          ) : (
            <>
              <Link href="/signin" className={navLink}>Sign in</Link>
              <Link href="/signup" className={navLink}>Sign up</Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
