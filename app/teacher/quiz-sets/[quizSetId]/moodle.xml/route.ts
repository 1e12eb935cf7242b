import { moodleXmlFile } from "@/lib/export/package";
import { exportResponse } from "@/lib/export/response";
import { loadQuizSetExport } from "@/lib/quiz-sets/loaders";

export async function GET(_request: Request, { params }: { params: Promise<{ quizSetId: string }> }) {
  const result = await loadQuizSetExport((await params).quizSetId);
  return exportResponse(result, (set) => ({ body: moodleXmlFile(set), type: "application/xml; charset=utf-8", extension: "-moodle.xml" }));
}
