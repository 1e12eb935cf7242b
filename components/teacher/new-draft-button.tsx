"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { createDraftFromArticleAction } from "@/lib/articles/actions";

export function NewDraftButton({ articleId }: { articleId: string }) {
  const router = useRouter();
  const [busy, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="text-sm underline disabled:opacity-60"
        disabled={busy}
        onClick={() =>
          start(async () => {
            const r = await createDraftFromArticleAction({ articleId });
            if (r.ok) router.push(`/teacher/quiz-sets/${r.data.quizSetId}`);
            else setError(r.message);
          })
        }
      >
        {busy ? "Generating…" : "New quiz set from it"}
      </button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </>
  );
}
