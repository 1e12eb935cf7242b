"use client";
import { useCallback } from "react";
import { useRouter } from "next/navigation";
import { ArticlePanel } from "@/components/quiz/article-panel";
import { QuestionStep } from "@/components/quiz/question-step";
import { useAnswer } from "@/components/quiz/use-answer";
import { mutedText } from "@/components/ui/styles";
import { answerReviewAction, practiseReviewAction } from "@/lib/review/actions";
import { SKILL_LABELS, skillOf } from "@/lib/quiz/schema";
import type { ReviewFeedback, ReviewPrompt } from "@/lib/review/schema";

/**
 * One due question at a time, with the play screen's own question step and article panel. The
 * browser holds only prompt and choices until the server has scored the answer; "Next" refreshes
 * the page, whose server render picks the next due question.
 */
export function ReviewSession({ prompt, practice }: { prompt: ReviewPrompt; practice?: { onNext: () => void; nextLabel: string } }) {
  const router = useRouter();
  const send = useCallback(
    (choiceIndex: number) => (practice ? practiseReviewAction : answerReviewAction)({ questionId: prompt.questionId, choiceIndex }),
    [prompt.questionId, practice],
  );
  const { feedback, step } = useAnswer<ReviewFeedback>(send);

  const refresh = useCallback(() => router.refresh(), [router]);
  const next = practice?.onNext ?? refresh;
  const caption = `${SKILL_LABELS[skillOf(prompt.type)]} · from “${prompt.quizTitle}”${!practice && prompt.streak > 0 ? " · right last time: once more and it is done" : ""}`;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <div className="space-y-4">
        <QuestionStep
          question={{ id: prompt.questionId, type: prompt.type, prompt: prompt.prompt, choices: prompt.choices }}
          {...step}
          onNext={next}
          caption={caption}
          nextLabel={practice?.nextLabel ?? (prompt.dueCount > 1 ? "Next review question" : "Finish the review")}
        />
        {/* Always rendered, one line tall, so the schedule appearing moves nothing. */}
        <p className={`min-h-5 text-sm ${mutedText}`} data-testid="review-schedule">{feedback && (practice ? practiceText(feedback) : scheduleText(feedback))}</p>
      </div>
      <div className="lg:sticky lg:top-4">
        <ArticlePanel article={feedback?.article ?? prompt.article} citations={feedback?.citations ?? NO_CITATIONS} />
      </div>
    </div>
  );
}

function scheduleText(feedback: ReviewFeedback): string {
  return feedback.next.retired
    ? "Right twice in a row: this question will not come back."
    : `This question comes back on ${feedback.next.dueAt.slice(0, 10)} (UTC).`;
}

function practiceText(feedback: ReviewFeedback): string {
  return `Practice only: the schedule is unchanged, and this question still comes back on ${feedback.next.dueAt.slice(0, 10)} (UTC).`;
}

const NO_CITATIONS: never[] = [];
