import type { Metadata } from "next";
import Link from "next/link";
import { QuestionResultsTable, SkillResultsTable, StudentResultsTable } from "@/components/teacher/results-tables";
import { loadAssignmentResults } from "@/lib/results/loaders";
import { secondaryButtonClass } from "@/components/auth/field";
import { Section } from "@/components/ui/section";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { LocalTime } from "@/components/classes/local-time";
import { counted } from "@/lib/plural";
import { MisreadingMap } from "@/components/results/misreading-map";
import { StudentAnswers } from "@/components/teacher/student-answers";

export const metadata: Metadata = { title: "Results · Fact-Check Quiz" };

export default async function AssignmentResultsPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const r = await loadAssignmentResults((await params).assignmentId);
  const { assignment } = r;
  const finished = r.perStudent.filter((p) => p.score !== null);
  const notStarted = r.perStudent.filter((p) => p.attempts === 0).map((p) => p.student.name ?? p.student.email ?? "Unnamed student");
  const evidence = assignment.showEvidence || r.perStudent.some((p) => p.evidence);
  const sentenceText = Object.fromEntries(r.sentences.map((s) => [s.id, r.article.body.slice(s.start, s.end)]));
  const average = finished.length ? Math.round((100 * finished.reduce((s, p) => s + p.score! / Math.max(1, p.total!), 0)) / finished.length) : null;
  return (
    <main className="space-y-8">
      <div className="space-y-1">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Link className="underline" href={`/teacher/classes/${assignment.class.id}`}>{assignment.class.name}</Link>
        </p>
        <h1 className="text-2xl font-bold">Results: {assignment.quizSet.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Due <LocalTime iso={assignment.dueAt.toISOString()} /> · {counted(assignment.maxAttempts, "attempt")} each · each student&apos;s best finished attempt counts.
          {assignment.showEvidence && " · Show the evidence: students pick the supporting sentence of each answer."}
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="results-summary">
          <dt className="font-medium">Finished</dt><dd>{finished.length} of {counted(r.perStudent.length, "student")}</dd>
          <dt className="font-medium">Class average</dt><dd>{average === null ? "none yet" : `${average}%`}</dd>
          <dt className="font-medium">Not started</dt><dd>{notStarted.length ? notStarted.join(", ") : r.perStudent.length ? "Nobody: everyone has started" : "No student in the class yet"}</dd>
        </dl>
        <a className={secondaryButtonClass} href={`/teacher/assignments/${assignment.id}/results.csv`} download>Download CSV</a>
      </div>
      {finished.length === 0 ? (
        <p role="status" data-testid="results-empty">
          No finished attempt yet. As students finish, their best scores appear here per student, per question (with the
          sentence each question cites and the most chosen wrong answer) and per skill.
        </p>
      ) : (
        <>
          <Section id="students-heading" title="Per student" className="space-y-2">
            <ScrollRegion label="Results per student"><StudentResultsTable rows={r.perStudent} evidence={evidence} /></ScrollRegion>
          </Section>
          <Section id="answers-heading" title="Each student's answers" className="space-y-2">
            <p className="text-sm">Open a student to see every answer of the attempt that counts, the right answer and the sentence the question cites.</p>
            <StudentAnswers rows={r.perStudent} questions={r.questions} sentenceText={sentenceText} />
          </Section>
          <Section id="map-heading" title="Misreading map" className="space-y-2">
            <p className="text-sm">The article as the class read it: each sentence a question cites is shaded by the share of students who missed a question citing it.</p>
            <MisreadingMap body={r.article.body} title={r.article.title} map={r.misreading} />
          </Section>
          <Section id="questions-heading" title="Per question" className="space-y-2">
            <p className="text-sm">The cited sentence is the one the question tests: a low share correct points at a sentence the class misread.</p>
            <ScrollRegion label="Results per question"><QuestionResultsTable rows={r.perQuestion} evidence={evidence} /></ScrollRegion>
          </Section>
          <Section id="skills-heading" title="Per skill" className="space-y-2">
            <ScrollRegion label="Results per skill"><SkillResultsTable rows={r.perSkill} /></ScrollRegion>
          </Section>
        </>
      )}
    </main>
  );
}
