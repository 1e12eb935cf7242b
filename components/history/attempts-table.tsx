import { durationSeconds, percent, type AttemptRow } from "@/lib/history/aggregates";
import { formatDateTime, formatDuration } from "./format";

export function AttemptsTable({ attempts }: { attempts: AttemptRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="attempts-table">
        <caption className="sr-only">Every attempt, newest first</caption>
        <thead>
          <tr>
            {["Quiz", "Class", "Started", "Score", "Time"].map((c) => (
              <th key={c} scope="col" className="border-b border-slate-300 py-2 pr-3 font-medium dark:border-slate-700">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.id} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className="py-2 pr-3 font-normal">{a.quizTitle}</th>
              <td className="py-2 pr-3">{a.className ?? "—"}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(a.startedAt)}</td>
              <td className="py-2 pr-3 tabular-nums whitespace-nowrap">
                {a.finishedAt ? `${a.score} / ${a.total} (${percent(a.score, a.total)}%)` : "in progress"}
              </td>
              <td className="py-2 pr-3 tabular-nums whitespace-nowrap">{formatDuration(durationSeconds(a))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
