import type { ArticleSentence } from "@/lib/quiz-sets/sentences";

type Props = {
  /** Prefix for ids, so two pickers on one page never share one. */
  id: string;
  sentences: ArticleSentence[];
  picked: number[];
  onChange: (picked: number[]) => void;
  errors?: string[];
  legend?: string;
};

/** The article's sentences as checkboxes: the evidence of a question is the ones ticked. */
export function EvidencePicker({ id, sentences, picked, onChange, errors, legend = "Evidence: the sentence or sentences that hold the answer" }: Props) {
  const toggle = (s: number) => onChange(picked.includes(s) ? picked.filter((x) => x !== s) : [...picked, s]);
  return (
    <fieldset aria-describedby={[`${id}-hint`, errors ? `${id}-error` : ""].join(" ").trim()} className="space-y-1">
      <legend className="font-medium">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">Students see these marked in the article after they answer.</p>
      <ol className="max-h-72 space-y-1 overflow-y-auto rounded border border-slate-200 p-1 dark:border-slate-700">
        {sentences.map((s) => (
          <li key={s.id}>
            <label className="flex gap-2 rounded p-1 hover:bg-slate-100 dark:hover:bg-slate-800">
              <input type="checkbox" className="mt-1" checked={picked.includes(s.id)} onChange={() => toggle(s.id)} />
              <span>{s.text}</span>
            </label>
          </li>
        ))}
      </ol>
      {errors && <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">{errors.join(" ")}</p>}
    </fieldset>
  );
}

/** The sentences a question's citations fall in: where the picker starts when a question is edited. */
export function sentencesCited(sentences: ArticleSentence[], citations: { start: number; end: number }[]): number[] {
  return sentences.filter((s) => citations.some((c) => c.start < s.end && c.end > s.start)).map((s) => s.id);
}
