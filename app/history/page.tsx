import type { Metadata } from "next";
import Link from "next/link";
import { AttemptsTable } from "@/components/history/attempts-table";
import { HistoryFilters } from "@/components/history/history-filters";
import { ScoreChart } from "@/components/history/score-chart";
import { SkillCharts } from "@/components/history/skill-charts";
import { ReviewNow } from "@/components/review/review-now";
import { PageTitle } from "@/components/ui/page-title";
import { card, linkClass, mutedText } from "@/components/ui/styles";
import { loadMyHistory } from "@/lib/history/loaders";
import { parseHistoryFilter } from "@/lib/history/schema";
import { loadDueCount } from "@/lib/review/loaders";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Your history" };

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const now = new Date();
  const filter = parseHistoryFilter(await searchParams);
  const [history, due] = await Promise.all([loadMyHistory(filter, now), loadDueCount(now)]);
  const { summary } = history;
  return (
    <main className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:py-8">
      <PageTitle
        lead={history.viewer?.role === "guest" ? (
          <>Kept on this browser. <Link href="/signup" className={linkClass}>Create an account</Link> and it comes with you.</>
        ) : "Every quiz you played, how you did over time, and by skill."}
      >
        Your history
      </PageTitle>
      <ReviewNow due={due} />
      <HistoryFilters filter={history.filter} classes={history.classes} />
      {history.attempts.length === 0 && !history.skills.some((k) => k.total > 0) ? (
        <p>No attempt in this period yet. <Link href="/quizzes" className={linkClass}>Play a quiz</Link> and it shows up here.</p>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="history-summary">
            <Stat label="Finished quizzes" value={String(summary.finished)} />
            <Stat label="In progress" value={String(summary.inProgress)} />
            <Stat label="Average score" value={summary.averagePercent === null ? "—" : `${summary.averagePercent}%`} />
            <Stat label="Best score" value={summary.bestPercent === null ? "—" : `${summary.bestPercent}%`} />
          </dl>
          <Section id="over-time" title="Over time">
            <ScoreChart points={history.scores} />
          </Section>
          <Section id="by-skill" title="By skill">
            <p className={`text-sm ${mutedText}`}>Answers from review sessions count here, but never in a quiz score.</p>
            <SkillCharts skills={history.skills} />
          </Section>
          <Section id="attempts" title="Every attempt">
            <AttemptsTable attempts={history.attempts} />
          </Section>
        </>
      )}
    </main>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className={card}>
      <dt className={`text-sm ${mutedText}`}>{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
