"use client";
import { useEffect, useRef, type ReactNode } from "react";
import type { AnswerOutcome, PlayQuestion } from "@/lib/quiz/schema";
import { linkClass, primaryButton, mutedText } from "@/components/ui/styles";
import { showArticle } from "./article-focus";
import { ChoiceList } from "./choice-list";
import { FeedbackPanel } from "./feedback-panel";

export type StepQuestion = Omit<PlayQuestion, "position">;
export type StepFeedback = Omit<AnswerOutcome, "questionId">;

type Props = {
  question: StepQuestion;
  selected: number | null;
  onSelect: (index: number) => void;
  onSubmit: () => void;
  onNext: () => void;
  feedback: StepFeedback | null;
  pending: boolean;
  error: string | null;
  nextLabel: string;
  /** e.g. "Question 3 of 14", read before the prompt. */
  caption?: string;
  /** Shown above the check button (the evidence step's instruction). */
  beforeCheck?: ReactNode;
  /** Shown in the feedback, before the next button (the evidence verdict). */
  afterFeedback?: ReactNode;
};

/**
 * One question: choose (touch, number keys 1–9, arrow keys), Enter to check, Enter again to go
 * on. The play page and the review session both use it; the caller owns the server call.
 */
export function QuestionStep(props: Props) {
  const { question, selected, feedback, pending } = props;
  const nextButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useQuestionKeys(props);

  // Focus follows the flow so keyboard users never hunt for it: feedback → Next; new question → prompt.
  useEffect(() => {
    if (feedback) nextButton.current?.focus();
  }, [feedback]);
  useEffect(() => {
    heading.current?.focus();
  }, [question.id]);

  return (
    <form
      className="space-y-5"
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        if (!feedback && selected !== null && !pending) props.onSubmit();
      }}
    >
      <fieldset className="space-y-4" disabled={!!feedback}>
        <legend className="sr-only">{question.prompt}</legend>
        {props.caption && <p className={`text-sm ${mutedText}`}>{props.caption}</p>}
        <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold leading-snug outline-none sm:text-2xl" data-testid="prompt">
          {question.prompt}
        </h2>
        <ChoiceList questionId={question.id} choices={question.choices} selected={selected} feedback={feedback} onSelect={props.onSelect} />
      </fieldset>
      {/* Reserved height: the feedback takes the button's place instead of pushing content around. */}
      <div className="min-h-44" aria-live="polite">
        {feedback ? (
          <FeedbackPanel question={question} feedback={feedback}>
            {props.afterFeedback}
            <button ref={nextButton} type="button" className={primaryButton} onClick={props.onNext}>
              {props.nextLabel}
            </button>
          </FeedbackPanel>
        ) : (
          <div className="space-y-3">
            {props.beforeCheck}
            <button type="submit" className={primaryButton} disabled={selected === null || pending}>
              {pending ? "Checking…" : "Check answer"}
            </button>
            {props.error && (
              <p role="alert" className="font-medium text-red-700 dark:text-red-400">
                {props.error}
              </p>
            )}
            {/* On a phone the article is below the question: one tap takes the reader there. */}
            <button type="button" className={`block text-sm lg:hidden ${linkClass}`} onClick={showArticle}>
              Read the article ↓
            </button>
            <p className={`hidden text-sm sm:block ${mutedText}`}>
              Keys: <kbd>1</kbd>–<kbd>{Math.min(question.choices.length, 9)}</kbd> or arrows to choose, <kbd>Enter</kbd> to check.
            </p>
          </div>
        )}
      </div>
    </form>
  );
}

function useQuestionKeys({ question, selected, feedback, pending, onSelect, onSubmit, onNext }: Props) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement;
      if (target.closest("textarea, select, input:not([type=radio]), [contenteditable]")) return;
      const onControl = !!target.closest("button, a, summary");
      if (feedback) {
        if (e.key === "Enter" && !onControl) {
          e.preventDefault();
          onNext();
        }
        return;
      }
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= question.choices.length) {
        e.preventDefault();
        select(question.id, n - 1, onSelect);
      } else if (["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight"].includes(e.key) && target.getAttribute("type") !== "radio") {
        // Native radios already move with arrows; this covers focus elsewhere on the page.
        if (target.closest("[role=region]")) return;
        e.preventDefault();
        const step = e.key === "ArrowDown" || e.key === "ArrowRight" ? 1 : -1;
        const count = question.choices.length;
        select(question.id, selected === null ? (step > 0 ? 0 : count - 1) : (selected + step + count) % count, onSelect);
      } else if (e.key === "Enter" && !onControl && selected !== null && !pending) {
        e.preventDefault();
        onSubmit();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [question, selected, feedback, pending, onSelect, onSubmit, onNext]);
}

function select(questionId: string, index: number, onSelect: (i: number) => void) {
  onSelect(index);
  document.getElementById(`choice-${questionId}-${index}`)?.focus();
}
