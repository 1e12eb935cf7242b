"use client";
import { useId, useRef, useState } from "react";
import { segmentSentences } from "@/components/quiz/article-segments";
import { MIN_STUDENTS, mostMisread, SHADE_STEPS, type MisreadSentence } from "@/lib/results/misreading";
import { counted } from "@/lib/plural";
import { focusRing, mutedText } from "@/components/ui/styles";
import { HIDDEN_CLASS, pct, SHADE_CLASS, shadeLabel } from "./misreading-scale";
import { SentenceDetail } from "./sentence-detail";

type Props = { body: string; title: string; map: MisreadSentence[] };

/** What a cited sentence says about itself, for its button's name and the ranked list. */
export function shareText(s: MisreadSentence): string {
  if (s.shareMissed === null) return `fewer than ${MIN_STUDENTS} students answered: hidden`;
  return `missed by ${pct(s.shareMissed)} (${s.missed} of ${counted(s.students, "student")})`;
}

/**
 * The article with each cited sentence shaded by how much of the class missed its questions.
 * Each cited sentence is a button (Tab, Enter or Space) that opens its questions beside the text;
 * the legend names the scale and the ranked list says the same in words.
 */
export function MisreadingMap({ body, title, map }: Props) {
  const [selected, setSelected] = useState<number | null>(null);
  // A class's history shows one map per article: ids must not collide.
  const uid = useId();
  const detail = useRef<HTMLDivElement>(null);
  const byId = new Map(map.map((s) => [s.id, s]));
  const ranked = mostMisread(map);
  const select = (id: number) => {
    setSelected(id);
    // On a phone the panel is below the article: bring it into view (it is announced as well).
    requestAnimationFrame(() => detail.current?.scrollIntoView({ block: "nearest" }));
  };
  const current = selected === null ? null : (byId.get(selected) ?? null);
  return (
    <div className="space-y-4" data-testid="misreading-map">
      <Legend id={`${uid}-legend`} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <article aria-labelledby={`${uid}-title`} className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 leading-relaxed dark:border-slate-800 dark:bg-slate-900">
          <h3 id={`${uid}-title`} className="font-semibold">{title}</h3>
          {segmentSentences(body, map).map((p) => (
            <p key={p.start}>
              {p.runs.map((r) => {
                const s = r.sentence === null ? undefined : byId.get(r.sentence);
                if (!s) return <span key={r.start}>{r.text}</span>;
                return (
                  <button
                    key={r.start}
                    type="button"
                    data-sentence={s.id}
                    data-shade={s.shade ?? "hidden"}
                    aria-pressed={selected === s.id}
                    onClick={() => select(s.id)}
                    className={`inline rounded-sm px-0.5 text-left box-decoration-clone ${s.shade === null ? HIDDEN_CLASS : SHADE_CLASS[s.shade]} ${selected === s.id ? "outline outline-2 outline-blue-700 dark:outline-sky-300" : ""} ${focusRing}`}
                  >
                    {r.text}
                    {/* The share in words too, so the shade is never the only cue. */}
                    <span className="ml-1 rounded bg-white/80 px-1 text-xs font-semibold text-slate-950 dark:bg-slate-950/80 dark:text-slate-50">
                      <span aria-hidden="true">{s.shareMissed === null ? "n<3" : pct(s.shareMissed)}</span>
                      <span className="sr-only">, {shareText(s)}</span>
                    </span>
                  </button>
                );
              })}
            </p>
          ))}
        </article>
        <div ref={detail} aria-live="polite" className="lg:sticky lg:top-4" data-testid="sentence-detail">
          {current ? <SentenceDetail sentence={current} text={body.slice(current.start, current.end)} /> : (
            <p className={`rounded-xl border border-dashed border-slate-300 p-4 text-sm dark:border-slate-700 ${mutedText}`}>
              Select a shaded sentence to see the questions that cite it, the share correct and the most chosen wrong answer.
            </p>
          )}
        </div>
      </div>
      <section aria-labelledby={`${uid}-ranked`} className="space-y-2">
        <h3 id={`${uid}-ranked`} className="text-lg font-semibold">Most misread sentences</h3>
        {ranked.length === 0 ? (
          <p data-testid="most-misread-empty">Shares are shown once at least {MIN_STUDENTS} students have finished, so no one can be singled out.</p>
        ) : (
          <ol className="list-decimal space-y-2 pl-6" data-testid="most-misread">
            {ranked.map((s) => (
              <li key={s.id}>
                <button type="button" className={`text-left underline underline-offset-4 ${focusRing}`} onClick={() => select(s.id)}>
                  {/* No <q>: news sentences often open with their own quotation mark. */}
                  <span className="italic">{body.slice(s.start, s.end)}</span>
                </button>{" "}
                <span className="font-medium">— {shareText(s)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function Legend({ id }: { id: string }) {
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium" id={id}>Shading: share of the class who missed a question citing the sentence</p>
      <ul aria-labelledby={id} className="flex flex-wrap gap-2 text-sm" data-testid="map-legend">
        {SHADE_STEPS.map((_, step) => (
          <li key={step} className={`rounded px-2 py-0.5 ${SHADE_CLASS[step]}`}>{shadeLabel(step)}</li>
        ))}
        <li className={`rounded px-2 py-0.5 ${HIDDEN_CLASS}`}>n&lt;3: fewer than {MIN_STUDENTS} students, hidden</li>
        <li className="rounded border border-slate-300 px-2 py-0.5 dark:border-slate-700">plain text: not cited by any question</li>
      </ul>
    </div>
  );
}
