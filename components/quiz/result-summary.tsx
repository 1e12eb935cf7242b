import type { AttemptResultView } from "@/lib/attempts/schema";
import { breakdownBySkill, durationSeconds, formatDuration } from "@/lib/attempts/score";
import { card, mutedText } from "@/components/ui/styles";

/** Score, time, and right answers per skill as a table with a bar in each row. */
export function ResultSummary({ result }: { result: AttemptResultView }) {
  const pct = result.total ? Math.round((result.score / result.total) * 100) : 0;
  const rows = breakdownBySkill(result.questions);
  return (
    <div className="grid gap-4 sm:grid-cols-[auto_minmax(0,1fr)]">
      <div className={`${card} flex flex-col justify-center gap-1 sm:min-w-56`}>
        <p className={`text-sm font-medium ${mutedText}`}>Score</p>
        <p className="text-4xl font-bold tabular-nums" data-testid="score">
          {result.score} / {result.total}
        </p>
        <p className={mutedText}>{pct}% right</p>
        {result.showEvidence && (
          <>
            <p className="mt-3 text-sm font-medium text-slate-600 dark:text-slate-400">Evidence found</p>
            <p className="text-lg font-semibold tabular-nums" data-testid="evidence-score">
              {result.questions.filter((q) => q.answer?.evidenceFound).length} / {result.questions.filter((q) => q.answer?.evidenceFound != null).length}
            </p>
          </>
        )}
        <p className="mt-3 text-sm font-medium text-slate-600 dark:text-slate-400">Time</p>
        <p className="text-lg font-semibold" data-testid="time">
          {formatDuration(durationSeconds(result.startedAt, result.finishedAt))}
        </p>
      </div>
      <div className={card}>
        <table className="w-full text-left text-sm">
          <caption className="mb-3 text-left text-base font-semibold">By question type</caption>
          <thead>
            <tr className={mutedText}>
              <th scope="col" className="pb-2 font-medium">Skill</th>
              <th scope="col" className="pb-2 font-medium">Right</th>
              <th scope="col" className="w-2/5 pb-2 font-medium"><span className="sr-only">Share right</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.skill} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="py-2 font-medium">{r.label}</th>
                <td className="py-2 tabular-nums">{r.right} of {r.total}</td>
                <td className="py-2">
                  <div className="h-2 rounded-full bg-slate-200 dark:bg-slate-800" aria-hidden="true">
                    <div className="h-full rounded-full bg-blue-700 dark:bg-sky-400" style={{ width: `${(r.right / r.total) * 100}%` }} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
