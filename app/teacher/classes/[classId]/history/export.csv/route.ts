import { csvResponse } from "@/lib/results/csv";
import { loadClassHistoryCsv } from "@/lib/history/class-loaders";

export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  return csvResponse(await loadClassHistoryCsv((await params).classId, new Date()), "No such class.");
}
