"use client";
import { useActionState, useState, useTransition } from "react";
import { deleteAssignmentAction, updateAssignmentAction } from "@/lib/assignments/actions";
import { MAX_ATTEMPTS_LIMIT } from "@/lib/assignments/schema";
import { Field, FormMessage, buttonClass, secondaryButtonClass } from "@/components/auth/field";
import { counted } from "@/lib/plural";
import { localInput, toIso } from "./local-input";

type Assignment = { id: string; title: string; opensAt: string; dueAt: string; maxAttempts: number; played: number };
type State = { ok?: boolean; message?: string; errors?: Record<string, string[] | undefined> };

/** Edit (dates, attempts) and delete for one assignment of the class page, each inline. */
export function AssignmentControls({ assignment }: { assignment: Assignment }) {
  const [mode, setMode] = useState<"idle" | "edit" | "delete">("idle");
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <div className="w-full space-y-2">
      {mode === "idle" && (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={secondaryButtonClass} aria-label={`Edit the assignment of ${assignment.title}`} onClick={() => { setSaved(null); setMode("edit"); }}>Edit</button>
          <button type="button" className={secondaryButtonClass} aria-label={`Delete the assignment of ${assignment.title}`} onClick={() => { setSaved(null); setMode("delete"); }}>Delete</button>
        </div>
      )}
      {saved && mode === "idle" && <FormMessage ok message={saved} />}
      {mode === "edit" && <EditForm assignment={assignment} onDone={(m) => { setSaved(m); setMode("idle"); }} />}
      {mode === "delete" && <DeleteConfirm assignment={assignment} onCancel={() => setMode("idle")} />}
    </div>
  );
}

function EditForm({ assignment, onDone }: { assignment: Assignment; onDone: (message: string | null) => void }) {
  const pre = `edit-${assignment.id}`;
  const [values, setValues] = useState({ opensAt: localInput(new Date(assignment.opensAt)), dueAt: localInput(new Date(assignment.dueAt)), maxAttempts: String(assignment.maxAttempts) });
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const [state, action, pending] = useActionState(async (): Promise<State> => {
    const r = await updateAssignmentAction({ assignmentId: assignment.id, opensAt: toIso(values.opensAt), dueAt: toIso(values.dueAt), maxAttempts: values.maxAttempts });
    if (!r.ok) return { ok: false, message: r.message, errors: r.fieldErrors };
    onDone("Saved. Students with an attempt left can play until the due date.");
    return { ok: true };
  }, {});
  const e = state.errors ?? {};
  return (
    <form action={action} noValidate aria-label={`Edit the assignment of ${assignment.title}`} className="space-y-3 rounded-md border border-slate-300 p-3 dark:border-slate-600">
      <FormMessage message={state.message} ok={state.ok} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name={`${pre}-opensAt`} label="Opens" type="datetime-local" value={values.opensAt} onChange={set("opensAt")} errors={e.opensAt} />
        <Field name={`${pre}-dueAt`} label="Due" type="datetime-local" value={values.dueAt} onChange={set("dueAt")} errors={e.dueAt} hint="A later date reopens it for students with an attempt left." />
        <Field name={`${pre}-maxAttempts`} label="Attempts allowed" type="number" min={1} max={MAX_ATTEMPTS_LIMIT} value={values.maxAttempts} onChange={set("maxAttempts")} errors={e.maxAttempts} hint={`1 to ${MAX_ATTEMPTS_LIMIT}; the best counts.`} />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass} disabled={pending}>{pending ? "Saving…" : "Save changes"}</button>
        <button type="button" className={secondaryButtonClass} onClick={() => onDone(null)}>Cancel</button>
      </div>
    </form>
  );
}

function DeleteConfirm({ assignment, onCancel }: { assignment: Assignment; onCancel: () => void }) {
  const [busy, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const id = `delete-${assignment.id}`;
  const remove = () =>
    start(async () => {
      const r = await deleteAssignmentAction({ assignmentId: assignment.id });
      if (!r.ok) setError(r.message);
    });
  return (
    <div role="group" aria-labelledby={id} className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 dark:border-red-700 dark:bg-slate-800">
      <p id={id}>
        Delete the assignment of “{assignment.title}”? It leaves the class results and history.
        {assignment.played > 0
          ? ` It has ${counted(assignment.played, "attempt")}; ${assignment.played === 1 ? "it stays" : "they stay"} in each student’s own history as practice.`
          : " Nobody has played it yet."}
      </p>
      {error && <FormMessage message={error} />}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600" disabled={busy} onClick={remove}>
          {busy ? "Deleting…" : "Delete assignment"}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onCancel}>Keep it</button>
      </div>
    </div>
  );
}
