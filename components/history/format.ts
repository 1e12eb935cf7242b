// Chart labels are plain strings drawn on the server, which cannot know the reader's zone: they
// are UTC days. Times a reader looks up (table cells, chart tables) go through LocalTime.
export function formatDate(at: Date | string): string {
  return (typeof at === "string" ? at : at.toISOString()).slice(0, 10);
}

/**
 * Chart labels for points in order: the UTC day, and where two points share a day the time
 * too (UTC, like the day), so two attempts on one day never carry the same label.
 */
export function chartLabels(ats: (Date | string)[]): string[] {
  const iso = ats.map((at) => (typeof at === "string" ? new Date(at) : at).toISOString());
  const days = iso.map((s) => s.slice(0, 10));
  return iso.map((s, i) => (days.indexOf(days[i]) !== days.lastIndexOf(days[i]) ? `${days[i]} ${s.slice(11, 16)}` : days[i]));
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m} min ${s.toString().padStart(2, "0")} s` : `${s} s`;
}

/** Each item with its chart label (see chartLabels). */
export function labelled<T>(items: T[], at: (item: T) => Date | string): [T, string][] {
  const labels = chartLabels(items.map(at));
  return items.map((item, i) => [item, labels[i]]);
}
