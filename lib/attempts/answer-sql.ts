import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/prisma/generated/client";
import type { SqlTx } from "@/lib/sql-driver";

// The answer path in SQL that runs unchanged on SQLite and PostgreSQL: it is the one request a
// whole class sends at the same moment (issue 9), and the Prisma query builder cost 42% of an
// answer there. One read gathers everything the checks need; the writes are one insert, the
// review item when it changes, and the attempt's finish on the last answer. It runs on the
// driver (lib/sql-driver), in a transaction of its own; everything else in the app stays on the
// Prisma query API.

type Tx = SqlTx;

/** What the one read returns: the attempt, the question with its key, the answer already given
 *  to it, the counts, the play-rule verdict, the review item, and the next unanswered question. */
export type AnswerContext = {
  quizSetId: string;
  assignmentId: string | null;
  finished: boolean;
  /** The student picks the supporting sentence with each answer (scored apart). */
  showEvidence: boolean;
  total: number;
  answered: number;
  /** The play rules refuse this answer: not enrolled any more (assignment) or practice while an
   *  assignment on the quiz set is open to the player. */
  blocked: boolean;
  question: { id: string; choices: unknown; answerIndex: number; explanation: string; citations: unknown } | null;
  given: GivenAnswer | null;
  review: { stage: number; streak: number; dueAt: Date; retiredAt: Date | null } | null;
  next: { id: string; position: number; type: string; prompt: string; choices: unknown } | null;
};

export type GivenAnswer = { choiceIndex: number; correct: boolean; evidenceSentence: number | null; evidenceFound: boolean | null };

type Row = Record<string, unknown>;

export async function readAnswerContext(
  tx: Tx,
  a: { attemptId: string; userId: string; questionId: string; now: Date },
): Promise<AnswerContext | null> {
  const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
    SELECT a."quizSetId", a."assignmentId", a."finishedAt", a."total", a."showEvidence",
      (SELECT COUNT(*) FROM "Answer" x WHERE x."attemptId" = a."id") AS "answered",
      CASE WHEN a."assignmentId" IS NULL THEN EXISTS (
        SELECT 1 FROM "Assignment" s JOIN "Enrollment" e ON e."classId" = s."classId" AND e."studentId" = a."userId"
        WHERE s."quizSetId" = a."quizSetId" AND s."dueAt" > ${a.now}
          AND ((SELECT COUNT(*) FROM "Attempt" t WHERE t."assignmentId" = s."id" AND t."userId" = a."userId") < s."maxAttempts"
            OR EXISTS (SELECT 1 FROM "Attempt" t WHERE t."assignmentId" = s."id" AND t."userId" = a."userId" AND t."finishedAt" IS NULL))
      ) ELSE NOT EXISTS (
        SELECT 1 FROM "Assignment" s JOIN "Enrollment" e ON e."classId" = s."classId" AND e."studentId" = a."userId"
        WHERE s."id" = a."assignmentId"
      ) END AS "blocked",
      q."id" AS "qId", q."choices" AS "qChoices", q."answerIndex", q."explanation", q."citations",
      g."choiceIndex" AS "givenChoice", g."correct" AS "givenCorrect", g."evidenceSentence" AS "givenEvidence", g."evidenceFound" AS "givenFound",
      r."stage", r."streak", r."dueAt", r."retiredAt",
      n."id" AS "nId", n."position" AS "nPosition", n."type" AS "nType", n."prompt" AS "nPrompt", n."choices" AS "nChoices"
    FROM "Attempt" a
    LEFT JOIN "Question" q ON q."id" = ${a.questionId} AND q."quizSetId" = a."quizSetId"
    LEFT JOIN "Answer" g ON g."attemptId" = a."id" AND g."questionId" = ${a.questionId}
    LEFT JOIN "ReviewItem" r ON r."userId" = a."userId" AND r."questionId" = ${a.questionId}
    LEFT JOIN "Question" n ON n."id" = (
      SELECT m."id" FROM "Question" m
      WHERE m."quizSetId" = a."quizSetId" AND m."id" <> ${a.questionId}
        AND NOT EXISTS (SELECT 1 FROM "Answer" y WHERE y."attemptId" = a."id" AND y."questionId" = m."id")
      ORDER BY m."position" LIMIT 1)
    WHERE a."id" = ${a.attemptId} AND a."userId" = ${a.userId}`);
  const r = rows[0];
  if (!r) return null;
  return {
    quizSetId: String(r.quizSetId),
    assignmentId: r.assignmentId == null ? null : String(r.assignmentId),
    finished: r.finishedAt != null,
    showEvidence: bool(r.showEvidence),
    total: Number(r.total),
    answered: Number(r.answered),
    blocked: Number(r.blocked) === 1,
    question: r.qId == null ? null : {
      id: String(r.qId), choices: json(r.qChoices), answerIndex: Number(r.answerIndex),
      explanation: String(r.explanation), citations: json(r.citations),
    },
    given: r.givenChoice == null ? null : {
      choiceIndex: Number(r.givenChoice), correct: bool(r.givenCorrect),
      evidenceSentence: r.givenEvidence == null ? null : Number(r.givenEvidence), evidenceFound: r.givenFound == null ? null : bool(r.givenFound),
    },
    review: r.stage == null ? null : {
      stage: Number(r.stage), streak: Number(r.streak), dueAt: new Date(r.dueAt as string), retiredAt: r.retiredAt == null ? null : new Date(r.retiredAt as string),
    },
    next: r.nId == null ? null : {
      id: String(r.nId), position: Number(r.nPosition), type: String(r.nType), prompt: String(r.nPrompt), choices: json(r.nChoices),
    },
  };
}

// SQLite hands booleans back as 0/1 from a raw query, PostgreSQL as booleans.
const bool = (v: unknown) => v === true || Number(v) === 1;

// SQLite hands JSON columns back as text from a raw query, PostgreSQL as values.
const json = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);

/** The Answer row's columns. A new column of Answer is one more entry here (and in the caller). */
export type AnswerRow = {
  attemptId: string; questionId: string; choiceIndex: number; correct: boolean; answeredAt: Date;
  evidenceSentence: number | null; evidenceFound: boolean | null;
};

/** Inserts the answer unless one exists for (attempt, question); true when this call inserted it. */
export async function insertAnswer(tx: Tx, row: AnswerRow): Promise<boolean> {
  const values: Record<string, unknown> = { id: newId(), ...row };
  const columns = Prisma.join(Object.keys(values).map((c) => Prisma.raw(`"${c}"`)));
  const inserted = await tx.$executeRaw(Prisma.sql`
    INSERT INTO "Answer" (${columns}) VALUES (${Prisma.join(Object.values(values))})
    ON CONFLICT ("attemptId", "questionId") DO NOTHING`);
  return inserted === 1;
}

export async function readGivenAnswer(tx: Tx, attemptId: string, questionId: string): Promise<GivenAnswer | null> {
  const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
    SELECT "choiceIndex", "correct", "evidenceSentence", "evidenceFound" FROM "Answer"
    WHERE "attemptId" = ${attemptId} AND "questionId" = ${questionId}`);
  const r = rows[0];
  return r ? {
    choiceIndex: Number(r.choiceIndex), correct: bool(r.correct),
    evidenceSentence: r.evidenceSentence == null ? null : Number(r.evidenceSentence), evidenceFound: r.evidenceFound == null ? null : bool(r.evidenceFound),
  } : null;
}

/** The article body of a quiz set, for the evidence check's sentence split. */
export async function readQuizSetBody(tx: Tx, quizSetId: string): Promise<{ status: string; body: string } | null> {
  const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
    SELECT s."status", a."body" FROM "QuizSet" s JOIN "Article" a ON a."id" = s."articleId" WHERE s."id" = ${quizSetId}`);
  return rows[0] ? { status: String(rows[0].status), body: String(rows[0].body) } : null;
}

export async function upsertReviewItem(
  tx: Tx,
  item: { userId: string; questionId: string; stage: number; streak: number; dueAt: Date; retiredAt: Date | null; at: Date },
) {
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO "ReviewItem" ("id", "userId", "questionId", "stage", "streak", "dueAt", "retiredAt", "createdAt")
    VALUES (${newId()}, ${item.userId}, ${item.questionId}, ${item.stage}, ${item.streak}, ${item.dueAt}, ${item.retiredAt}, ${item.at})
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "stage" = excluded."stage", "streak" = excluded."streak", "dueAt" = excluded."dueAt", "retiredAt" = excluded."retiredAt"`);
}

/** The last answer finishes the attempt; the score is counted in the same statement. */
export async function finishAttemptRow(tx: Tx, attemptId: string, at: Date) {
  await tx.$executeRaw(Prisma.sql`
    UPDATE "Attempt" SET "finishedAt" = ${at},
      "score" = (SELECT COUNT(*) FROM "Answer" x WHERE x."attemptId" = ${attemptId} AND x."correct" = ${true})
    WHERE "id" = ${attemptId} AND "finishedAt" IS NULL`);
}

// Ids in the shape of Prisma's cuid() (the schema's default, which raw SQL does not apply):
// "c", the time, a per-process counter, random; ordered by time like the ones Prisma makes.
let counter = 0;
function newId(): string {
  counter = (counter + 1) % 1679616;
  return `c${Date.now().toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex").slice(0, 12)}`;
}
