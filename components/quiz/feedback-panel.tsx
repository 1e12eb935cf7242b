import type { ReactNode } from "react";
import type { StepFeedback, StepQuestion } from "./question-step";

/** Right or wrong, the explanation, and the cited sentence the answer comes from. */
export function FeedbackPanel({ question, feedback, children }: { question: StepQuestion; feedback: StepFeedback; children?: ReactNode }) {
  const tone = feedback.correct
    ? "border-green-700 bg-green-50 dark:border-green-500 dark:bg-green-950/60"
    : "border-red-700 bg-red-50 dark:border-red-500 dark:bg-red-950/60";
  return (
    <div className={`space-y-3 rounded-xl border-l-4 p-4 ${tone}`} data-testid="feedback" data-correct={feedback.correct}>
      <p className="text-lg font-bold">
        {feedback.correct ? "Right." : `Not quite. The answer is “${question.choices[feedback.answerIndex]}”.`}
      </p>
      <p>{feedback.explanation}</p>
      {/* The explanation usually quotes the sentence already; then the article beside is enough. */}
      {feedback.citations.length > 0 && !feedback.citations.every((c) => feedback.explanation.includes(c.text.trim())) && (
        <blockquote className="border-l-2 border-slate-400 pl-3 text-sm italic text-slate-700 dark:text-slate-300">
          <span className="sr-only">From the article: </span>
          {feedback.citations.map((c) => c.text).join(" … ")}
        </blockquote>
      )}
      {children}
    </div>
  );
}
