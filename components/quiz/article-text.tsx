import { segmentArticle } from "./article-segments";

type Span = { start: number; end: number };

/**
 * The article body as paragraphs, with the given spans in <mark>. Offsets index the untouched
 * body (see article-segments), so the marked text is exactly the cited text.
 */
export function ArticleText({ body, marks }: { body: string; marks: Span[] }) {
  return (
    <div className="space-y-4 leading-relaxed">
      {segmentArticle(body, marks).map((p) => (
        <p key={p.start}>
          {p.runs.map((r) =>
            r.marked ? (
              <mark key={r.start} data-start={r.start} data-end={r.end} className="rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300">
                {r.text}
              </mark>
            ) : (
              <span key={r.start}>{r.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
