import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AssignmentHistory, StudentOutcome } from "@/lib/history/class-aggregates";
import { SKILL_LABELS, SKILLS } from "@/lib/quiz/schema";
import { ChartFigure } from "./chart-figure";
import { Day, Instant } from "./time";
import { formatDuration, labelled } from "./format";

type Row = AssignmentHistory & { outcome: StudentOutcome };

const STATUS: Record<StudentOutcome["status"], string> = { done: "Done", in_progress: "Started, not finished", not_attempted: "Not attempted" };

/** One student across the class's assignments: best score per assignment, then skills. */
export function StudentProgress({ assignments }: { assignments: Row[] }) {
  const done = assignments.filter((a) => a.outcome.best);
  return (
    <div className="space-y-6">
      <ChartFigure
        id="student-score-chart"
        caption="Best score per assignment"
        what={["assignment", "assignments"]}
        points={labelled(done, (a) => a.opensAt).map(([a, label]) => ({ key: a.id, label, percent: a.outcome.best!.percent }))}
        columns={["Assignment", "Due", "Status", "Attempts", "Best", "Time", "Finished", "Class average"]}
        rows={assignments.map((a) => {
          const { best } = a.outcome;
          return {
            key: a.id,
            cells: [
              a.quizTitle, <Day key="due" at={a.dueAt} />, STATUS[a.outcome.status], a.outcome.attempts,
              best ? `${best.score} / ${best.total} (${best.percent}%)` : "—",
              formatDuration(best?.seconds ?? null),
              best ? <Instant key="fin" at={best.finishedAt} /> : "—",
              a.averagePercent === null ? "—" : `${a.averagePercent}%`,
            ],
          };
        })}
        empty="No assignment in this class yet."
      />
      <ScrollRegion label="Share right by skill">
        <table className="w-full text-left text-sm" data-testid="student-skills-table">
          <caption className="mb-2 text-left font-semibold">Share right by skill (best attempt of each assignment)</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-slate-300 py-1 pr-3 font-medium dark:border-slate-700">Assignment</th>
              {SKILLS.map((s) => <th key={s} scope="col" className="border-b border-slate-300 py-1 pr-3 font-medium dark:border-slate-700">{SKILL_LABELS[s]}</th>)}
            </tr>
          </thead>
          <tbody>
            {done.map((a) => (
              <tr key={a.id} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1 pr-3 font-normal">{a.quizTitle}</th>
                {SKILLS.map((s) => {
                  const t = a.outcome.skills[s];
                  return <td key={s} className="py-1 pr-3 tabular-nums">{t.total ? `${t.correct} / ${t.total}` : "—"}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
