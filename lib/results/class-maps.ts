import "server-only";
import { db } from "@/lib/db";
import { choicesSchema, citationsSchema } from "@/lib/quiz/schema";
import { articleSentences } from "@/lib/quiz-sets/sentences";
import { countedAttempt, type ResultAttempt } from "./aggregate";
import { misreadingMap, type MapAnswer, type MapQuestion } from "./misreading";

/**
 * A class's misreading map per article: every assignment on a quiz set of that article, each
 * student's counted (best finished) attempt per assignment, merged so a student counts once per
 * sentence however many of those assignments they did. Teacher in the where clause.
 */
export async function getClassMisreadingMaps(teacherId: string, classId: string) {
  const assignments = await db.assignment.findMany({
    where: { classId, class: { teacherId } },
    orderBy: [{ opensAt: "asc" }, { createdAt: "asc" }],
    select: {
      quizSet: { select: { article: { select: { id: true, title: true, body: true } }, questions: { orderBy: { position: "asc" } } } },
      attempts: {
        // Students on the roster now, as everywhere in a class's history.
        where: { finishedAt: { not: null }, user: { enrollments: { some: { classId } } } },
        select: { id: true, userId: true, startedAt: true, finishedAt: true, score: true, total: true, answers: { select: { questionId: true, choiceIndex: true, correct: true, evidenceSentence: true, evidenceFound: true } } },
      },
    },
  });
  const articles = new Map<string, { article: { id: string; title: string; body: string }; questions: MapQuestion[]; byStudent: Map<string, MapAnswer[]> }>();
  for (const a of assignments) {
    const { article } = a.quizSet;
    const entry = articles.get(article.id) ?? { article, questions: [] as MapQuestion[], byStudent: new Map<string, MapAnswer[]>() };
    articles.set(article.id, entry);
    for (const q of a.quizSet.questions) {
      if (entry.questions.some((x) => x.id === q.id)) continue;
      entry.questions.push({ id: q.id, position: q.position, prompt: q.prompt, choices: choicesSchema.parse(q.choices), answerIndex: q.answerIndex, citations: citationsSchema.parse(q.citations ?? []) });
    }
    const perStudent = new Map<string, ResultAttempt[]>();
    for (const t of a.attempts) perStudent.set(t.userId, [...(perStudent.get(t.userId) ?? []), t]);
    for (const [userId, attempts] of perStudent) {
      const counted = countedAttempt(attempts);
      if (counted) entry.byStudent.set(userId, [...(entry.byStudent.get(userId) ?? []), ...counted.answers]);
    }
  }
  return [...articles.values()].map(({ article, questions, byStudent }) => {
    const sentences = articleSentences(article.body).map(({ id, start, end }) => ({ id, start, end }));
    return { article, students: byStudent.size, map: misreadingMap(sentences, questions, [...byStudent.values()].map((answers) => ({ answers }))) };
  });
}
