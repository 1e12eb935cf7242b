// Test data through the real code paths: articles from prisma/articles, quiz sets built by the
// generator (never questions written by hand), users, attempts. Every function takes the client
// so Vitest (lib/db) and Playwright (its own client on the e2e database) can share them.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient, type Db } from "./connect";
import { parseArticleFile } from "../lib/generator";
import { generateQuestionRows } from "../lib/quiz/question-rows";

export type { Db };

export function connect(url = process.env.DATABASE_URL ?? "file:./prisma/dev.db"): Db {
  return createClient(url);
}

const uid = () => randomBytes(6).toString("hex");
export const ARTICLES_DIR = path.join(import.meta.dirname, "articles");

/** An article file of prisma/articles, parsed by the generator's own reader. */
export function readArticle(slug: string) {
  return parseArticleFile(readFileSync(path.join(ARTICLES_DIR, `${slug}.txt`), "utf8"));
}

/** A title for an article file without a `title` header: its first sentence, cut at a word. */
export function titleFromBody(body: string, max = 90): string {
  const first = body.split(/(?<=[.!?])\s/)[0].trim();
  if (first.length <= max) return first;
  return `${first.slice(0, first.lastIndexOf(" ", max))}…`;
}

export { generateQuestionRows };

export function createUser(db: Db, data: { role?: "guest" | "student" | "teacher"; email?: string; name?: string; passwordHash?: string } = {}) {
  const role = data.role ?? "student";
  const email = data.email ?? (role === "guest" ? undefined : `${role}-${uid()}@example.test`);
  return db.user.create({ data: { role, email, name: data.name ?? (role === "guest" ? null : `Test ${role}`), passwordHash: data.passwordHash } });
}

export function createArticle(db: Db, opts: { file?: string; ownerId?: string } = {}) {
  const input = readArticle(opts.file ?? "seed-peskov-2025-02-10");
  return db.article.create({
    data: {
      ownerId: opts.ownerId,
      title: input.title ?? titleFromBody(input.body),
      source: input.source ?? "Unknown source",
      url: input.url,
      publishedOn: input.date,
      body: input.body,
    },
  });
}

/** A quiz set over a new article, questions from the generator; published unless said otherwise. */
export async function createQuizSet(db: Db, opts: { file?: string; ownerId?: string; status?: "draft" | "published"; maxQuestions?: number } = {}) {
  const article = await createArticle(db, opts);
  const status = opts.status ?? "published";
  // A published test set stands for one whose teacher accepted every suggestion: tests of
  // playing and scoring need enough questions whatever the generator dares publish alone.
  let rows = generateQuestionRows(article.body, article.publishedOn, article.title)
    .map((r) => (status === "published" ? { ...r, status: "published", reason: null } : r));
  if (opts.maxQuestions) rows = rows.slice(0, opts.maxQuestions);
  return db.quizSet.create({
    data: {
      articleId: article.id,
      ownerId: opts.ownerId,
      title: article.title,
      status,
      shareCode: uid(),
      publishedAt: status === "published" ? new Date() : null,
      questions: { create: rows },
    },
    include: { questions: { orderBy: { position: "asc" } }, article: true },
  });
}

type AttemptOpts = {
  userId: string;
  quizSetId: string;
  assignmentId?: string;
  /** Per question in order: "right", "wrong" or "skip"; a short list leaves the rest unanswered. */
  answers?: ("right" | "wrong" | "skip")[];
  startedAt?: Date;
  /** Finish the attempt at this time (default: unfinished). */
  finishedAt?: Date;
};

/** An attempt with answers chosen right or wrong against the key, scored like the app does. */
export async function createAttempt(db: Db, opts: AttemptOpts) {
  const questions = await db.question.findMany({ where: { quizSetId: opts.quizSetId }, orderBy: { position: "asc" } });
  const startedAt = opts.startedAt ?? new Date();
  const answers = (opts.answers ?? []).flatMap((kind, i) => {
    const q = questions[i];
    if (!q || kind === "skip") return [];
    const choiceIndex = kind === "right" ? q.answerIndex : (q.answerIndex + 1) % (q.choices as string[]).length;
    return [{ questionId: q.id, choiceIndex, correct: kind === "right", answeredAt: startedAt }];
  });
  return db.attempt.create({
    data: {
      userId: opts.userId,
      quizSetId: opts.quizSetId,
      assignmentId: opts.assignmentId,
      total: questions.length,
      startedAt,
      finishedAt: opts.finishedAt,
      score: answers.filter((a) => a.correct).length,
      answers: { create: answers },
    },
    include: { answers: true },
  });
}
