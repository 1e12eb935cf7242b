import { secondaryButtonClass } from "@/components/auth/field";

// Plain links: the browser downloads the file itself (a route handler that checks the owner).
export function ExportLinks({ quizSetId }: { quizSetId: string }) {
  return (
    <section aria-labelledby="export-heading" className="space-y-2">
      <h2 id="export-heading" className="text-lg font-semibold">Use it in your LMS</h2>
      <div className="flex flex-wrap gap-2">
        <a className={secondaryButtonClass} href={`/teacher/quiz-sets/${quizSetId}/qti.zip`} download>
          Download QTI 2.1 package (.zip)
        </a>
        <a className={secondaryButtonClass} href={`/teacher/quiz-sets/${quizSetId}/moodle.xml`} download>
          Download Moodle XML
        </a>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The QTI package is made for the QTI 2.1 import of Canvas, Blackboard Learn and Schoology; for Moodle, import the Moodle XML (Question bank → Import). Each question keeps its choices, the right answer, and the explanation with the cited sentence as feedback.
      </p>
    </section>
  );
}
