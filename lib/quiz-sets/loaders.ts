import "server-only";
import { notFound, redirect } from "next/navigation";
import { getUserWithRole, type SessionUser } from "@/lib/auth";
import { getQuizSetForOwner, listAssignableQuizSets, listQuizSets } from "./data";
import { articleSentences } from "./sentences";

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
