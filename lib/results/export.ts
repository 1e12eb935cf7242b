import { SKILL_LABELS, skillOf } from "@/lib/quiz/schema";
import type { AssignmentResults, ResultQuestion } from "./aggregate";
import { toCsv } from "./csv";

export const CSV_HEADER = ["student", "email", "attempt finished (UTC)", "question", "skill", "prompt", "answer given", "correct answer", "correct", "cited sentence", "evidence sentence", "evidence found"];

/**
 * One row per enrolled student per question, from the attempt that counts; a student with no
 * finished attempt gets rows with the answer columns empty, so no one disappears from the sheet.
 */
export function resultsCsv(questions: ResultQuestion[], perStudent: AssignmentResults["perStudent"], sentenceText: (id: number) => string = () => ""): string {
  const rows = perStudent.flatMap((p) =>
    questions.map((q, i) => {
      const a = p.counted?.answers.find((x) => x.questionId === q.id);
      return [
        p.student.name ?? "",
        p.student.email ?? "",
        p.finishedAt ? p.finishedAt.toISOString() : "",
        i + 1,
        SKILL_LABELS[skillOf(q.type)],
        q.prompt,
        a ? (q.choices[a.choiceIndex] ?? "") : "",
        q.choices[q.answerIndex] ?? "",
        a ? (a.correct ? "yes" : "no") : "",
        q.citations.map((c) => c.text).join(" … "),
        // Empty outside evidence mode: "no" would read as a miss the student was never asked for.
        a && a.evidenceSentence !== null ? sentenceText(a.evidenceSentence) : "",
        a && a.evidenceFound !== null ? (a.evidenceFound ? "yes" : "no") : "",
      ];
    }),
  );
  return toCsv([CSV_HEADER, ...rows]);
}
