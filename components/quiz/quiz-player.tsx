"use client";
import { useCallback, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { answerQuestionAction } from "@/lib/attempts/actions";
import type { AnswerFeedback, PlayState } from "@/lib/attempts/schema";
import type { ArticleView, PlayQuestion } from "@/lib/quiz/schema";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ArticlePanel } from "./article-panel";
import { QuestionStep } from "./question-step";
import { QuizTimer } from "./quiz-timer";
import { useAnswer } from "./use-answer";

type Props = { state: PlayState & { question: PlayQuestion }; article: ArticleView; quizTitle: string };

/**
 * The play screen. It holds only what the server already sent: the current question without
 * its key, then the feedback the answer action returns (key, explanation, citations, next).
 */
export function QuizPlayer({ state, article, quizTitle }: Props) {
  const router = useRouter();
  // Reloaded after an answer: back on that answer's feedback, with Next leading on.
  const [resumed] = useState(() => resumeFrom(state));
  const [question, setQuestion] = useState(resumed ? resumed.question : state.question);
  const [number, setNumber] = useState(resumed ? state.answered : state.answered + 1);
  const send = useCallback(
    (choiceIndex: number) => answerQuestionAction({ attemptId: state.attemptId, questionId: question.id, choiceIndex }),
    [state.attemptId, question.id],
  );
  const { feedback, reset, step } = useAnswer<AnswerFeedback>(send, resumed ?? undefined);
  useEffect(() => {
    // The attempt goes into the address, so a reload once it is finished opens its result.
    const url = new URL(window.location.href);
    if (url.searchParams.get("attempt") === state.attemptId) return;
    url.searchParams.set("attempt", state.attemptId);
    window.history.replaceState(window.history.state, "", url);
  }, [state.attemptId]);
  const answered = feedback ? feedback.answered : number - 1;

  const next = useCallback(() => {
    if (!feedback) return;
    if (!feedback.next) {
      router.push(`/results/${state.attemptId}`);
      return;
    }
    setQuestion(feedback.next);
    setNumber(feedback.answered + 1);
    reset();
  }, [feedback, router, state.attemptId, reset]);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <div className="space-y-5">
        <div className="flex items-start justify-between gap-4">
          <h1 className="text-base font-semibold text-slate-700 dark:text-slate-300">{quizTitle}</h1>
          <QuizTimer startedAt={state.startedAt} />
        </div>
        <ProgressBar value={answered} max={state.total} label={`Question ${number} of ${state.total}`} />
        <QuestionStep
          question={question}
          {...step}
          onNext={next}
          nextLabel={feedback?.next ? "Next question" : "See your score"}
        />
      </div>
      <div className="lg:sticky lg:top-4">
        <ArticlePanel article={article} citations={feedback?.citations ?? NO_CITATIONS} />
      </div>
    </div>
  );
}

const NO_CITATIONS: never[] = [];

/** The last answered question as the answer action returned it, when the attempt has one. */
function resumeFrom(state: Props["state"]): { question: PlayQuestion; selected: number; feedback: AnswerFeedback } | null {
  if (!state.last) return null;
  const { question, ...outcome } = state.last;
  return { question, selected: outcome.choiceIndex, feedback: { ...outcome, next: state.question, answered: state.answered, total: state.total } };
}
