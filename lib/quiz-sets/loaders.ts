import "server-only";
import { notFound, redirect } from "next/navigation";
import { getUserWithRole, type SessionUser } from "@/lib/auth";
import { getQuizSetForOwner, listAssignableQuizSets, listQuizSets } from "./data";
import { articleSentences } from "./sentences";
import type { ExportQuizSet } from "@/lib/export/types";

/** Pages under /teacher: the signed-in teacher, or off to sign in. */
export async function requireTeacher(next: string): Promise<SessionUser> {
  const user = await getUserWithRole("teacher");
  if (!user) redirect(`/signin?next=${encodeURIComponent(next)}`);
  return user;
}

export async function loadQuizSet(quizSetId: string) {
  const user = await requireTeacher(`/teacher/quiz-sets/${quizSetId}`);
  const set = await getQuizSetForOwner(user.id, quizSetId);
  if (!set) notFound();
  // Only a draft can gain a question, so only a draft needs its sentences to pick evidence from.
  return { user, set, sentences: set.status === "draft" ? articleSentences(set.article.body) : [] };
}

export async function loadQuizSets() {
  const user = await requireTeacher("/teacher");
  return { user, quizSets: await listQuizSets(user.id) };
}

/** The signed-in teacher's own published sets and the library, for the assign form. */
export async function loadAssignableQuizSets(next: string) {
  const user = await requireTeacher(next);
  const sets = await listAssignableQuizSets(user.id);
  return sets.map((s) => ({ id: s.id, title: s.ownerId ? s.title : `${s.title} (demo)`, questions: s._count.questions }));
}

export type ExportResult = { status: 401 } | { status: 404 } | { status: 409 } | { status: 200; set: ExportQuizSet };

/**
 * For the export route handlers (they check the session themselves; the proxy is a convenience):
 * the owner's quiz set with its published questions. A draft is refused: what leaves the app for
 * an LMS is the frozen snapshot students play, never questions still being checked.
 */
export async function loadQuizSetExport(quizSetId: string): Promise<ExportResult> {
  const user = await getUserWithRole("teacher");
  if (!user) return { status: 401 };
  const set = await getQuizSetForOwner(user.id, quizSetId);
  if (!set) return { status: 404 };
  if (set.status !== "published") return { status: 409 };
  const questions = set.questions.filter((q) => q.status === "published");
  return { status: 200, set: { id: set.id, title: set.title, article: set.article, questions } };
}
