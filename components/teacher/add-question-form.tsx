"use client";
import { useActionState, useState } from "react";
import { addQuestionAction } from "@/lib/quiz-sets/actions";
import { QUESTION_LIMITS, WRITABLE_TYPES } from "@/lib/quiz-sets/schema";
import type { ArticleSentence } from "@/lib/quiz-sets/sentences";
import { EvidencePicker } from "./evidence-picker";
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
      <EvidencePicker id="new-evidence" sentences={sentences} picked={q.sentenceIds} onChange={(sentenceIds) => setQ({ ...q, sentenceIds })} errors={e.sentenceIds} />
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
