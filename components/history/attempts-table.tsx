import { durationSeconds, percent, type AttemptRow } from "@/lib/history/aggregates";
import { mutedText } from "@/components/ui/styles";
import { formatDuration } from "./format";
import { Instant } from "./time";

const evidenceText = (a: AttemptRow) => (a.evidence ? ` · evidence found ${a.evidence.found} / ${a.evidence.of}` : "");
const scoreText = (a: AttemptRow) => (a.finishedAt ? `${a.score} / ${a.total} (${percent(a.score, a.total)}%)${evidenceText(a)}` : "in progress");

/**
 * Every attempt, newest first: a table from the small breakpoint up, a list of cards on a phone
 * where five columns and long article titles would not fit. Only one of the two is displayed.
 */
export function AttemptsTable({ attempts }: { attempts: AttemptRow[] }) {
  return (
    <>
      <ul className="space-y-2 sm:hidden" data-testid="attempts-list">
        {attempts.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <p className="font-medium">{a.quizTitle}</p>
            <p className="mt-1 flex flex-wrap gap-x-3 text-sm tabular-nums">
              <span className="font-semibold">{scoreText(a)}</span>
              <span>{formatDuration(durationSeconds(a))}</span>
              <span className={mutedText}><Instant at={a.startedAt} /></span>
              {a.className && <span className={mutedText}>{a.className}</span>}
            </p>
          </li>
        ))}
      </ul>
      <table className="hidden w-full text-left text-sm sm:table" data-testid="attempts-table">
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
              <td className="py-2 pr-3 whitespace-nowrap"><Instant at={a.startedAt} /></td>
              <td className="py-2 pr-3 tabular-nums whitespace-nowrap">{scoreText(a)}</td>
              <td className="py-2 pr-3 tabular-nums whitespace-nowrap">{formatDuration(durationSeconds(a))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
