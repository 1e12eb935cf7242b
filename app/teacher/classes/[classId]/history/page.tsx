import type { Metadata } from "next";
import Link from "next/link";
import { ClassScoreChart, ClassSkillCharts } from "@/components/history/class-charts";
import { PageTitle } from "@/components/ui/page-title";
import { linkClass, secondaryButton } from "@/components/ui/styles";
import { loadClassHistory } from "@/lib/history/class-loaders";
import { Section } from "@/components/ui/section";
import { MisreadingMap } from "@/components/results/misreading-map";
import { counted } from "@/lib/plural";

export const metadata: Metadata = { title: "Class history" };

export default async function ClassHistoryPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { klass, students, assignments, maps } = await loadClassHistory(classId);
  return (
    <main className="space-y-6">
      <p><Link href={`/teacher/classes/${klass.id}`} className={linkClass}>← {klass.name}</Link></p>
      <PageTitle lead="Each student counts with their best finished attempt. Review sessions never change these numbers.">
        History of {klass.name}
      </PageTitle>
      <a href={`/teacher/classes/${klass.id}/history/export.csv`} className={secondaryButton} download>
        Download the class history (CSV)
      </a>
      <Section id="scores" title="Scores over time">
        <ClassScoreChart assignments={assignments} roster={students.length} />
      </Section>
      <Section id="skills" title="By skill">
        <ClassSkillCharts assignments={assignments} />
      </Section>
      <Section id="misreading" title="Misreading maps by article">
        {maps.length === 0 ? (
          <p>No assignment yet: each assigned article gets a map of the sentences the class misread.</p>
        ) : (
          <div className="space-y-3">
            <p className="text-sm">Every assignment on the article counts, each student once, with their best finished attempt per assignment.</p>
            {maps.map((m) => (
              <details key={m.article.id} className="rounded-lg border border-slate-200 dark:border-slate-800" data-testid="class-map">
                <summary className="cursor-pointer px-3 py-2 font-medium">{m.article.title} ({counted(m.students, "student")} finished)</summary>
                <div className="p-3">
                  <MisreadingMap body={m.article.body} title={m.article.title} map={m.map} />
                </div>
              </details>
            ))}
          </div>
        )}
      </Section>
      <Section id="students" title="Students">
        {students.length === 0 ? (
          <p>Nobody has joined this class yet.</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {students.map((s) => (
              <li key={s.id}>
                <Link href={`/teacher/classes/${klass.id}/students/${s.id}`} className={linkClass}>{s.name ?? s.email}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </main>
  );
}
