import type { AssignmentHistory } from "@/lib/history/class-aggregates";
import { SKILL_LABELS, SKILLS } from "@/lib/quiz/schema";
import { ChartFigure } from "./chart-figure";
import { Day } from "./time";
import { labelled } from "./format";

type Student = AssignmentHistory["notAttempted"][number];
const who = (s: Student) => s.name ?? s.email ?? "Unnamed student";

/** Average score per assignment, in assignment order, with who has not attempted each. */
export function ClassScoreChart({ assignments, roster }: { assignments: AssignmentHistory[]; roster: number }) {
  const scored = assignments.filter((a) => a.averagePercent !== null);
  return (
    <ChartFigure
      id="class-score-chart"
      caption="Average score per assignment"
      what={["assignment", "assignments"]}
      points={labelled(scored, (a) => a.opensAt).map(([a, label]) => ({ key: a.id, label, percent: a.averagePercent! }))}
      columns={["Assignment", "Opens", "Done", "Average", "Not attempted"]}
      rows={assignments.map((a) => ({
        key: a.id,
        cells: [
          a.quizTitle,
          <Day key="opens" at={a.opensAt} />,
          `${a.done} / ${roster}`,
          a.averagePercent === null ? "—" : `${a.averagePercent}%`,
          [...a.notAttempted.map(who), ...a.inProgress.map((s) => `${who(s)} (started)`)].join(", ") || (roster ? `Nobody: all done (${a.done} of ${roster})` : "Nobody yet in the class"),
        ],
      }))}
      empty="No assignment yet."
    />
  );
}

/** One chart per skill: the class's share right in each assignment (best attempts). */
export function ClassSkillCharts({ assignments }: { assignments: AssignmentHistory[] }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {SKILLS.map((skill) => {
        const rows = assignments.filter((a) => a.skills[skill].total > 0);
        return (
          <ChartFigure
            key={skill}
            id={`class-skill-${skill}`}
            caption={SKILL_LABELS[skill]}
            what={["assignment", "assignments"]}
            points={labelled(rows, (a) => a.opensAt).map(([a, label]) => ({ key: a.id, label, percent: a.skills[skill].percent! }))}
            columns={["Assignment", "Right", "%"]}
            rows={rows.map((a) => ({ key: a.id, cells: [a.quizTitle, `${a.skills[skill].correct} / ${a.skills[skill].total}`, `${a.skills[skill].percent}%`] }))}
            stacked
          empty="No question of this kind answered yet."
          />
        );
      })}
    </div>
  );
}
