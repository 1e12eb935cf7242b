// The spaced-review schedule as a pure function, so the rules can be tested without a database
// or a clock.
//
// Rules (issue 5):
// - A missed question gets a review item due one day later (stage 0).
// - `stage` is the position on the ladder of gaps 1 → 3 → 7 days. A right review answer moves one
//   rung up and adds one to `streak`; two right in a row retires the item.
// - A wrong answer resets the streak and brings the item back the next day, but keeps the rung:
//   otherwise "right, wrong, right, right" could never reach the 7-day gap the issue names.
// - A right answer in a normal attempt counts as a review only once the item is due. Replaying a
//   quiz minutes after a miss is recognition, not recall, and must not retire the item early.
//   A wrong answer in a normal attempt always counts (and reopens a retired item).

export const REVIEW_GAPS_DAYS = [1, 3, 7] as const;
export const RIGHT_IN_A_ROW_TO_RETIRE = 2;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ReviewState = { stage: number; streak: number; dueAt: Date; retiredAt: Date | null };
export type ReviewSource = "attempt" | "review";

function addDays(at: Date, days: number): Date {
  // Exact 24-hour steps: a review is due "a day later" at the same instant, whatever the zone.
  return new Date(at.getTime() + days * DAY_MS);
}

/** The item's next state, or null when nothing should be stored (no item and a right answer). */
export function nextReviewState(
  current: ReviewState | null,
  outcome: { correct: boolean; at: Date; source: ReviewSource },
): ReviewState | null {
  const { correct, at, source } = outcome;
  if (!correct) {
    const stage = current && !current.retiredAt ? current.stage : 0;
    return { stage, streak: 0, dueAt: addDays(at, REVIEW_GAPS_DAYS[0]), retiredAt: null };
  }
  if (!current || current.retiredAt) return current;
  if (source === "attempt" && at.getTime() < current.dueAt.getTime()) return current;

  const streak = current.streak + 1;
  const stage = Math.min(current.stage + 1, REVIEW_GAPS_DAYS.length - 1);
  if (streak >= RIGHT_IN_A_ROW_TO_RETIRE) return { stage, streak, dueAt: current.dueAt, retiredAt: at };
  return { stage, streak, dueAt: addDays(at, REVIEW_GAPS_DAYS[stage]), retiredAt: null };
}

export function isDue(state: ReviewState, now: Date): boolean {
  return !state.retiredAt && state.dueAt.getTime() <= now.getTime();
}

/** Whether storing `b` over `a` would change nothing (the write is skipped). */
export function sameReviewState(a: ReviewState, b: ReviewState): boolean {
  return a.stage === b.stage && a.streak === b.streak && a.dueAt.getTime() === b.dueAt.getTime()
    && (a.retiredAt?.getTime() ?? null) === (b.retiredAt?.getTime() ?? null);
}
