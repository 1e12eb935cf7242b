import { describe, expect, it } from "vitest";
import { isDue, nextReviewState, type ReviewState } from "./schedule";

// A fixed clock; Vitest runs with TZ=Asia/Kathmandu, so day arithmetic that leaned on the local
// zone would drift by 5h45 and fail the exact comparisons below.
const t0 = new Date("2026-03-01T09:00:00.000Z");
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

const review = (s: ReviewState | null, correct: boolean, at: Date) =>
  nextReviewState(s, { correct, at, source: "review" });
const attempt = (s: ReviewState | null, correct: boolean, at: Date) =>
  nextReviewState(s, { correct, at, source: "attempt" });

describe("nextReviewState", () => {
  it("a miss creates an item due one day later; a right answer with no item stores nothing", () => {
    expect(attempt(null, false, t0)).toEqual({ stage: 0, streak: 0, dueAt: days(1), retiredAt: null });
    expect(attempt(null, true, t0)).toBeNull();
  });

  it("right, right: due after 1 then 3 days, then retired", () => {
    const s0 = attempt(null, false, t0)!;
    const s1 = review(s0, true, days(1))!;
    expect(s1).toEqual({ stage: 1, streak: 1, dueAt: days(4), retiredAt: null });
    const s2 = review(s1, true, days(4))!;
    expect(s2.retiredAt).toEqual(days(4));
    expect(s2.streak).toBe(2);
    expect(isDue(s2, days(100))).toBe(false);
  });

  it("a wrong review resets the streak and comes back tomorrow, keeping its rung so 7 days is reached", () => {
    const s1 = review(attempt(null, false, t0)!, true, days(1))!;
    const wrong = review(s1, false, days(4))!;
    expect(wrong).toEqual({ stage: 1, streak: 0, dueAt: days(5), retiredAt: null });
    const s2 = review(wrong, true, days(5))!;
    expect(s2).toEqual({ stage: 2, streak: 1, dueAt: days(12), retiredAt: null });
    const s3 = review(s2, false, days(12))!;
    const s4 = review(s3, true, days(13))!;
    expect(s4.dueAt).toEqual(days(20));
    expect(s4.stage).toBe(2);
  });

  it("a right answer in a normal attempt counts only once the item is due", () => {
    const s0 = attempt(null, false, t0)!;
    expect(attempt(s0, true, days(0.5))).toBe(s0);
    expect(attempt(s0, true, days(1))).toEqual({ stage: 1, streak: 1, dueAt: days(4), retiredAt: null });
  });

  it("a miss in a normal attempt reopens a retired item from the first rung", () => {
    const retired: ReviewState = { stage: 2, streak: 2, dueAt: days(4), retiredAt: days(4) };
    expect(attempt(retired, true, days(9))).toBe(retired);
    expect(attempt(retired, false, days(9))).toEqual({ stage: 0, streak: 0, dueAt: days(10), retiredAt: null });
  });

  it("isDue compares instants, not calendar days", () => {
    const s0 = attempt(null, false, t0)!;
    expect(isDue(s0, new Date(days(1).getTime() - 1))).toBe(false);
    expect(isDue(s0, days(1))).toBe(true);
  });
});
