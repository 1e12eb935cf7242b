import "server-only";
import { notFound } from "next/navigation";
import { getViewer } from "@/lib/session";
import { getArticleWithCitations, getQuizSetIdBySlug, listPlayableQuizSets } from "./data";

/** The seeded demo quiz every newcomer can play from the home page. */
export const DEMO_QUIZ_SLUG = "seed-peskov-2025-02-10";

export async function loadQuizList() {
  const viewer = await getViewer();
  return listPlayableQuizSets(viewer?.role === "teacher" ? viewer.id : null);
}

export async function loadDemoQuizId(): Promise<string | null> {
  const row = await getQuizSetIdBySlug(DEMO_QUIZ_SLUG);
  return row?.status === "published" ? row.id : null;
}

/** Reading view: public, like the quizzes built on the article; marks only what the viewer answered. */
export async function loadArticleReading(articleId: string) {
  const viewer = await getViewer();
  const found = await getArticleWithCitations(articleId, viewer?.id ?? null);
  if (!found || found.quizSets.length === 0) notFound();
  return found;
}
