import Link from "next/link";
import type { QuizSetSummary } from "@/lib/quiz/schema";
import { card, focusRing, mutedText } from "@/components/ui/styles";
import { ArticleMeta } from "./article-meta";
import { counted } from "@/lib/plural";

export function QuizCard({ quiz }: { quiz: QuizSetSummary }) {
  return (
    <li className={`${card} flex flex-col gap-3`}>
      <h2 className="font-semibold leading-snug">
        <Link href={`/play/${quiz.id}`} className={`rounded-sm hover:underline ${focusRing}`}>
          {quiz.title}
        </Link>
      </h2>
      <ArticleMeta article={{ ...quiz.article, url: null }} />
      <p className={`mt-auto text-sm ${mutedText}`}>
        {counted(quiz.questionCount, "question")} ·{" "}
        <Link href={`/articles/${quiz.article.id}`} className="underline underline-offset-4">
          read the article
        </Link>
      </p>
    </li>
  );
}
