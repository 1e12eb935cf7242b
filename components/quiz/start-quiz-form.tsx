"use client";
import { useActionState } from "react";
import { useRouter } from "next/navigation";
import { startAttemptAction } from "@/lib/attempts/actions";
import type { ActionResult } from "@/lib/action";
import { focusRing, mutedText, primaryButton } from "@/components/ui/styles";

type Result = ActionResult<{ attemptId: string; resumed: boolean }> | null;

/** Starting is a write (it may create the guest identity), so it is a button, not a link. */
type Props = { quizSetId: string; assignmentId: string | null; label: string; evidenceOption?: boolean };

export function StartQuizForm({ quizSetId, assignmentId, label, evidenceOption }: Props) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (_prev: Result, formData: FormData): Promise<Result> => {
    const res = await startAttemptAction(formData);
    // Re-render the page on the server: it now finds the open attempt and shows question 1.
    if (res.ok) router.refresh();
    return res;
  }, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="quizSetId" value={quizSetId} />
      <input type="hidden" name="assignmentId" value={assignmentId ?? ""} />
      {/* Practice only: an assignment's teacher decides whether evidence is asked for. */}
      {evidenceOption && (
        <label className="flex items-start gap-2">
          <input type="checkbox" name="showEvidence" className={`mt-1 size-4 ${focusRing}`} aria-describedby="show-evidence-hint" />
          <span>
            <span className="font-medium">Show the evidence</span>
            <span id="show-evidence-hint" className={`block text-sm ${mutedText}`}>After each answer, pick the sentence in the article that supports it; scored apart from the answer.</span>
          </span>
        </label>
      )}
      <button type="submit" className={primaryButton} disabled={pending || state?.ok === true} autoFocus>
        {pending || state?.ok ? "Starting…" : label}
      </button>
      {state && !state.ok && (
        <p role="alert" className="font-medium text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
    </form>
  );
}
