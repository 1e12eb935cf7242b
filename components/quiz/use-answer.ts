"use client";
import { useCallback, useState } from "react";

type Result<F> = { ok: true; data: F } | { ok: false; message: string };

/**
 * The answer half of a question step, shared by the play screen and the review session: the
 * chosen choice, the server's verdict and what went wrong. The caller passes the server call.
 */
export function useAnswer<F>(send: (choiceIndex: number) => Promise<Result<F>>, resumed?: { feedback: F; selected: number }) {
  const [selected, setSelected] = useState<number | null>(resumed?.selected ?? null);
  const [feedback, setFeedback] = useState<F | null>(resumed?.feedback ?? null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = useCallback(async () => {
    if (selected === null) return;
    setPending(true);
    setError(null);
    try {
      const res = await send(selected);
      if (res.ok) setFeedback(res.data);
      else setError(res.message);
    } catch {
      // Safe to retry: the server counts an answer to a question once.
      setError("Could not reach the server. Check the connection and try again.");
    } finally {
      setPending(false);
    }
  }, [selected, send]);

  /** Ready for the next question. */
  const reset = useCallback(() => {
    setSelected(null);
    setFeedback(null);
  }, []);

  // `step` is spread into QuestionStep as is.
  return { feedback, reset, step: { selected, onSelect: setSelected, onSubmit: submit, feedback, pending, error } };
}
