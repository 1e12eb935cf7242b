import { z } from "zod";

// Filters arrive as searchParams, so anything unexpected falls back to "everything" rather
// than failing the page: a shared or stale link should still show the history.
export const PERIODS = { "7d": 7, "30d": 30, "90d": 90, all: null } as const;
export type Period = keyof typeof PERIODS;

export const historyFilterSchema = z.object({
  period: z.enum(["7d", "30d", "90d", "all"]).catch("all"),
  classId: z.string().regex(/^[a-z0-9]{10,40}$/).optional().catch(undefined),
});
export type HistoryFilter = z.infer<typeof historyFilterSchema>;

/** searchParams values may be arrays (`?period=a&period=b`): the first one wins. */
export function parseHistoryFilter(params: Record<string, string | string[] | undefined>): HistoryFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return historyFilterSchema.parse({ period: first(params.period), classId: first(params.classId) || undefined });
}

/** The earliest instant the period covers, or null for all time. */
export function periodStart(period: Period, now: Date): Date | null {
  const days = PERIODS[period];
  return days === null ? null : new Date(now.getTime() - days * 86_400_000);
}
