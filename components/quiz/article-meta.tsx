import type { ArticleView } from "@/lib/quiz/schema";
import { mutedText } from "@/components/ui/styles";

export function ArticleMeta({ article }: { article: Pick<ArticleView, "source" | "publishedOn" | "url"> }) {
  return (
    <p className={`text-sm ${mutedText}`}>
      {article.source}
      {article.publishedOn && (
        <>
          {" · "}
          <time dateTime={article.publishedOn}>{formatDay(article.publishedOn)}</time>
        </>
      )}
    </p>
  );
}

/** A YYYY-MM-DD calendar day in words; built from the parts so no time zone can shift it. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${d} ${months[m - 1]} ${y}`;
}
