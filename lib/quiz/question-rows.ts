// Question rows for a quiz set, straight from the generator: the one mapping shared by the
// teacher's drafts, the seed and the test factories. A relative import keeps it loadable by tsx
// scripts as well as by Next.
import { generateQuiz } from "../generator";

export function generateQuestionRows(body: string, date: string | null, title: string | null) {
  return generateQuiz(body, { date, title }).questions.map((q, position) => ({
    position,
    type: q.type,
    prompt: q.prompt,
    choices: q.choices,
    answerIndex: q.answerIndex,
    explanation: q.explanation,
    citations: q.citations.map(({ start, end, text }) => ({ start, end, text })),
    // The answer in the fact's own terms (a name, a date value, a status), kept for reference.
    fact: { ...q.fact, answerValue: q.answerValue },
  }));
}
