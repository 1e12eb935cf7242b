import { ScrollRegion } from "@/components/ui/scroll-region";
import { card, mutedText } from "@/components/ui/styles";
import { describeTrend, PercentChart, type ChartPoint } from "./percent-chart";

export type TableRow = { key: string; cells: React.ReactNode[] };

/**
 * A chart and the same numbers as a table, side by side on a wide screen and stacked on a
 * phone. The table is the accessible source of truth; the chart is the glance.
 */
export function ChartFigure(props: {
  id: string;
  caption: string;
  /** Singular and plural of what a point is, for the chart's description. */
  what: readonly [string, string];
  points: ChartPoint[];
  columns: string[];
  rows: TableRow[];
  empty: string;
  /** Chart above the table at every width: for figures in a half-width column. */
  stacked?: boolean;
}) {
  const { id, caption, what, points, columns, rows, empty, stacked } = props;
  return (
    <figure aria-labelledby={`${id}-caption`} className={card}>
      <figcaption id={`${id}-caption`} className="mb-3 font-semibold">{caption}</figcaption>
      {rows.length === 0 ? (
        <p className={`text-sm ${mutedText}`}>{empty}</p>
      ) : (
        <div className={`grid gap-4 ${stacked ? "" : "md:grid-cols-2 md:items-start"}`}>
          <PercentChart id={id} title={caption} description={describeTrend(what, points)} points={points} />
          <ScrollRegion label={`${caption}, as a table`}>
            <table className="w-full text-left text-sm" data-testid={`${id}-table`}>
              <caption className="sr-only">{caption}, as a table</caption>
              <thead>
                <tr>{columns.map((c) => <th key={c} scope="col" className="border-b border-slate-300 py-1 pr-3 font-medium dark:border-slate-700">{c}</th>)}</tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key} className="border-b border-slate-100 dark:border-slate-800">
                    {r.cells.map((c, i) => <td key={i} className="py-1 pr-3 tabular-nums">{c}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      )}
    </figure>
  );
}
