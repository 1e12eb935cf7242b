"use client";
import { useActionState, useState } from "react";
import { addQuestionAction } from "@/lib/quiz-sets/actions";
import { QUESTION_LIMITS, WRITABLE_TYPES } from "@/lib/quiz-sets/schema";
import type { ArticleSentence } from "@/lib/quiz-sets/sentences";
import { Field, FormMessage, buttonClass, inputClass, secondaryButtonClass } from "@/components/auth/field";

type State = { message?: string; ok?: boolean; fieldErrors?: Record<string, string[] | undefined> };
type Writable = keyof typeof WRITABLE_TYPES;
const EMPTY = { type: "who_said" as Writable, prompt: "", choices: ["", "", "", ""], answerIndex: -1, explanation: "", sentenceIds: [] as number[] };

/** "Add a question": the teacher picks the evidence among the article's sentences and writes the
 *  question; it is validated like a generated one. What was typed stays on any error. */
export function AddQuestionForm({ quizSetId, sentences }: { quizSetId: string; sentences: ArticleSentence[] }) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState(EMPTY);
  const [state, submit, saving] = useActionState(async (): Promise<State> => {
    const r = await addQuestionAction({ quizSetId, ...q });
    if (!r.ok) return { message: r.message, fieldErrors: r.fieldErrors };
    setQ(EMPTY);
    setOpen(false);
    return { ok: true, message: "Question added at the end of the list." };
  }, {});
  const e = state.fieldErrors ?? {};
  const toggle = (id: number) => setQ({ ...q, sentenceIds: q.sentenceIds.includes(id) ? q.sentenceIds.filter((x) => x !== id) : [...q.sentenceIds, id] });

  if (!open) {
    return (
      <div className="space-y-2">
        {state.ok && <FormMessage ok message={state.message} />}
        <button type="button" className={secondaryButtonClass} onClick={() => setOpen(true)}>Add a question</button>
      </div>
    );
  }
  return (
    <form action={submit} noValidate aria-labelledby="add-question-heading" className="space-y-3 rounded-lg border border-slate-300 p-4 dark:border-slate-600">
      <h3 id="add-question-heading" className="font-semibold">Add a question</h3>
      <FormMessage message={state.message} />
      <Field name="new-type" label="What it asks about" errors={e.type}>
        {(aria) => (
          <select className={inputClass} value={q.type} onChange={(ev) => setQ({ ...q, type: ev.target.value as Writable })} {...aria}>
            {Object.entries(WRITABLE_TYPES).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        )}
      </Field>
      <fieldset aria-describedby={["new-evidence-hint", e.sentenceIds ? "new-evidence-error" : ""].join(" ").trim()} className="space-y-1">
        <legend className="font-medium">Evidence: the sentence or sentences that hold the answer</legend>
        <p id="new-evidence-hint" className="text-sm text-slate-600 dark:text-slate-400">Students see these marked in the article after they answer.</p>
        <ol className="space-y-1">
          {sentences.map((s) => (
            <li key={s.id}>
              <label className="flex gap-2 rounded p-1 hover:bg-slate-100 dark:hover:bg-slate-800">
                <input type="checkbox" className="mt-1" checked={q.sentenceIds.includes(s.id)} onChange={() => toggle(s.id)} />
                <span>{s.text}</span>
              </label>
            </li>
          ))}
        </ol>
        {e.sentenceIds && <p id="new-evidence-error" className="text-sm font-medium text-red-700 dark:text-red-400">{e.sentenceIds.join(" ")}</p>}
      </fieldset>
      <Field name="new-prompt" label="Prompt" errors={e.prompt} hint={`Up to ${QUESTION_LIMITS.prompt} characters.`}>
        {(aria) => <textarea rows={2} className={`${inputClass} field-sizing-content`} value={q.prompt} onChange={(ev) => setQ({ ...q, prompt: ev.target.value })} {...aria} />}
      </Field>
      <fieldset className="space-y-2" aria-describedby={["new-choices-hint", e.choices || e.answerIndex ? "new-choices-error" : ""].join(" ").trim()}>
        <legend className="font-medium">Choices (select the correct one)</legend>
        {q.choices.map((c, i) => (
          <div key={i} className="flex items-center gap-2">
            <input type="radio" name="new-answer" aria-label={`Choice ${i + 1} is correct`} checked={q.answerIndex === i} onChange={() => setQ({ ...q, answerIndex: i })} />
            <input aria-label={`Choice ${i + 1}`} className={inputClass} value={c} onChange={(ev) => setQ({ ...q, choices: q.choices.map((x, j) => (j === i ? ev.target.value : x)) })} />
          </div>
        ))}
        <p id="new-choices-hint" className="text-sm text-slate-600 dark:text-slate-400">At least {QUESTION_LIMITS.minChoices} different choices; empty boxes are left out.</p>
        {(e.choices || e.answerIndex) && <p id="new-choices-error" className="text-sm font-medium text-red-700 dark:text-red-400">{[...(e.choices ?? []), ...(e.answerIndex ?? [])].join(" ")}</p>}
      </fieldset>
      <Field name="new-explanation" label="Explanation" errors={e.explanation} hint="Say why the answer is right, from the evidence.">
        {(aria) => <textarea rows={3} className={inputClass} value={q.explanation} onChange={(ev) => setQ({ ...q, explanation: ev.target.value })} {...aria} />}
      </Field>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass} disabled={saving}>{saving ? "Adding…" : "Add question"}</button>
        <button type="button" className={secondaryButtonClass} onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}
