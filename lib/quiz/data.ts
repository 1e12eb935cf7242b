import "server-only";
import { db } from "@/lib/db";
import { choicesSchema, citationsSchema, type Citation, type PlayQuestion, type QuizSetSummary } from "./schema";

const articleFields = { id: true, title: true, source: true, url: true, publishedOn: true, body: true } as const;

/**
 * Published quiz sets anyone may play: the library (no owner: seeded) plus, for a signed-in
 * teacher, their own. Other teachers' sets are reached by their share link only.
 */
export async function listPlayableQuizSets(viewerId: string | null): Promise<QuizSetSummary[]> {
  const rows = await db.quizSet.findMany({
    where: { status: "published", OR: [{ ownerId: null }, ...(viewerId ? [{ ownerId: viewerId }] : [])] },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      _count: { select: { questions: true } },
      article: { select: { id: true, title: true, source: true, publishedOn: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, questionCount: _count.questions }));
}

/** A published quiz set by id or share code, with its article; never its questions. */
export async function getPlayableQuizSet(idOrCode: string) {
  const row = await db.quizSet.findFirst({
    where: { status: "published", OR: [{ id: idOrCode }, { shareCode: idOrCode }] },
    select: { id: true, title: true, article: { select: articleFields }, _count: { select: { questions: true } } },
  });
  if (!row) return null;
  const { _count, ...quizSet } = row;
  return { ...quizSet, questionCount: _count.questions };
}

export function getQuizSetIdBySlug(slug: string) {
  return db.quizSet.findUnique({ where: { slug }, select: { id: true, status: true } });
}

/** The question as the browser may see it before answering (see PlayQuestion). */
export async function getPlayQuestion(questionId: string): Promise<PlayQuestion | null> {
  const q = await db.question.findUnique({
    where: { id: questionId },
    select: { id: true, position: true, type: true, prompt: true, choices: true },
  });
  return q ? { ...q, choices: choicesSchema.parse(q.choices) } : null;
}

/** The article with every sentence cited by a published quiz set built on it. */
/**
 * The reading view: the article, and the citations of only those questions this viewer has
 * answered (in play or in review). Marking every question's cited sentences would hand out the
 * answers to anyone reading the article before or during an attempt.
 */
export async function getArticleWithCitations(articleId: string, viewerId: string | null) {
  const article = await db.article.findUnique({ where: { id: articleId }, select: articleFields });
  if (!article) return null;
  const questions = viewerId
    ? await db.question.findMany({
        where: {
          quizSet: { articleId, status: "published" },
          OR: [{ answers: { some: { attempt: { userId: viewerId } } } }, { reviewAnswers: { some: { userId: viewerId } } }],
        },
        select: { citations: true },
      })
    : [];
  const citations: Citation[] = questions.flatMap((q) => citationsSchema.parse(q.citations));
  const quizSets = await db.quizSet.findMany({
    where: { articleId, status: "published" },
    select: { id: true, title: true },
  });
  return { article, citations, quizSets };
}
