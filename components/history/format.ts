// Chart labels are plain strings drawn on the server, which cannot know the reader's zone: they
// are UTC days. Times a reader looks up (table cells, chart tables) go through LocalTime.
export function formatDate(at: Date | string): string {
  return (typeof at === "string" ? at : at.toISOString()).slice(0, 10);
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m} min ${s.toString().padStart(2, "0")} s` : `${s} s`;
}
