import type { AssignmentResults, ResultQuestion } from "@/lib/results/aggregate";
import { TeacherMark } from "./results-tables";

type Props = { rows: AssignmentResults["perStudent"]; questions: ResultQuestion[]; sentenceText: Record<number, string> };

/**
 * Per-student drill-down: each answer of the attempt that counts, beside the right answer and
 * the sentence the question cites (and, in evidence mode, the sentence the student picked).
 * Native <details>: keyboard and screen-reader operable, closed by default so the page stays short.
 */
export function StudentAnswers({ rows, questions, sentenceText }: Props) {
  const finished = rows.filter((r) => r.counted);
  return (
    <div className="space-y-2">
      {finished.map((r) => (
        <details key={r.student.id} id={`answers-${r.student.id}`} className="rounded-lg border border-slate-200 dark:border-slate-800" data-testid="student-answers">
          <summary className="cursor-pointer px-3 py-2 font-medium">
            {r.student.name ?? r.student.email}: {r.score} / {r.total}
            {r.evidence && `, evidence found ${r.evidence.found} / ${r.evidence.of}`}
          </summary>
          <ol className="space-y-3 border-t border-slate-200 p-3 text-sm dark:border-slate-800">
            {questions.map((q, i) => {
              const a = r.counted!.answers.find((x) => x.questionId === q.id);
              return (
                <li key={q.id} className="space-y-1" data-testid="student-answer" data-correct={a ? a.correct : "unanswered"}>
                  <p className="font-medium">{i + 1}. {q.prompt}<TeacherMark show={q.byTeacher} /></p>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                    <dt>Answer given</dt>
                    <dd>{a ? `${q.choices[a.choiceIndex] ?? ""} ${a.correct ? "(right)" : "(wrong)"}` : "not answered"}</dd>
                    <dt>Right answer</dt>
                    <dd>{q.choices[q.answerIndex]}</dd>
                    <dt>Cited sentence</dt>
                    <dd className="italic">{q.citations.map((c) => c.text).join(" … ")}</dd>
                    {a && a.evidenceSentence !== null && (
                      <>
                        <dt>Evidence picked</dt>
                        <dd><span className="italic">{sentenceText[a.evidenceSentence] ?? ""}</span> {a.evidenceFound ? "(found)" : "(not the cited sentence)"}</dd>
                      </>
                    )}
                  </dl>
                </li>
              );
            })}
          </ol>
        </details>
      ))}
    </div>
  );
}
