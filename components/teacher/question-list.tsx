"use client";
import { useState, useTransition } from "react";
import { undoDeleteQuestionAction } from "@/lib/quiz-sets/actions";
import { FormMessage, secondaryButtonClass } from "@/components/auth/field";
import type { ArticleSentence } from "@/lib/quiz-sets/sentences";
import { QuestionEditor } from "./question-editor";

type Question = Parameters<typeof QuestionEditor>[0]["question"] & { own?: boolean };

/** The draft's questions, with Undo for the last one dropped (a drop is kept until publishing). */
export function QuestionList({ quizSetId, questions, editable, sentences }: { quizSetId: string; questions: Question[]; editable: boolean; sentences?: ArticleSentence[] }) {
  const [dropped, setDropped] = useState<{ id: string; number: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, start] = useTransition();
  const undo = () =>
    start(async () => {
      if (!dropped) return;
      const r = await undoDeleteQuestionAction({ quizSetId, questionId: dropped.id });
      setError(r.ok ? null : r.message);
      if (r.ok) setDropped(null);
    });
  return (
    <>
      {dropped && (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-slate-50 p-3 dark:border-slate-600 dark:bg-slate-800">
          <span>Question {dropped.number} dropped.</span>
          <button type="button" className={secondaryButtonClass} disabled={busy} onClick={undo}>Undo</button>
        </div>
      )}
      {error && <FormMessage message={error} />}
      {questions.map((q, i) => (
        <QuestionEditor
          key={q.id}
          quizSetId={quizSetId}
          question={q}
          number={i + 1}
          total={questions.length}
          editable={editable}
          own={q.own}
          sentences={sentences}
          onDropped={(id, number) => setDropped({ id, number })}
        />
      ))}
    </>
  );
}
