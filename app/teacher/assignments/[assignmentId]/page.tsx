import type { Metadata } from "next";
import Link from "next/link";
import { QuestionResultsTable, SkillResultsTable, StudentResultsTable } from "@/components/teacher/results-tables";
import { loadAssignmentResults } from "@/lib/results/loaders";
import { secondaryButtonClass } from "@/components/auth/field";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Results · Fact-Check Quiz" };

export default async function AssignmentResultsPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const r = await loadAssignmentResults((await params).assignmentId);
  const { assignment } = r;
  return (
    <main className="space-y-8">
      <div className="space-y-1">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link className="underline" href={`/teacher/classes/${assignment.class.id}`}>{assignment.class.name}</Link>
        </p>
        <h1 className="text-2xl font-bold">Results: {assignment.quizSet.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">Each student&apos;s best finished attempt counts.</p>
        <a className={secondaryButtonClass} href={`/teacher/assignments/${assignment.id}/results.csv`} download>Download CSV</a>
      </div>
      <Section id="students-heading" title="Per student" className="space-y-2 overflow-x-auto">
        <StudentResultsTable rows={r.perStudent} />
      </Section>
      <Section id="questions-heading" title="Per question" className="space-y-2 overflow-x-auto">
        <p className="text-sm">The cited sentence is the one the question tests: a low share correct points at a sentence the class misread.</p>
        <QuestionResultsTable rows={r.perQuestion} />
      </Section>
      <Section id="skills-heading" title="Per skill" className="space-y-2 overflow-x-auto">
        <SkillResultsTable rows={r.perSkill} />
      </Section>
    </main>
  );
}
