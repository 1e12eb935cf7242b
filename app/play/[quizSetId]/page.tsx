import type { Metadata } from "next";
import Link from "next/link";
import { loadPlay } from "@/lib/attempts/loaders";
import { QuizPlayer } from "@/components/quiz/quiz-player";
import { StartQuizForm } from "@/components/quiz/start-quiz-form";
import { ArticleMeta } from "@/components/quiz/article-meta";
import { card, linkClass, mutedText } from "@/components/ui/styles";
import { counted } from "@/lib/plural";
import { closedReason } from "@/lib/assignments/rules";
import { articleSentences } from "@/lib/quiz-sets/sentences";

export const metadata: Metadata = { title: "Play" };

type Props = { params: Promise<{ quizSetId: string }>; searchParams: Promise<{ assignment?: string | string[]; attempt?: string | string[] }> };

export default async function PlayPage({ params, searchParams }: Props) {
  const { quizSetId } = await params;
  const { assignment, attempt } = await searchParams;
  const requested = typeof assignment === "string" && assignment ? assignment : null;
  const played = typeof attempt === "string" && attempt ? attempt : null;
  const { quizSet, assignmentId, assigned, state, lastFinished, standing } = await loadPlay(quizSetId, requested, played);
  const usedUp = standing !== null && standing.attemptsLeft === 0;

  if (state?.question) {
    // Only the question's prompt and choices cross to the browser; see PlayQuestion.
    return (
      <main className="mx-auto max-w-6xl px-4 py-5 sm:py-8">
        <QuizPlayer
          key={state.attemptId}
          state={{ ...state, question: state.question }}
          article={quizSet.article}
          quizTitle={quizSet.title}
          sentences={state.showEvidence ? articleSentences(quizSet.article.body).map(({ id, start, end }) => ({ id, start, end })) : undefined}
        />
      </main>
    );
  }

  return (
    <main className="mx-auto max-w-2xl px-4 py-8 sm:py-12">
      <div className={`${card} space-y-5 p-6 sm:p-8`}>
        <div className="space-y-2">
          <p className={`text-sm font-medium ${mutedText}`}>Quiz · {counted(quizSet.questionCount, "question")}</p>
          <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{quizSet.title}</h1>
          <ArticleMeta article={quizSet.article} />
        </div>
        <ul className="list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
          <li>One question at a time, about who said what, claims, dates and sources.</li>
          <li>After each answer you see why, with the sentence from the article highlighted.</li>
          <li>No clock unless you switch the timer on. You can stop and come back later.</li>
        </ul>
        {standing && !usedUp && (
          <p role="note" data-testid="attempts-left">
            {assigned ? "This quiz is assigned to your class: starting" : "Starting"} it uses one of your attempts ({counted(standing.attemptsLeft, "attempt")} left of {standing.maxAttempts}).
          </p>
        )}
        {standing?.showEvidence && !usedUp && (
          <p role="note" data-testid="evidence-asked">
            Your teacher asks for the evidence: after each answer, pick the sentence in the article that supports it. It is scored apart from the answer.
          </p>
        )}
        {usedUp ? (
          <p role="status" data-testid="attempts-left">
            {closedReason(standing)}, so it cannot be played again.{" "}
            <Link href="/assignments" className={linkClass}>Your assignments</Link>
          </p>
        ) : quizSet.questionCount > 0 ? (
          <StartQuizForm quizSetId={quizSet.id} assignmentId={assignmentId} label={lastFinished ? "Play again" : "Start the quiz"} evidenceOption={!assignmentId} />
        ) : (
          <p role="status">This quiz has no questions yet.</p>
        )}
        {lastFinished && (
          <p className={mutedText}>
            Last time you scored {lastFinished.score} of {lastFinished.total}.{" "}
            <Link href={`/results/${lastFinished.id}`} className={linkClass}>
              See that result
            </Link>
          </p>
        )}
      </div>
    </main>
  );
}
