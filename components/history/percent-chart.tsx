// A line of percentages over time as plain SVG: no chart library, renders on the server, scales
// to the container through its viewBox. It is an image with a title and a description; the
// exact numbers live in the table the caller puts beside it.

export type ChartPoint = { key: string; label: string; percent: number };

const W = 320;
const H = 160;
const PAD = { left: 34, right: 12, top: 12, bottom: 24 };

export function PercentChart({ id, title, description, points }: { id: string; title: string; description: string; points: ChartPoint[] }) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  // Points are evenly spaced rather than by elapsed time: sessions days apart and minutes apart
  // stay equally readable, and the table gives the exact dates.
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (p: number) => PAD.top + innerH - (p / 100) * innerH;
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.percent).toFixed(1)}`).join(" ");
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="h-auto w-full max-w-xl text-slate-700 dark:text-slate-300">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {[0, 50, 100].map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} stroke="currentColor" strokeOpacity={0.2} />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={10} fill="currentColor">{tick}%</text>
        </g>
      ))}
      {points.length > 1 && <polyline points={line} fill="none" strokeWidth={2.5} strokeLinejoin="round" className="stroke-blue-700 dark:stroke-sky-400" />}
      {points.map((p, i) => (
        <circle key={p.key} cx={x(i)} cy={y(p.percent)} r={4} className="fill-blue-700 dark:fill-sky-400" />
      ))}
      {points.length > 0 && (
        <>
          <text x={PAD.left} y={H - 6} fontSize={10} fill="currentColor">{points[0].label}</text>
          {points.length > 1 && <text x={W - PAD.right} y={H - 6} fontSize={10} textAnchor="end" fill="currentColor">{points[points.length - 1].label}</text>}
        </>
      )}
    </svg>
  );
}

/** One sentence that says what the chart shows, for its <desc>. */
export function describeTrend([one, many]: readonly [string, string], points: ChartPoint[]): string {
  if (points.length === 0) return `No ${one} yet.`;
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) return `One ${one}: ${first.percent}% on ${first.label}.`;
  return `${points.length} ${many}, from ${first.percent}% on ${first.label} to ${last.percent}% on ${last.label}.`;
}
