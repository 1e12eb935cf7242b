import type { Metadata } from "next";
import Link from "next/link";
import { ClassScoreChart, ClassSkillCharts } from "@/components/history/class-charts";
import { PageTitle } from "@/components/ui/page-title";
import { linkClass, secondaryButton } from "@/components/ui/styles";
import { loadClassHistory } from "@/lib/history/class-loaders";

export const metadata: Metadata = { title: "Class history" };

export default async function ClassHistoryPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { klass, students, assignments } = await loadClassHistory(classId);
  return (
    <main className="space-y-6">
      <p><Link href={`/teacher/classes/${klass.id}`} className={linkClass}>← {klass.name}</Link></p>
      <PageTitle lead="Each student counts with their best finished attempt. Review sessions never change these numbers.">
        History of {klass.name}
      </PageTitle>
      <a href={`/teacher/classes/${klass.id}/history/export.csv`} className={secondaryButton} download>
        Download the class history (CSV)
      </a>
      <section aria-labelledby="scores" className="space-y-3">
        <h2 id="scores" className="text-xl font-semibold">Scores over time</h2>
        <ClassScoreChart assignments={assignments} roster={students.length} />
      </section>
      <section aria-labelledby="skills" className="space-y-3">
        <h2 id="skills" className="text-xl font-semibold">By skill</h2>
        <ClassSkillCharts assignments={assignments} />
      </section>
      <section aria-labelledby="students" className="space-y-3">
        <h2 id="students" className="text-xl font-semibold">Students</h2>
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
      </section>
    </main>
  );
}
