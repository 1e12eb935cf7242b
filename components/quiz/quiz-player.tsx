"use client";
import { useCallback, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import type { AnswerFeedback, PlayState } from "@/lib/attempts/schema";
import type { ArticleView, PlayQuestion } from "@/lib/quiz/schema";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ArticlePanel } from "./article-panel";
import { EvidencePicker, EvidenceVerdict, type SentenceSpan } from "./evidence-picker";
import { EvidenceStep } from "./evidence-step";
import { QuestionStep } from "./question-step";
import { QuizTimer } from "./quiz-timer";
import { sendAnswer } from "./send-answer";
import { useAnswer } from "./use-answer";

type Props = { state: PlayState & { question: PlayQuestion }; article: ArticleView; quizTitle: string; sentences?: SentenceSpan[] };

/**
 * The play screen. It holds only what the server already sent: the current question without
 * its key, then the feedback the answer action returns (key, explanation, citations, next).
 * In evidence mode the answer is sent with the sentence picked in the article, both at once.
 */
export function QuizPlayer({ state, article, quizTitle, sentences }: Props) {
  const router = useRouter();
  // Reloaded after an answer: back on that answer's feedback, with Next leading on.
  const [resumed] = useState(() => resumeFrom(state));
  const [question, setQuestion] = useState(resumed ? resumed.question : state.question);
  const [number, setNumber] = useState(resumed ? state.answered : state.answered + 1);
  const [picked, setPicked] = useState<number | null>(null);
  const [evidenceAsked, setEvidenceAsked] = useState(false);
  const evidenceMode = state.showEvidence && !!sentences;
  const send = useCallback(
    (choiceIndex: number) =>
      sendAnswer({ attemptId: state.attemptId, questionId: question.id, choiceIndex, ...(evidenceMode && picked !== null ? { evidenceSentence: picked } : {}) }),
    [state.attemptId, question.id, evidenceMode, picked],
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
    setPicked(null);
    setEvidenceAsked(false);
    reset();
  }, [feedback, router, state.attemptId, reset]);

  // Evidence mode: "Check answer" without a picked sentence sends nothing and points at the article.
  const submit = useCallback(() => {
    if (evidenceMode && picked === null) {
      setEvidenceAsked(true);
      focusPicker();
      return;
    }
    step.onSubmit();
  }, [evidenceMode, picked, step]);

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
          onSubmit={submit}
          onNext={next}
          nextLabel={feedback?.next ? "Next question" : "See your score"}
          beforeCheck={evidenceMode && <EvidenceStep chosen={step.selected !== null} picked={picked !== null} asked={evidenceAsked} onGo={focusPicker} />}
          afterFeedback={feedback?.evidence && sentences && <EvidenceVerdict evidence={feedback.evidence} body={article.body} sentences={sentences} />}
        />
      </div>
      <div className="lg:sticky lg:top-4">
        <ArticlePanel article={article} citations={feedback?.citations ?? NO_CITATIONS}>
          {evidenceMode && !feedback ? (
            <EvidencePicker questionId={question.id} body={article.body} sentences={sentences!} picked={picked} onPick={setPicked} />
          ) : null}
        </ArticlePanel>
      </div>
    </div>
  );
}

const NO_CITATIONS: never[] = [];

/** Focus the picked sentence, or the first one: on a phone this also scrolls the article into view. */
function focusPicker() {
  const group = document.querySelector<HTMLElement>("[data-testid=evidence-picker]");
  const target = group?.querySelector<HTMLInputElement>("input:checked") ?? group?.querySelector<HTMLInputElement>("input");
  target?.focus();
  target?.closest("label")?.scrollIntoView({ block: "center" });
}

/** The last answered question as the answer action returned it, when the attempt has one. */
function resumeFrom(state: Props["state"]): { question: PlayQuestion; selected: number; feedback: AnswerFeedback } | null {
  if (!state.last) return null;
  const { question, ...outcome } = state.last;
  return { question, selected: outcome.choiceIndex, feedback: { ...outcome, next: state.question, answered: state.answered, total: state.total } };
}
