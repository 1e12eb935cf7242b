import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/classes/local-time";
import { loadMyAssignments } from "@/lib/assignments/loaders";
import type { AssignmentStatus, StudentAssignmentView } from "@/lib/assignments/schema";
import { counted } from "@/lib/plural";

export const metadata: Metadata = { title: "My assignments · Fact-Check Quiz" };


const GROUPS: { status: AssignmentStatus[]; title: string; empty: string }[] = [
  { status: ["in_progress", "todo"], title: "To do", empty: "Nothing to do right now." },
  { status: ["upcoming"], title: "Opening later", empty: "" },
  { status: ["done"], title: "Done", empty: "No finished assignments yet." },
  { status: ["overdue"], title: "Overdue", empty: "" },
];

function Row({ a }: { a: StudentAssignmentView }) {
  const playable = (a.status === "todo" || a.status === "in_progress" || (a.status === "done" && a.attemptsUsed < a.maxAttempts && new Date() < a.dueAt));
  return (
    <li className="flex flex-wrap items-baseline gap-x-3 py-2" data-testid="assignment">
      <span className="font-medium">{a.quizSet.title}</span>
      <span className="text-sm text-slate-600 dark:text-slate-400">
        {a.class.name} · {a.status === "upcoming" ? <>opens <LocalTime iso={a.opensAt.toISOString()} /></> : <>due <LocalTime iso={a.dueAt.toISOString()} /></>}
        {a.best && (
          <>
            {" "}· score <span data-testid="assignment-score">{a.best.score} / {a.best.total}</span> (<Link className="underline" href={`/results/${a.best.attemptId}`}>review</Link>)
          </>
        )} · {a.attemptsUsed} of {counted(a.maxAttempts, "attempt")}
      </span>
      {playable && (
        <Link className="underline" href={`/play/${a.quizSet.id}?assignment=${a.id}`}>
          {a.status === "in_progress" ? "Resume" : a.status === "done" ? "Try again" : "Start"}
        </Link>
      )}
    </li>
  );
}

export default async function MyAssignmentsPage({ searchParams }: { searchParams: Promise<{ joined?: string }> }) {
  const { joined } = await searchParams;
  const { assignments } = await loadMyAssignments();
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-4 sm:p-6">
        <h1 className="text-2xl font-bold">My assignments</h1>
        {joined && <p role="status">You joined {joined}.</p>}
        <p><Link className="underline" href="/join">Join another class</Link></p>
        {GROUPS.map((g) => {
          const rows = assignments.filter((a) => g.status.includes(a.status));
          if (rows.length === 0 && !g.empty) return null;
          return (
            <section key={g.title} aria-labelledby={`h-${g.status[0]}`} className="space-y-1">
              <h2 id={`h-${g.status[0]}`} className="text-xl font-semibold">{g.title}</h2>
              {rows.length === 0 ? <p>{g.empty}</p> : <ul className="divide-y divide-slate-200 dark:divide-slate-800">{rows.map((a) => <Row key={a.id} a={a} />)}</ul>}
            </section>
          );
        })}
    </main>
  );
}
