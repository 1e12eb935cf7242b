import type { AttemptResultView } from "@/lib/attempts/schema";
import { SKILL_LABELS, skillOf } from "@/lib/quiz/schema";
import { card, mutedText } from "@/components/ui/styles";

/** Each missed question again: what was chosen, the answer, why, and the sentence that says so. */
export function MissedQuestions({ questions }: { questions: AttemptResultView["questions"] }) {
  const missed = questions.filter((q) => !q.answer?.correct);
  if (missed.length === 0) return <p className={card}>No missed questions: every answer was right.</p>;
  return (
    <ol className="space-y-4">
      {missed.map((q) => (
        <li key={q.id} className={card} data-testid="missed-question">
          <p className={`text-sm ${mutedText}`}>
            Question {q.position + 1} · {SKILL_LABELS[skillOf(q.type)]}
          </p>
          <h3 className="mt-1 font-semibold">{q.prompt}</h3>
          <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className={mutedText}>Your answer</dt>
            <dd className="text-red-800 dark:text-red-300">{q.answer ? q.choices[q.answer.choiceIndex] : "Not answered"}</dd>
            <dt className={mutedText}>Answer</dt>
            <dd className="font-medium text-green-800 dark:text-green-300">{q.choices[q.answerIndex]}</dd>
          </dl>
          <p className="mt-3">{q.explanation}</p>
          {q.citations.map((c) => (
            <blockquote key={c.start} className="mt-3 border-l-4 border-amber-400 pl-3">
              <mark className="bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300">{c.text}</mark>
            </blockquote>
          ))}
        </li>
      ))}
    </ol>
  );
}
