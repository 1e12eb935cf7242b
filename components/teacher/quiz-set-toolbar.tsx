"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { duplicateQuizSetAction, publishQuizSetAction, regenerateQuizSetAction } from "@/lib/quiz-sets/actions";
import { FormMessage, buttonClass, secondaryButtonClass } from "@/components/auth/field";
import { counted } from "@/lib/plural";

export function QuizSetToolbar({ quizSetId, status, questionCount, suggestionCount = 0 }: { quizSetId: string; status: string; questionCount: number; suggestionCount?: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, start] = useTransition();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>, done: string) =>
    start(async () => {
      const r = await fn();
      setMessage(r.ok ? { text: done, ok: true } : { text: r.message ?? "That did not work.", ok: false });
      router.refresh();
    });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {status === "draft" ? (
          <>
            <button
              type="button"
              className={buttonClass}
              disabled={busy || questionCount === 0 || confirming}
              onClick={() => setConfirming(true)}
            >
              Publish quiz set
            </button>
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={busy}
              onClick={() => confirm("Regenerate replaces every question, edits included. Continue?") && run(() => regenerateQuizSetAction({ quizSetId }), "Questions regenerated from the article.")}
            >
              Regenerate
            </button>
          </>
        ) : (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={busy}
            onClick={() =>
              start(async () => {
                const r = await duplicateQuizSetAction({ quizSetId });
                if (r.ok) router.push(`/teacher/quiz-sets/${r.data.quizSetId}`);
                else setMessage({ text: r.message, ok: false });
              })
            }
          >
            Duplicate as a new draft
          </button>
        )}
      </div>
      {confirming && (
        <div role="group" aria-labelledby="publish-confirm" className="space-y-2 rounded-md border border-blue-300 bg-blue-50 p-3 dark:border-blue-700 dark:bg-slate-800">
          <p id="publish-confirm">
            Publishing freezes this quiz set: its {counted(questionCount, "question")} and the article can no longer be edited, so every
            student plays the same quiz. To change it later, duplicate it as a new draft.
            {suggestionCount > 0 && ` ${suggestionCount === 1 ? "The suggestion" : `The ${counted(suggestionCount, "suggestion")}`} you have not accepted will be left out.`}
          </p>
          <div className="flex gap-2">
            <button type="button" className={buttonClass} disabled={busy} onClick={() => { setConfirming(false); run(() => publishQuizSetAction({ quizSetId }), "Published. The questions are now fixed."); }}>
              Publish now
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)}>Keep editing</button>
          </div>
        </div>
      )}
      {message && <FormMessage message={message.text} ok={message.ok} />}
    </div>
  );
}
