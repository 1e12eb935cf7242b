// Dates are shown in UTC with the zone named: the server renders them, and it cannot know the
// reader's zone, so an explicit zone beats a silently wrong local time.
export function formatDateTime(at: Date | string): string {
  const iso = typeof at === "string" ? at : at.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function formatDate(at: Date | string): string {
  return (typeof at === "string" ? at : at.toISOString()).slice(0, 10);
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m} min ${s.toString().padStart(2, "0")} s` : `${s} s`;
}
