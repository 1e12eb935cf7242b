import type { ScorePoint } from "@/lib/history/aggregates";
import { ChartFigure } from "./chart-figure";
import { Instant } from "./time";
import { labelled } from "./format";

export function ScoreChart({ points }: { points: ScorePoint[] }) {
  return (
    <ChartFigure
      id="score-chart"
      caption="Score over time"
      what={["finished quiz", "finished quizzes"]}
      points={labelled(points, (p) => p.at).map(([p, label], i) => ({ key: String(i), label, percent: p.percent }))}
      columns={["Finished", "Quiz", "Score", "%"]}
      rows={points.map((p, i) => ({
        key: String(i),
        cells: [<Instant key="at" at={p.at} />, p.label, `${p.score} / ${p.total}`, `${p.percent}%`],
      }))}
      empty="No finished quiz in this period."
    />
  );
}
