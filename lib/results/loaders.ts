import "server-only";
import { notFound } from "next/navigation";
import { getUserWithRole } from "@/lib/auth";
import { requireTeacher } from "@/lib/quiz-sets/loaders";
import { getAssignmentResults } from "./data";
import { resultsCsv } from "./export";

const sentenceText = (body: string, sentences: { id: number; start: number; end: number }[]) => (id: number) => {
  const s = sentences.find((x) => x.id === id);
  return s ? body.slice(s.start, s.end) : "";
};

export async function loadAssignmentResults(assignmentId: string) {
  const user = await requireTeacher(`/teacher/assignments/${assignmentId}`);
  const results = await getAssignmentResults(user.id, assignmentId);
  if (!results) notFound();
  return results;
}

/** For the CSV route handler: it checks the session itself (the proxy is only a convenience). */
export async function loadResultsCsv(assignmentId: string): Promise<{ status: 401 } | { status: 404 } | { status: 200; filename: string; csv: string }> {
  const user = await getUserWithRole("teacher");
  if (!user) return { status: 401 };
  const results = await getAssignmentResults(user.id, assignmentId);
  if (!results) return { status: 404 };
  const slug = `${results.assignment.class.name}-${results.assignment.quizSet.title}`.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return { status: 200, filename: `results-${slug || "assignment"}.csv`, csv: resultsCsv(results.questions, results.perStudent, sentenceText(results.article.body, results.sentences)) };
}
