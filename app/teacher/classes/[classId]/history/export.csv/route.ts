import { loadClassHistoryCsv } from "@/lib/history/class-loaders";

export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const result = await loadClassHistoryCsv((await params).classId, new Date());
  if (result.status === 401) return new Response("Sign in as the class's teacher.", { status: 401 });
  if (result.status === 404) return new Response("No such class.", { status: 404 });
  return new Response(result.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
