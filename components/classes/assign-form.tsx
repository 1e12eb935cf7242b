"use client";
import { useActionState, useState } from "react";
import { createAssignmentAction } from "@/lib/assignments/actions";
import { MAX_ATTEMPTS_LIMIT } from "@/lib/assignments/schema";
import { Field, FormMessage, buttonClass, inputClass } from "@/components/auth/field";
import { counted } from "@/lib/plural";
import { localInput, toIso } from "./local-input";

type QuizSetOption = { id: string; title: string; questions: number };


export function AssignForm({ classId, quizSets, preselect }: { classId: string; quizSets: QuizSetOption[]; preselect?: string }) {
  const [values, setValues] = useState(() => {
    const now = new Date();
    now.setSeconds(0, 0);
    return {
      quizSetId: quizSets.some((q) => q.id === preselect) ? preselect! : (quizSets[0]?.id ?? ""),
      opensAt: localInput(now),
      dueAt: localInput(new Date(now.getTime() + 7 * 24 * 3600_000)),
      maxAttempts: "1",
      showEvidence: false,
    };
  });
  const set = (k: "quizSetId" | "opensAt" | "dueAt" | "maxAttempts") => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const [state, action, pending] = useActionState(async () => {
    const r = await createAssignmentAction({ classId, quizSetId: values.quizSetId, opensAt: toIso(values.opensAt), dueAt: toIso(values.dueAt), maxAttempts: values.maxAttempts, showEvidence: values.showEvidence });
    return r.ok ? { ok: true, message: "Assigned." } : { ok: false, message: r.message, errors: r.fieldErrors };
  }, {} as { ok?: boolean; message?: string; errors?: Record<string, string[] | undefined> });
  const e = state.errors ?? {};
  if (quizSets.length === 0) return <p>Publish a quiz set first, then assign it here.</p>;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="quizSetId" label="Quiz set" errors={e.quizSetId}>
        {(aria) => (
          <select className={inputClass} value={values.quizSetId} onChange={set("quizSetId")} {...aria}>
            {quizSets.map((q) => (
              <option key={q.id} value={q.id}>{q.title} ({counted(q.questions, "question")})</option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name="opensAt" label="Opens" type="datetime-local" value={values.opensAt} onChange={set("opensAt")} errors={e.opensAt} />
        <Field name="dueAt" label="Due" type="datetime-local" value={values.dueAt} onChange={set("dueAt")} errors={e.dueAt} hint="No new attempt starts after this." />
        <Field name="maxAttempts" label="Attempts allowed" type="number" min={1} max={MAX_ATTEMPTS_LIMIT} value={values.maxAttempts} onChange={set("maxAttempts")} errors={e.maxAttempts} hint={`1 to ${MAX_ATTEMPTS_LIMIT}; the best counts.`} />
      </div>
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1 size-4" checked={values.showEvidence} onChange={(ev) => setValues((v) => ({ ...v, showEvidence: ev.target.checked }))} aria-describedby="assign-evidence-hint" />
        <span>
          <span className="font-medium">Show the evidence</span>
          <span id="assign-evidence-hint" className="block text-sm text-slate-600 dark:text-slate-400">After each answer, students pick the sentence in the article that supports it; &ldquo;evidence found&rdquo; is scored apart from the answer.</span>
        </span>
      </label>
      <button type="submit" className={buttonClass} disabled={pending}>Assign to this class</button>
    </form>
  );
}
