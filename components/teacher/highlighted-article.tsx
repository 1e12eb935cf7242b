import type { Citation } from "@/lib/quiz/schema";

type Mark = Citation & { label: string; anchor: string };

/**
 * The article body with every cited span marked. Offsets index the untouched body, so the text is
 * cut at span edges and rendered with pre-wrap instead of being re-split into paragraphs.
 * Overlapping spans (two questions on one sentence) share one mark carrying both labels.
 */
export function HighlightedArticle({ body, marks }: { body: string; marks: Mark[] }) {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; labels: string[]; anchors: string[] }[] = [];
  for (const m of sorted) {
    const last = merged.at(-1);
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      last.labels.push(m.label);
      last.anchors.push(m.anchor);
    } else merged.push({ start: m.start, end: m.end, labels: [m.label], anchors: [m.anchor] });
  }
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) parts.push(body.slice(at, m.start));
    parts.push(
      <mark key={m.start} id={m.anchors[0]} className="scroll-mt-24 rounded bg-yellow-200 px-0.5 text-slate-900 dark:bg-yellow-300">
        {body.slice(m.start, m.end)}
        <sup className="ml-0.5 font-semibold text-blue-900">{m.labels.join(",")}</sup>
      </mark>,
    );
    at = m.end;
  }
  parts.push(body.slice(at));
  return <div className="whitespace-pre-wrap leading-relaxed">{parts}</div>;
}
