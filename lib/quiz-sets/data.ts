import "server-only";
import { db } from "@/lib/db";
import { choicesSchema, citationsSchema } from "@/lib/quiz/schema";

export const DROPPED = "dropped:";
/** Rows a draft shows: a dropped question stays in the table (status "dropped:<was>") until the
 *  set is published, so that Drop can be undone. */
export const SHOWN = { NOT: { status: { startsWith: DROPPED } } };

export async function getQuizSetForOwner(ownerId: string, quizSetId: string) {
  const set = await db.quizSet.findFirst({
    where: { id: quizSetId, ownerId },
    include: { article: true, questions: { where: SHOWN, orderBy: { position: "asc" } }, _count: { select: { assignments: true } } },
  });
  if (!set) return null;
  return {
    ...set,
    questions: set.questions.map((q) => ({
      ...q,
      choices: choicesSchema.parse(q.choices),
      citations: citationsSchema.parse(q.citations ?? []),
    })),
  };
}
export type TeacherQuizSet = NonNullable<Awaited<ReturnType<typeof getQuizSetForOwner>>>;

export function listQuizSets(ownerId: string) {
  return db.quizSet.findMany({
    where: { ownerId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      shareCode: true,
      createdAt: true,
      publishedAt: true,
      article: { select: { id: true, title: true, source: true } },
      _count: { select: { questions: true, assignments: true } },
    },
  });
}

/** Sets a teacher may assign: their own published ones, plus the shared demo sets (no owner). */
export function listAssignableQuizSets(ownerId: string) {
  return db.quizSet.findMany({
    where: { status: "published", OR: [{ ownerId }, { ownerId: null }] },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, ownerId: true, _count: { select: { questions: true } } },
  });
}
