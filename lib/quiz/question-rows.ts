// Question rows for a quiz set, straight from the generator: the one mapping shared by the
// teacher's drafts, the seed and the test factories. A relative import keeps it loadable by tsx
// scripts as well as by Next.
import { generateQuiz } from "../generator";

/** Drafts take the generator's suggestions too (a teacher checks them); sets that are published
 *  without a teacher's review (the seed) take only what the generator publishes on its own. */
export function generateQuestionRows(body: string, date: string | null, title: string | null, { suggestions = true } = {}) {
  const questions = generateQuiz(body, { date, title }).questions.filter((q) => suggestions || q.status === "published");
  return questions.map((q, position) => ({
    position,
    type: q.type,
    prompt: q.prompt,
    choices: q.choices,
    answerIndex: q.answerIndex,
    explanation: q.explanation,
    citations: q.citations.map(({ start, end, text }) => ({ start, end, text })),
    // The answer in the fact's own terms (a name, a date value, a status), kept for reference.
    fact: { ...q.fact, answerValue: q.answerValue },
    status: q.status,
    reason: q.reason ?? null,
  }));
}
