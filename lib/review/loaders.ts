import "server-only";
import { getViewer } from "@/lib/session";
import { countDueReviews, getNextDueReview, getUpcomingReviews, listPracticeReviews } from "./data";
import type { ReviewPrompt } from "./schema";

/** How many review questions are due for whoever is looking (0 for someone unknown). */
export async function loadDueCount(now: Date): Promise<number> {
  const viewer = await getViewer();
  return viewer ? countDueReviews(viewer.id, now) : 0;
}

/** The next due question for the viewer, without its answer, or null when nothing is due. */
export async function loadNextReview(now: Date): Promise<ReviewPrompt | null> {
  const viewer = await getViewer();
  return viewer ? getNextDueReview(viewer.id, now) : null;
}

/** What is waiting for the viewer beyond today: nothing for someone unknown. */
export async function loadUpcomingReviews(now: Date) {
  const viewer = await getViewer();
  return viewer ? getUpcomingReviews(viewer.id, now) : { count: 0, firstAt: null };
}

/** The viewer's missed questions not due yet, for a practice round that counts nowhere. */
export async function loadPracticeReviews(now: Date): Promise<ReviewPrompt[]> {
  const viewer = await getViewer();
  return viewer ? listPracticeReviews(viewer.id, now) : [];
}
