import type { Metadata } from "next";
import Link from "next/link";
import { AssignForm } from "@/components/classes/assign-form";
import { AssignmentControls } from "@/components/classes/assignment-controls";
import { JoinCodePanel } from "@/components/classes/join-code-panel";
import { LocalTime } from "@/components/classes/local-time";
import { RemoveStudentButton } from "@/components/classes/remove-student-button";
import { loadClass } from "@/lib/classes/loaders";
import { loadAssignableQuizSets } from "@/lib/quiz-sets/loaders";
import { Section } from "@/components/ui/section";
import { publicOrigin } from "@/lib/env";
import { counted } from "@/lib/plural";

export const metadata: Metadata = { title: "Class · Fact-Check Quiz" };


export default async function ClassPage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<{ assign?: string }> }) {
  const klass = await loadClass((await params).classId);
  const { assign } = await searchParams;
  const quizSets = await loadAssignableQuizSets(`/teacher/classes/${klass.id}`);
  const origin = publicOrigin();
  const now = new Date();
  return (
    <main className="space-y-8">
      <div className="flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-bold">{klass.name}</h1>
        <Link className="underline" href={`/teacher/classes/${klass.id}/history`}>Class history</Link>
      </div>
      <JoinCodePanel classId={klass.id} joinCode={klass.joinCode} origin={origin} />
      <Section id="roster-heading" title={<>Students ({klass.enrollments.length})</>} className="space-y-2">
        {klass.enrollments.length === 0 ? (
          <p>No students yet. Share the join code or link.</p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="roster">
            {klass.enrollments.map(({ student }) => (
              <li key={student.id} className="flex flex-wrap items-center gap-3 py-2">
                <Link className="font-medium underline" href={`/teacher/classes/${klass.id}/students/${student.id}`}>{student.name}</Link>
                <span className="text-sm text-slate-600 dark:text-slate-400">{student.email}</span>
                <span className="ml-auto">
                  <RemoveStudentButton classId={klass.id} studentId={student.id} label={student.name ?? student.email ?? "this student"} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="assignments-heading" title="Assignments">
        {klass.assignments.length > 0 && (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {klass.assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-2 py-2" data-testid="assignment-row">
                <Link className="font-medium underline" href={`/teacher/assignments/${a.id}`}>{a.quizSet.title}</Link>
                <span className="text-sm text-slate-600 dark:text-slate-400" data-testid="assignment-terms">
                  opens <LocalTime iso={a.opensAt.toISOString()} /> · due <LocalTime iso={a.dueAt.toISOString()} />
                  {a.dueAt <= now && " (closed)"} · {counted(a.maxAttempts, "attempt")} · {a._count.attempts} played
                </span>
                <AssignmentControls
                  assignment={{ id: a.id, title: a.quizSet.title, opensAt: a.opensAt.toISOString(), dueAt: a.dueAt.toISOString(), maxAttempts: a.maxAttempts, played: a._count.attempts }}
                />
              </li>
            ))}
          </ul>
        )}
        <h3 className="font-semibold">Assign a quiz set</h3>
        <AssignForm classId={klass.id} quizSets={quizSets} preselect={assign} />
      </Section>
    </main>
  );
}
