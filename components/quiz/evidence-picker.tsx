import { segmentSentences } from "./article-segments";

export type SentenceSpan = { id: number; start: number; end: number };

type Props = {
  questionId: string;
  body: string;
  sentences: SentenceSpan[];
  picked: number | null;
  onPick: (sentence: number) => void;
};

/**
 * The article as one group of radio buttons, a sentence each: Tab reaches the group, arrows move
 * between sentences, Space picks, and a screen reader reads each sentence as its option's name.
 * Nothing here knows which sentence is right; the answer action decides.
 */
export function EvidencePicker({ questionId, body, sentences, picked, onPick }: Props) {
  return (
    <fieldset className="space-y-4 leading-relaxed" data-testid="evidence-picker">
      <legend className="mb-3 text-sm font-semibold">Pick the sentence that supports your answer</legend>
      {segmentSentences(body, sentences).map((p) => (
        <p key={p.start}>
          {p.runs.map((r) =>
            r.sentence === null ? (
              <span key={r.start}>{r.text}</span>
            ) : (
              <label
                key={r.start}
                data-sentence={r.sentence}
                className={`cursor-pointer rounded-sm px-0.5 box-decoration-clone has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-blue-600 dark:has-[:focus-visible]:outline-sky-400 ${
                  picked === r.sentence
                    ? "bg-blue-100 text-slate-950 underline decoration-blue-700 decoration-2 underline-offset-4 dark:bg-sky-900 dark:text-white dark:decoration-sky-300"
                    : "hover:bg-slate-100 dark:hover:bg-slate-800"
                }`}
              >
                <input
                  type="radio"
                  className="sr-only"
                  name={`evidence-${questionId}`}
                  value={r.sentence}
                  checked={picked === r.sentence}
                  onChange={() => onPick(r.sentence!)}
                />
                {r.text}
              </label>
            ),
          )}
        </p>
      ))}
    </fieldset>
  );
}

/** The evidence verdict in the feedback: scored apart from the answer. */
export function EvidenceVerdict({ evidence, body, sentences }: { evidence: { sentence: number; found: boolean }; body: string; sentences: SentenceSpan[] }) {
  const s = sentences.find((x) => x.id === evidence.sentence);
  if (evidence.found) {
    return (
      <p data-testid="evidence-verdict" data-found="true" className="text-sm">
        <span className="font-semibold">Evidence found.</span> The sentence you picked is one the answer rests on.
      </p>
    );
  }
  return (
    <div data-testid="evidence-verdict" data-found="false" className="space-y-1 text-sm">
      <p><span className="font-semibold">Evidence not found.</span> The answer rests on the highlighted sentence; you picked:</p>
      <blockquote className="border-l-2 border-slate-400 pl-3 italic">{s ? body.slice(s.start, s.end) : ""}</blockquote>
    </div>
  );
}
