import type { SkillSeries } from "@/lib/history/aggregates";
import { SKILL_LABELS } from "@/lib/quiz/schema";
import { ChartFigure } from "./chart-figure";
import { Instant } from "./time";
import { labelled } from "./format";

/** One chart per skill; review answers are points of their own, labelled "Review". */
export function SkillCharts({ skills }: { skills: SkillSeries[] }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {skills.map((s) => (
        <ChartFigure
          key={s.skill}
          id={`skill-${s.skill}`}
          caption={`${SKILL_LABELS[s.skill]}: ${s.percent === null ? "no answers yet" : `${s.correct} of ${s.total} right (${s.percent}%)`}`}
          what={["session", "sessions"]}
          points={labelled(s.points, (p) => p.at).map(([p, label], i) => ({ key: String(i), label, percent: p.percent }))}
          columns={["When", "Kind", "Right", "%"]}
          rows={s.points.map((p, i) => ({ key: String(i), cells: [<Instant key="at" at={p.at} />, p.label, `${p.correct} / ${p.total}`, `${p.percent}%`] }))}
          stacked
          empty="No question of this kind answered in this period."
        />
      ))}
    </div>
  );
}
