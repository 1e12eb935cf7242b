"use client";
import { useState, useTransition } from "react";
import { rotateJoinCodeAction } from "@/lib/classes/actions";
import { FormMessage, secondaryButtonClass } from "@/components/auth/field";

export function JoinCodePanel({ classId, joinCode, origin }: { classId: string; joinCode: string; origin: string }) {
  const [code, setCode] = useState(joinCode);
  const [error, setError] = useState<string | null>(null);
  const [busy, start] = useTransition();
  const link = `${origin}/join/${code}`;
  return (
    <section aria-labelledby="join-heading" className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="join-heading" className="text-lg font-semibold">Join code</h2>
      <p className="font-mono text-3xl tracking-widest" data-testid="join-code">{code}</p>
      <p>
        Join link: <a className="break-all underline" href={`/join/${code}`}>{link}</a>
      </p>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={busy}
        onClick={() =>
          confirm("A new code stops the old code and link from working. Continue?") &&
          start(async () => {
            const r = await rotateJoinCodeAction({ classId });
            if (r.ok) setCode(r.data.joinCode);
            setError(r.ok ? null : r.message);
          })
        }
      >
        New code
      </button>
      {error && <FormMessage message={error} />}
    </section>
  );
}
