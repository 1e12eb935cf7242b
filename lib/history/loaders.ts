import "server-only";
import { getViewer, type Viewer } from "@/lib/session";
import { scoreSeries, skillSeries, summarise, type AttemptRow, type HistorySummary, type ScorePoint, type SkillSeries } from "./aggregates";
import { listAttempts, listMyClasses, listSkillAnswers } from "./data";
import { periodStart, type HistoryFilter } from "./schema";

export type MyHistory = {
  viewer: Pick<Viewer, "role" | "name"> | null;
  filter: HistoryFilter;
  classes: { id: string; name: string }[];
  attempts: AttemptRow[];
  summary: HistorySummary;
  scores: ScorePoint[];
  skills: SkillSeries[];
};

/** The signed-in student's or the cookie guest's own history; nobody else's can be asked for. */
export async function loadMyHistory(filter: HistoryFilter, now: Date): Promise<MyHistory> {
  const viewer = await getViewer();
  if (!viewer) return { viewer: null, filter, classes: [], attempts: [], summary: summarise([]), scores: [], skills: skillSeries([]) };
  const classes = await listMyClasses(viewer.id);
  // A class filter for a class the viewer is not in is dropped, not an error: the data is
  // scoped to the viewer anyway, and a stale link should still show something.
  const classId = classes.some((c) => c.id === filter.classId) ? filter.classId : undefined;
  const scope = { userId: viewer.id, since: periodStart(filter.period, now), classId };
  const [attempts, answers] = await Promise.all([listAttempts(scope), listSkillAnswers(scope)]);
  return {
    viewer: { role: viewer.role, name: viewer.name },
    filter: { ...filter, classId },
    classes,
    attempts,
    summary: summarise(attempts),
    scores: scoreSeries(attempts),
    skills: skillSeries(answers),
  };
}
