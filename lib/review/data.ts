import "server-only";
import { db as defaultDb } from "@/lib/db";
import type { DbLike } from "./mutations";
import { choicesSchema, citationsSchema, type ArticleView, type Citation } from "@/lib/quiz/schema";
import type { ReviewPrompt } from "./schema";

const ARTICLE_VIEW = { id: true, title: true, source: true, url: true, publishedOn: true, body: true } as const;

function dueWhere(userId: string, now: Date) {
  return { userId, retiredAt: null, dueAt: { lte: now } };
}

export async function countDueReviews(userId: string, now: Date): Promise<number> {
  return defaultDb.reviewItem.count({ where: dueWhere(userId, now) });
}

/** Missed questions not due yet: how many, and when the first of them comes back. */
export async function getUpcomingReviews(userId: string, now: Date): Promise<{ count: number; firstAt: Date | null }> {
  const where = { userId, retiredAt: null, dueAt: { gt: now } };
  const [count, first] = await Promise.all([
    defaultDb.reviewItem.count({ where }),
    defaultDb.reviewItem.findFirst({ where, orderBy: { dueAt: "asc" }, select: { dueAt: true } }),
  ]);
  return { count, firstAt: first?.dueAt ?? null };
}

// What a prompt shows: the answer key is not even selected.
const PROMPT_SELECT = {
  streak: true,
  question: {
    select: {
      id: true, type: true, prompt: true, choices: true,
      quizSet: { select: { title: true, article: { select: ARTICLE_VIEW } } },
    },
  },
} as const;

type PromptRow = { streak: number; question: { id: string; type: string; prompt: string; choices: unknown; quizSet: { title: string; article: ArticleView } } };

function toPrompt(item: PromptRow, dueCount: number): ReviewPrompt {
  const q = item.question;
  return {
    questionId: q.id, type: q.type, prompt: q.prompt, choices: choicesSchema.parse(q.choices),
    quizTitle: q.quizSet.title, article: q.quizSet.article, streak: item.streak, dueCount,
  };
}

/** The oldest due item as a prompt. */
export async function getNextDueReview(userId: string, now: Date): Promise<ReviewPrompt | null> {
  const [item, dueCount] = await Promise.all([
    defaultDb.reviewItem.findFirst({ where: dueWhere(userId, now), orderBy: [{ dueAt: "asc" }, { id: "asc" }], select: PROMPT_SELECT }),
    countDueReviews(userId, now),
  ]);
  return item ? toPrompt(item, dueCount) : null;
}

/** Practice round: the items not due yet (soonest first), as prompts; dueCount is the round's length. */
export async function listPracticeReviews(userId: string, now: Date, take = 20): Promise<ReviewPrompt[]> {
  const items = await defaultDb.reviewItem.findMany({
    where: { userId, retiredAt: null, dueAt: { gt: now } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take,
    select: PROMPT_SELECT,
  });
  return items.map((item) => toPrompt(item, items.length));
}

export type ReviewKey = {
  item: { stage: number; streak: number; dueAt: Date; retiredAt: Date | null };
  answerIndex: number;
  choiceCount: number;
  explanation: string;
  citations: Citation[];
  article: ArticleView;
};

/**
 * The answer key of a question, only for a user who has a review item for it: they missed it
 * once and saw its explanation then, so nobody can use the review action to read other keys.
 */
export async function getReviewKey(userId: string, questionId: string, db: DbLike = defaultDb): Promise<ReviewKey | null> {
  const item = await db.reviewItem.findUnique({
    where: { userId_questionId: { userId, questionId } },
    select: {
      stage: true, streak: true, dueAt: true, retiredAt: true,
      question: {
        select: {
          answerIndex: true, choices: true, explanation: true, citations: true,
          quizSet: { select: { article: { select: ARTICLE_VIEW } } },
        },
      },
    },
  });
  if (!item) return null;
  const { question, ...state } = item;
  return {
    item: state,
    answerIndex: question.answerIndex,
    choiceCount: choicesSchema.parse(question.choices).length,
    explanation: question.explanation,
    citations: citationsSchema.parse(question.citations),
    article: question.quizSet.article,
  };
}
