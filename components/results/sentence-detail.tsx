import { MIN_STUDENTS, type MisreadSentence } from "@/lib/results/misreading";
import { pct } from "./misreading-scale";

/** The questions one sentence is cited by: share correct, most chosen wrong answer, evidence found. */
export function SentenceDetail({ sentence, text }: { sentence: MisreadSentence; text: string }) {
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h3 className="font-semibold">Selected sentence</h3>
      <blockquote className="border-l-4 border-orange-400 pl-3 italic">{text}</blockquote>
      <ul className="space-y-3">
        {sentence.questions.map((q) => (
          <li key={q.id} className="space-y-1 text-sm" data-testid="detail-question">
            <p className="font-medium">Question {q.position + 1}: {q.prompt}</p>
            {q.shareCorrect === null ? (
              <p>Fewer than {MIN_STUDENTS} students answered: hidden.</p>
            ) : (
              <dl className="grid grid-cols-[auto_1fr] gap-x-3">
                <dt>Correct</dt>
                <dd>{pct(q.shareCorrect)} of {q.answered}</dd>
                <dt>Most chosen wrong answer</dt>
                <dd>{q.mostChosenWrong ? `${q.mostChosenWrong.choice} (${q.mostChosenWrong.count})` : "none: nobody missed it"}</dd>
                {q.evidence && (
                  <>
                    <dt>Evidence found</dt>
                    <dd>{q.evidence.found} of {q.evidence.of}</dd>
                  </>
                )}
              </dl>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
