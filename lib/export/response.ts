import type { ExportResult } from "@/lib/quiz-sets/loaders";
import { exportFileName } from "./package";

const REFUSALS = {
  401: "Sign in as the quiz set's teacher.",
  404: "No such quiz set.",
  409: "Only a published quiz set can be exported. Publish it first.",
} as const;

/** The download an export route handler sends, or the refusal its loader decided on. */
export function exportResponse(
  result: ExportResult,
  build: (set: Extract<ExportResult, { status: 200 }>["set"]) => { body: Uint8Array | string; type: string; extension: string },
): Response {
  if (result.status !== 200) return new Response(REFUSALS[result.status], { status: result.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { body, type, extension } = build(result.set);
  return new Response(typeof body === "string" ? body : new Blob([body as BlobPart]), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${exportFileName(result.set.title, extension)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
