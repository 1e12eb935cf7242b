"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { ArticlePanel } from "@/components/quiz/article-panel";
import { card, focusRing, mutedText, primaryButton } from "@/components/ui/styles";
import { answerReviewAction } from "@/lib/review/actions";
import type { ReviewFeedback, ReviewPrompt } from "@/lib/review/schema";
import { SKILL_LABELS, skillOf } from "@/lib/quiz/schema";

/**
 * One due question at a time. The browser holds only prompt and choices until the server has
 * scored the answer; then the explanation and the article with the cited sentence appear.
 * "Next" refreshes the page, whose server render picks the next due question.
 */
export function ReviewSession({ prompt }: { prompt: ReviewPrompt }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<ReviewFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const next = useRef<HTMLButtonElement>(null);

  function answer(choiceIndex: number) {
    if (feedback || pending) return;
    setError(null);
    startTransition(async () => {
      const result = await answerReviewAction({ questionId: prompt.questionId, choiceIndex });
      if (result.ok) setFeedback(result.data);
      else setError(result.message);
    });
  }

  useEffect(() => {
    if (feedback) next.current?.focus();
  }, [feedback]);

  return (
    <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
      <section aria-labelledby="review-question" className={`${card} space-y-4`}>
        <p className={`text-sm ${mutedText}`}>
          {SKILL_LABELS[skillOf(prompt.type)]} · from “{prompt.quizTitle}”
          {prompt.streak > 0 && " · right last time: one more and it is done"}
        </p>
        <h2 id="review-question" className="text-lg font-semibold leading-snug">{prompt.prompt}</h2>
        <ChoiceList choices={prompt.choices} feedback={feedback} disabled={pending || feedback !== null} onChoose={answer} />
        <div aria-live="polite" className="min-h-6">
          {error && <p role="alert" className="text-red-700 dark:text-red-400">{error}</p>}
          {feedback && <FeedbackText feedback={feedback} />}
        </div>
        {feedback && (
          <button ref={next} type="button" className={primaryButton} onClick={() => router.refresh()}>
            Next review question
          </button>
        )}
      </section>
      {feedback && <ArticlePanel article={feedback.article} citations={feedback.citations} />}
    </div>
  );
}

function ChoiceList(props: { choices: string[]; feedback: ReviewFeedback | null; disabled: boolean; onChoose: (i: number) => void }) {
  const { choices, feedback, disabled, onChoose } = props;
  const list = useRef<HTMLOListElement>(null);
  // Number keys pick a choice, arrows move between them: the same keys as the quiz.
  function onKeyDown(e: React.KeyboardEvent) {
    const n = Number(e.key);
    if (Number.isInteger(n) && n >= 1 && n <= choices.length) return onChoose(n - 1);
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    const buttons = [...(list.current?.querySelectorAll("button") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(at + (e.key === "ArrowDown" ? 1 : buttons.length - 1)) % buttons.length]?.focus();
  }
  return (
    <ol ref={list} className="space-y-2" onKeyDown={onKeyDown} aria-label="Choices">
      {choices.map((c, i) => {
        const state = !feedback ? "" : i === feedback.answerIndex ? "right" : i === feedback.choiceIndex ? "wrong" : "";
        const tone = state === "right" ? "border-green-700 bg-green-50 dark:bg-green-950/40" : state === "wrong" ? "border-red-700 bg-red-50 dark:bg-red-950/40" : "border-slate-300 dark:border-slate-700";
        return (
          <li key={i}>
            <button type="button" disabled={disabled} onClick={() => onChoose(i)} aria-keyshortcuts={String(i + 1)}
              className={`flex min-h-11 w-full items-start gap-3 rounded-lg border-2 px-3 py-2 text-left ${tone} ${focusRing}`} data-state={state || undefined}>
              <span aria-hidden="true" className="font-mono text-sm">{i + 1}</span>
              <span>{c}{state === "right" && <span className="sr-only"> (correct answer)</span>}{state === "wrong" && <span className="sr-only"> (your answer)</span>}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function FeedbackText({ feedback }: { feedback: ReviewFeedback }) {
  const when = feedback.next.retired
    ? "Right twice in a row: this question is retired."
    : `It comes back on ${feedback.next.dueAt.slice(0, 10)}.`;
  return (
    <div className="space-y-2" data-testid="review-feedback">
      <p className="font-semibold">{feedback.correct ? "Right." : "Not quite."} {when}</p>
      <p>{feedback.explanation}</p>
      {feedback.citations.map((c) => (
        <blockquote key={`${c.start}-${c.end}`} className="border-l-4 border-amber-400 pl-3 italic" data-testid="review-citation">{c.text}</blockquote>
      ))}
    </div>
  );
}
