"use client";
import { useActionState, useState, useTransition } from "react";
import { acceptQuestionAction, deleteQuestionAction, moveQuestionAction, updateQuestionAction } from "@/lib/quiz-sets/actions";
import { QUESTION_LIMITS } from "@/lib/quiz-sets/schema";
import { SKILL_LABELS, skillOf, type QuestionView } from "@/lib/quiz/schema";
import type { ArticleSentence } from "@/lib/quiz-sets/sentences";
import { Field, FormMessage, buttonClass, inputClass, secondaryButtonClass } from "@/components/auth/field";
import { EvidencePicker, sentencesCited } from "./evidence-picker";

type State = { message?: string; ok?: boolean; fieldErrors?: Record<string, string[] | undefined> };

/** A generator suggestion carries `status: "suggested"` and the reason it was not published. */
type EditableQuestion = QuestionView & { status?: string; reason?: string | null };

type Props = {
  quizSetId: string; question: EditableQuestion; number: number; total: number; editable: boolean;
  /** The article's sentences, to re-pick the cited one (a draft only). */
  sentences?: ArticleSentence[];
  /** Marks a question the teacher wrote. */
  own?: boolean;
  /** Called once the question is dropped, so the list can offer Undo. */
  onDropped?: (questionId: string, number: number) => void;
};

export function QuestionEditor({ quizSetId, question, number, total, editable, own, onDropped, sentences = [] }: Props) {
  const [q, setQ] = useState(question);
  const [picked, setPicked] = useState(() => sentencesCited(sentences, question.citations));
  const suggested = q.status === "suggested";
  const [editing, setEditing] = useState(false);
  const [busy, startTransition] = useTransition();
  const [moveError, setMoveError] = useState<string | null>(null);
  // Room for one more choice than generated, so a teacher can add a distractor.
  const slots = Math.min(QUESTION_LIMITS.maxChoices, Math.max(q.choices.length + 1, 4));
  const choices = Array.from({ length: slots }, (_, i) => q.choices[i] ?? "");

  const [state, save, saving] = useActionState(async (): Promise<State> => {
    // The evidence is sent only when the teacher changed it, so a citation narrower than its
    // sentence (a generated quote span) is not widened by merely saving the prompt.
    const repicked = !sameIds(picked, sentencesCited(sentences, q.citations));
    const edit = { quizSetId, questionId: q.id, prompt: q.prompt, choices, answerIndex: q.answerIndex, explanation: q.explanation, ...(repicked ? { sentenceIds: picked } : {}) };
    const r = suggested ? await acceptQuestionAction(edit) : await updateQuestionAction(edit);
    if (!r.ok) return { message: r.message, fieldErrors: r.fieldErrors };
    if (repicked) setQ((cur) => ({ ...cur, citations: picked.toSorted((a, b) => a - b).map((id) => sentences.find((s) => s.id === id)!).map(({ start, end, text }) => ({ start, end, text })) }));
    setEditing(false);
    if (suggested) setQ({ ...q, status: "published", reason: null });
    return { ok: true, message: suggested ? "Accepted: this question is now part of the quiz set." : "Question saved." };
  }, {});
  const e = state.fieldErrors ?? {};
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    startTransition(async () => {
      const r = await fn();
      setMoveError(r.ok ? null : (r.message ?? "That did not work."));
    });
  const drop = () =>
    startTransition(async () => {
      const r = await deleteQuestionAction({ quizSetId, questionId: q.id });
      if (r.ok) onDropped?.(q.id, number);
      else setMoveError(r.message);
    });
  const anchor = `cite-q${number}`;
  const pre = `q${number}`;

  return (
    <article
      aria-labelledby={`${pre}-title`}
      data-testid={suggested ? "suggestion" : "question"}
      className={`space-y-3 rounded-lg border p-4 ${suggested ? "border-dashed border-amber-500 dark:border-amber-400" : "border-slate-200 dark:border-slate-700"}`}
    >
      <header className="flex flex-wrap items-baseline gap-2">
        <h3 id={`${pre}-title`} className="font-semibold">
          {suggested ? "Check this one" : "Question"} {number} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">· {SKILL_LABELS[skillOf(q.type)]}{own && " · written by you"}</span>
        </h3>
        {editable && !editing && suggested && (
          <div className="ml-auto flex gap-2">
            <button type="button" className={secondaryButtonClass} onClick={() => setEditing(true)}>Edit</button>
            <button type="button" className={buttonClass} disabled={saving} onClick={() => startTransition(() => save())}>Accept</button>
            <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => drop()}>Dismiss</button>
          </div>
        )}
        {editable && !editing && !suggested && (
          <div className="ml-auto flex gap-2">
            <button type="button" className={secondaryButtonClass} onClick={() => setEditing(true)}>Edit</button>
            <button type="button" className={secondaryButtonClass} disabled={busy || number === 1} aria-label={`Move question ${number} up`} onClick={() => run(() => moveQuestionAction({ quizSetId, questionId: q.id, direction: "up" }))}>↑</button>
            <button type="button" className={secondaryButtonClass} disabled={busy || number === total} aria-label={`Move question ${number} down`} onClick={() => run(() => moveQuestionAction({ quizSetId, questionId: q.id, direction: "down" }))}>↓</button>
            <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => drop()}>Drop</button>
          </div>
        )}
      </header>
      {suggested && q.reason && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">Why it needs your check:</span> {q.reason} Students never see it unless you accept it.
        </p>
      )}
      {moveError && <FormMessage message={moveError} />}
      {state.ok && !editing && <FormMessage ok message={state.message} />}
      {!editing ? (
        <>
          <p data-testid="question-prompt">{q.prompt}</p>
          <ol className="list-[upper-alpha] space-y-1 pl-6">
            {q.choices.map((c, i) => (
              <li key={i} className={i === q.answerIndex ? "font-semibold text-green-800 dark:text-green-300" : undefined}>
                {c} {i === q.answerIndex && <span className="text-sm">(correct)</span>}
              </li>
            ))}
          </ol>
          <p className="text-sm"><span className="font-medium">Explanation:</span> {q.explanation}</p>
          {q.citations.length > 0 && (
            <p className="text-sm">
              <a className="underline" href={`#${anchor}`}>Cited sentence</a>: “{q.citations.map((c) => c.text).join(" … ")}”
            </p>
          )}
        </>
      ) : (
        <form action={save} className="space-y-3" noValidate>
          <FormMessage message={state.message} />
          {/* Side by side: a rewritten prompt is checked against the explanation it needs. */}
          <div className="grid gap-3 sm:grid-cols-2" data-testid="prompt-and-explanation">
            <Field name={`${pre}-prompt`} label="Prompt" errors={e.prompt} hint={`Up to ${QUESTION_LIMITS.prompt} characters.`}>
              {(aria) => <textarea rows={3} className={`${inputClass} field-sizing-content`} value={q.prompt} onChange={(ev) => setQ({ ...q, prompt: ev.target.value })} {...aria} />}
            </Field>
            <Field name={`${pre}-explanation`} label="Explanation" errors={e.explanation} hint={`Shown after the answer. Up to ${QUESTION_LIMITS.explanation} characters.`}>
              {(aria) => <textarea rows={3} className={`${inputClass} field-sizing-content`} value={q.explanation} onChange={(ev) => setQ({ ...q, explanation: ev.target.value })} {...aria} />}
            </Field>
          </div>
          <fieldset className="space-y-2" aria-describedby={[`${pre}-choices-hint`, e.choices || e.answerIndex ? `${pre}-choices-error` : ""].join(" ").trim()}>
            <legend className="font-medium">Choices (select the correct one)</legend>
            {choices.map((c, i) => (
              <div key={i} className="flex items-center gap-2">
                <input type="radio" name={`${pre}-answer`} aria-label={`Choice ${i + 1} is correct`} checked={q.answerIndex === i} onChange={() => setQ({ ...q, answerIndex: i })} />
                <input
                  aria-label={`Choice ${i + 1}`}
                  className={inputClass}
                  value={c}
                  onChange={(ev) => {
                    const next = [...choices];
                    next[i] = ev.target.value;
                    setQ({ ...q, choices: next.slice(0, Math.max(next.findLastIndex((x) => x !== "") + 1, 0)) });
                  }}
                />
              </div>
            ))}
            <p id={`${pre}-choices-hint`} className="text-sm text-slate-600 dark:text-slate-400">
              {QUESTION_LIMITS.minChoices} to {QUESTION_LIMITS.maxChoices} choices, up to {QUESTION_LIMITS.choice} characters each; empty boxes are left out.
            </p>
            {(e.choices || e.answerIndex) && (
              <p id={`${pre}-choices-error`} className="text-sm font-medium text-red-700 dark:text-red-400">{[...(e.choices ?? []), ...(e.answerIndex ?? [])].join(" ")}</p>
            )}
          </fieldset>
          {sentences.length > 0 && (
            <details className="space-y-2" open={(e.sentenceIds?.length ?? 0) > 0}>
              <summary className="cursor-pointer font-medium">Change the cited sentence</summary>
              <EvidencePicker id={`${pre}-evidence`} legend="Cited sentences" sentences={sentences} picked={picked} onChange={setPicked} errors={e.sentenceIds} />
            </details>
          )}
          <div className="flex gap-2">
            <button type="submit" className={buttonClass} disabled={saving}>{saving ? "Saving…" : suggested ? "Save and accept" : "Save question"}</button>
            <button type="button" className={secondaryButtonClass} onClick={() => { setQ(question); setPicked(sentencesCited(sentences, question.citations)); setEditing(false); }}>Cancel</button>
          </div>
        </form>
      )}
    </article>
  );
}

const sameIds = (a: number[], b: number[]) => a.length === b.length && a.every((x) => b.includes(x));
