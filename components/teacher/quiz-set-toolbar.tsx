"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { duplicateQuizSetAction, publishQuizSetAction, regenerateQuizSetAction } from "@/lib/quiz-sets/actions";
import { FormMessage, buttonClass, secondaryButtonClass } from "@/components/auth/field";

export function QuizSetToolbar({ quizSetId, status, questionCount }: { quizSetId: string; status: string; questionCount: number }) {
  const router = useRouter();
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
              disabled={busy || questionCount === 0}
              onClick={() => run(() => publishQuizSetAction({ quizSetId }), "Published. The questions are now fixed.")}
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
      {message && <FormMessage message={message.text} ok={message.ok} />}
    </div>
  );
}
