import { csvResponse } from "@/lib/results/csv";
import { loadResultsCsv } from "@/lib/results/loaders";

export async function GET(_request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  return csvResponse(await loadResultsCsv((await params).assignmentId), "No such assignment.");
}
