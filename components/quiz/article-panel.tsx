"use client";
import { useEffect, useRef, type ReactNode } from "react";
import Link from "next/link";
import type { ArticleView, Citation } from "@/lib/quiz/schema";
import { focusRing, linkClass } from "@/components/ui/styles";
import { ArticleMeta } from "./article-meta";
import { ArticleText } from "./article-text";

/**
 * The article beside the question (below it on a phone). It scrolls inside its own box, so
 * bringing the cited sentence into view never moves the question or the feedback.
 */
export function ArticlePanel({ article, citations, children }: { article: ArticleView; citations: Citation[]; children?: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    const mark = el?.querySelector("mark");
    if (!el || !mark) return;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    el.scrollTo({ top: Math.max(0, mark.offsetTop - 24), behavior: smooth ? "smooth" : "auto" });
  }, [citations]);

  return (
    <section aria-labelledby="article-title" className="flex min-h-0 flex-col rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <header className="border-b border-slate-200 p-4 dark:border-slate-800">
        <h2 id="article-title" className="font-semibold leading-snug">
          {article.title}
        </h2>
        <ArticleMeta article={article} />
      </header>
      <div
        ref={box}
        tabIndex={0}
        role="region"
        aria-label="Article text"
        data-testid="article-body"
        className={`relative max-h-[55vh] overflow-y-auto p-4 text-[0.95rem] lg:max-h-[calc(100vh-14rem)] ${focusRing}`}
      >
        {/* Evidence mode puts its sentence picker here instead of the plain text. */}
        {children ?? <ArticleText body={article.body} marks={citations} />}
      </div>
      <footer className="border-t border-slate-200 p-3 text-sm dark:border-slate-800">
        <Link href={`/articles/${article.id}`} className={linkClass} target="_blank">
          Open the reading view
        </Link>
      </footer>
    </section>
  );
}
