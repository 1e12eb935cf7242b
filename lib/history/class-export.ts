// The class history as CSV: one row per student per assignment. Cells go through the results
// CSV writer, which quotes every field and neutralises formula injection (a student named
// "=HYPERLINK(...)" stays text in a spreadsheet).
import { toCsv } from "@/lib/results/csv";
import { SKILL_LABELS, SKILLS } from "@/lib/quiz/schema";
import type { AssignmentHistory } from "./class-aggregates";

export const CLASS_HISTORY_HEADER = [
  "Class", "Assignment", "Opens (UTC)", "Due (UTC)", "Student", "Email", "Status", "Attempts",
  "Best score", "Out of", "Percent", "Time (s)", "Finished (UTC)",
  ...SKILLS.map((s) => `${SKILL_LABELS[s]} %`),
];

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : "");

export function classHistoryCsv(className: string, history: AssignmentHistory[]): string {
  const rows = history.flatMap((a) =>
    a.students.map((s) => [
      className, a.quizTitle, iso(a.opensAt), iso(a.dueAt), s.student.name ?? "", s.student.email ?? "",
      s.status.replace("_", " "), s.attempts,
      s.best?.score ?? "", s.best?.total ?? "", s.best?.percent ?? "", s.best?.seconds ?? "", iso(s.best?.finishedAt),
      ...SKILLS.map((k) => s.skills[k].percent ?? ""),
    ]),
  );
  return toCsv([CLASS_HISTORY_HEADER, ...rows]);
}

/** A file name that survives every OS: the class name reduced to safe characters. */
export function classHistoryFilename(className: string, now: Date): string {
  const slug = className.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "class";
  return `${slug}-history-${now.toISOString().slice(0, 10)}.csv`;
}
