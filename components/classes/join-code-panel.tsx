"use client";
import { useRef, useState, useTransition } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { QrCode } from "./qr-code";
import { rotateJoinCodeAction } from "@/lib/classes/actions";
import { FormMessage, secondaryButtonClass } from "@/components/auth/field";

export function JoinCodePanel({ classId, joinCode, origin }: { classId: string; joinCode: string; origin: string }) {
  const [code, setCode] = useState(joinCode);
  const [error, setError] = useState<string | null>(null);
  const [busy, start] = useTransition();
  const link = `${origin}/join/${code}`;
  const projector = useRef<HTMLDialogElement>(null);
  return (
    <section aria-labelledby="join-heading" className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="join-heading" className="text-lg font-semibold">Join code</h2>
      <p className="font-mono text-3xl tracking-widest" data-testid="join-code">{code}</p>
      <p>
        Join link: <a className="break-all underline" href={`/join/${code}`}>{link}</a>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton text={code} label="Copy code" />
        <CopyButton text={link} label="Copy link" />
        <button type="button" className={secondaryButtonClass} onClick={() => projector.current?.showModal()}>Project this</button>
      </div>
      <QrCode text={link} label={`QR code for the join link ${link}`} className="h-40 w-40" />
      {/* Full screen for the classroom projector: a native modal dialog (Escape closes it). */}
      <dialog ref={projector} aria-labelledby="project-heading" className="m-0 h-full max-h-none w-full max-w-none bg-white p-8 text-slate-900 backdrop:bg-black/60">
        <div className="flex h-full flex-col items-center justify-center gap-6 text-center">
          <h2 id="project-heading" className="text-3xl font-semibold">Join the class</h2>
          <p className="font-mono text-7xl font-bold tracking-widest sm:text-9xl" data-testid="projected-code">{code}</p>
          <p className="break-all text-2xl">{link}</p>
          <QrCode text={link} label={`QR code for the join link ${link}`} className="h-64 w-64" />
          <button type="button" className={secondaryButtonClass} onClick={() => projector.current?.close()}>Close</button>
        </div>
      </dialog>
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
