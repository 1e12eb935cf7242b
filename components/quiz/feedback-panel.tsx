import type { ReactNode } from "react";
import type { StepFeedback, StepQuestion } from "./question-step";
import { showCitedSentence } from "./article-focus";
import { linkClass } from "@/components/ui/styles";

/** Right or wrong, the explanation, and the cited sentence the answer comes from. */
export function FeedbackPanel({ question, feedback, children }: { question: StepQuestion; feedback: StepFeedback; children?: ReactNode }) {
  const tone = feedback.correct
    ? "border-green-700 bg-green-50 dark:border-green-500 dark:bg-green-950/60"
    : "border-red-700 bg-red-50 dark:border-red-500 dark:bg-red-950/60";
  // On a wide screen the article sits beside the feedback with the sentence marked, so a quote
  // the explanation already holds is left out there; on a phone the article is below the fold.
  const quoted = feedback.citations.every((c) => feedback.explanation.includes(c.text.trim()));
  return (
    <div className={`space-y-3 rounded-xl border-l-4 p-4 ${tone}`} data-testid="feedback" data-correct={feedback.correct}>
      <p className="text-lg font-bold">
        {feedback.correct ? "Right." : `Not quite. The answer is “${question.choices[feedback.answerIndex]}”.`}
      </p>
      <p>{feedback.explanation}</p>
      {feedback.citations.length > 0 && (
        <div className={`space-y-1 ${quoted ? "lg:hidden" : ""}`} data-testid="feedback-citation">
          <blockquote className="border-l-2 border-slate-400 pl-3 text-sm italic text-slate-700 dark:text-slate-300">
            <span className="sr-only">From the article: </span>
            {feedback.citations.map((c) => c.text).join(" … ")}
          </blockquote>
          <button type="button" className={`text-sm ${linkClass}`} onClick={showCitedSentence}>
            Show in article
          </button>
        </div>
      )}
      {children}
    </div>
  );
}
