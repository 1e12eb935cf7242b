import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError, ConflictError, NotFoundError } from "@/lib/errors";
import { generateQuestionRows } from "@/lib/quiz/question-rows";
import { articleSentences } from "./sentences";
import { DROPPED, SHOWN } from "./data";
import type { NewQuestion, QuestionEdit } from "./schema";

/** 10 url-safe characters: unguessable enough that a share link is not an enumeration target. */
export function newShareCode() {
  return randomBytes(8).toString("base64url").slice(0, 10);
}

export async function createDraftQuizSet(ownerId: string, articleId: string) {
  const article = await db.article.findFirstOrThrow({ where: { id: articleId, ownerId } });
  return db.quizSet.create({
    data: {
      articleId,
      ownerId,
      title: article.title,
      status: "draft",
      shareCode: newShareCode(),
      questions: { create: generateQuestionRows(article.body, article.publishedOn, article.title) },
    },
    select: { id: true },
  });
}

/** The draft, owned by this teacher; published sets are snapshots and refuse every edit. */
async function ownDraft(ownerId: string, quizSetId: string) {
  const set = await db.quizSet.findFirst({ where: { id: quizSetId, ownerId }, include: { article: true } });
  if (!set) throw new NotFoundError("That quiz set");
  if (set.status !== "draft") throw new ConflictError("This quiz set is published and can no longer change. Duplicate it to edit a copy.");
  return set;
}

export async function regenerateQuizSet(ownerId: string, quizSetId: string) {
  const set = await ownDraft(ownerId, quizSetId);
  await db.$transaction([
    db.question.deleteMany({ where: { quizSetId } }),
    db.quizSet.update({ where: { id: quizSetId }, data: { questions: { create: generateQuestionRows(set.article.body, set.article.publishedOn, set.article.title) } } }),
  ]);
}

/** After an article edit: every draft of it is regenerated. Returns the newest draft's id. */
export async function regenerateDraftsOfArticle(ownerId: string, articleId: string) {
  const drafts = await db.quizSet.findMany({ where: { articleId, ownerId, status: "draft" }, orderBy: { createdAt: "desc" } });
  for (const d of drafts) await regenerateQuizSet(ownerId, d.id);
  return drafts[0]?.id ?? null;
}

/** Saves a teacher's edit; with `accept`, a suggestion also becomes a question of the set. */
export async function updateQuestion(ownerId: string, edit: QuestionEdit, { accept = false } = {}) {
  const set = await ownDraft(ownerId, edit.quizSetId);
  const citations = edit.sentenceIds ? citationsOf(set.article.body, edit.sentenceIds) : undefined;
  const { count } = await db.question.updateMany({
    where: { id: edit.questionId, quizSetId: edit.quizSetId },
    data: {
      prompt: edit.prompt, choices: edit.choices, answerIndex: edit.answerIndex, explanation: edit.explanation,
      ...(citations ? { citations } : {}),
      ...(accept ? { status: "published", reason: null } : {}),
    },
  });
  if (count === 0) throw new NotFoundError("That question");
}

/** Citations for sentences picked by id, in article order; each slices the body exactly. */
function citationsOf(body: string, sentenceIds: number[]) {
  const sentences = articleSentences(body);
  const picked = [...new Set(sentenceIds)].sort((a, b) => a - b).map((id) => sentences.find((s) => s.id === id));
  if (picked.some((s) => !s)) throw new AppError("VALIDATION", "Please check the highlighted fields.", { sentenceIds: ["Pick sentences from this article."] });
  return picked.map((s) => ({ start: s!.start, end: s!.end, text: s!.text }));
}

/** A teacher's own question, last in the draft; its citations are the picked sentences. */
export async function addQuestion(ownerId: string, input: NewQuestion) {
  const set = await ownDraft(ownerId, input.quizSetId);
  const citations = citationsOf(set.article.body, input.sentenceIds);
  const position = await db.question.count({ where: { quizSetId: set.id } });
  return db.question.create({
    data: {
      quizSetId: set.id, position, type: input.type, prompt: input.prompt, choices: input.choices, answerIndex: input.answerIndex,
      explanation: input.explanation, citations, fact: { kind: "teacher", text: input.prompt, answerValue: input.choices[input.answerIndex] },
    },
    select: { id: true },
  });
}

/** Drop, undoable: the row keeps its place and what it was. */
export async function deleteQuestion(ownerId: string, quizSetId: string, questionId: string) {
  await ownDraft(ownerId, quizSetId);
  const q = await db.question.findFirst({ where: { id: questionId, quizSetId, ...SHOWN } });
  if (!q) throw new NotFoundError("That question");
  await db.question.update({ where: { id: q.id }, data: { status: `${DROPPED}${q.status}` } });
}

export async function undoDeleteQuestion(ownerId: string, quizSetId: string, questionId: string) {
  await ownDraft(ownerId, quizSetId);
  const q = await db.question.findFirst({ where: { id: questionId, quizSetId, status: { startsWith: DROPPED } } });
  if (!q) throw new NotFoundError("That dropped question");
  await db.question.update({ where: { id: q.id }, data: { status: q.status.slice(DROPPED.length) } });
}

export async function moveQuestion(ownerId: string, quizSetId: string, questionId: string, direction: "up" | "down") {
  await ownDraft(ownerId, quizSetId);
  const ids = (await db.question.findMany({ where: { quizSetId, ...SHOWN }, orderBy: { position: "asc" }, select: { id: true } })).map((q) => q.id);
  const i = ids.indexOf(questionId);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= ids.length) return;
  [ids[i], ids[j]] = [ids[j], ids[i]];
  await renumber(quizSetId, ids);
}

async function renumber(quizSetId: string, order?: string[]) {
  const ids = order ?? (await db.question.findMany({ where: { quizSetId }, orderBy: { position: "asc" }, select: { id: true } })).map((q) => q.id);
  await db.$transaction(ids.map((id, position) => db.question.update({ where: { id }, data: { position } })));
}

/**
 * Publishing freezes the set: its question rows are the snapshot players see, and from now on
 * neither edits nor a newer generator touch them (the article is frozen too).
 */
export async function publishQuizSet(ownerId: string, quizSetId: string) {
  await ownDraft(ownerId, quizSetId);
  const count = await db.question.count({ where: { quizSetId, status: "published" } });
  if (count === 0) throw new ConflictError("A quiz set needs at least one question before it is published: accept a suggestion or keep a generated question.");
  // Suggestions nobody accepted are never shown to students: they go with the draft.
  await db.$transaction([
    db.question.deleteMany({ where: { quizSetId, status: { not: "published" } } }),
    db.quizSet.update({ where: { id: quizSetId }, data: { status: "published", publishedAt: new Date() } }),
  ]);
  await renumber(quizSetId);
}

/** Reuse: a new draft holding a copy of a set's questions, to edit without touching the original. */
export async function duplicateQuizSet(ownerId: string, quizSetId: string) {
  const set = await db.quizSet.findFirst({ where: { id: quizSetId, ownerId }, include: { questions: { where: SHOWN, orderBy: { position: "asc" } } } });
  if (!set) throw new NotFoundError("That quiz set");
  return db.quizSet.create({
    data: {
      articleId: set.articleId,
      ownerId,
      title: set.title,
      shareCode: newShareCode(),
      questions: {
        create: set.questions.map((q) => ({
          position: q.position,
          type: q.type,
          prompt: q.prompt,
          choices: q.choices ?? [],
          answerIndex: q.answerIndex,
          explanation: q.explanation,
          citations: q.citations ?? [],
          fact: q.fact ?? undefined,
          status: q.status,
          reason: q.reason,
        })),
      },
    },
    select: { id: true },
  });
}
