import "server-only";
import { db } from "@/lib/db";
import { choicesSchema, citationsSchema } from "@/lib/quiz/schema";
import { articleSentences } from "@/lib/quiz-sets/sentences";
import { aggregateResults } from "./aggregate";
import { misreadingMap } from "./misreading";

/** A question the teacher wrote is stored with fact kind "teacher" (lib/quiz-sets/mutations). */
const byTeacher = (fact: unknown) => typeof fact === "object" && fact !== null && (fact as { kind?: unknown }).kind === "teacher";

/** One assignment's results, for its class's teacher only (the owner is in the where clause). */
export async function getAssignmentResults(teacherId: string, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId } },
    include: {
      class: { select: { id: true, name: true, enrollments: { include: { student: { select: { id: true, name: true, email: true } } } } } },
      quizSet: { select: { id: true, title: true, article: { select: { id: true, title: true, body: true } }, questions: { orderBy: { position: "asc" } } } },
    },
  });
  if (!assignment) return null;
  const students = assignment.class.enrollments.map((e) => e.student).sort((a, b) => (a.name ?? a.email ?? "").localeCompare(b.name ?? b.email ?? ""));
  // Attempts of students still enrolled: a removed student leaves the roster and the results.
  const attempts = await db.attempt.findMany({
    where: { assignmentId, userId: { in: students.map((s) => s.id) } },
    select: { id: true, userId: true, startedAt: true, finishedAt: true, score: true, total: true, answers: { select: { questionId: true, choiceIndex: true, correct: true, evidenceSentence: true, evidenceFound: true } } },
  });
  const questions = assignment.quizSet.questions.map((q) => ({
    id: q.id,
    position: q.position,
    type: q.type,
    prompt: q.prompt,
    choices: choicesSchema.parse(q.choices),
    answerIndex: q.answerIndex,
    citations: citationsSchema.parse(q.citations ?? []),
    byTeacher: byTeacher(q.fact),
  }));
  const results = aggregateResults(questions, students, attempts);
  const { article } = assignment.quizSet;
  const sentences = articleSentences(article.body).map(({ id, start, end }) => ({ id, start, end }));
  const counted = results.perStudent.flatMap((p) => (p.counted ? [p.counted] : []));
  return {
    assignment: {
      id: assignment.id, opensAt: assignment.opensAt, dueAt: assignment.dueAt, maxAttempts: assignment.maxAttempts, showEvidence: assignment.showEvidence,
      class: { id: assignment.class.id, name: assignment.class.name }, quizSet: { id: assignment.quizSet.id, title: assignment.quizSet.title },
    },
    article,
    sentences,
    questions,
    misreading: misreadingMap(sentences, questions, counted),
    ...results,
  };
}
export type AssignmentResultsView = NonNullable<Awaited<ReturnType<typeof getAssignmentResults>>>;
