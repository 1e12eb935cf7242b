import { nextCaller } from "@/lib/action";
import { handleAnswer } from "@/lib/attempts/answer-http";

// The play screen's answer (lib/attempts/answer-http). In production scripts/serve.mjs hands this
// path to the answer lane before Next sees it (lib/attempts/answer-lane); this route serves it
// under `next dev`, and in production when the lane is not built or is skipped.
export async function POST(request: Request) {
  const reply = await handleAnswer({ header: (name) => request.headers.get(name), body: (limit) => textUpTo(request, limit) }, nextCaller);
  return Response.json(reply.json, { status: reply.status });
}

async function textUpTo(request: Request, limit: number): Promise<string | null> {
  const bytes = await request.arrayBuffer();
  return bytes.byteLength > limit ? null : new TextDecoder().decode(bytes);
}
