import { answerQuestionAction } from "@/lib/attempts/actions";
import type { ErrorCode } from "@/lib/errors";

// The play screen's answer, as a plain JSON POST: the request a whole class sends at the same
// moment (issue 9). It is answerQuestionAction itself (zod, the session, the attempt's owner in
// the query), without the server-action protocol and the page's proxy around it, which were a
// fifth of an answer's CPU. The reply is the action's result, with a matching HTTP status.

const STATUS: Record<ErrorCode, number> = { VALIDATION: 422, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, CLOSED: 409 };

export async function POST(request: Request) {
  // What Next checks for a server action: a browser's cross-site POST is refused. JSON only, so a
  // cross-origin page cannot send it without a preflight this route never grants.
  if (!sameOrigin(request)) return Response.json({ ok: false, code: "FORBIDDEN", message: "Cross-site request refused." }, { status: 403 });
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return Response.json({ ok: false, code: "VALIDATION", message: "Send the answer as JSON." }, { status: 415 });
  }
  const body: unknown = await request.json().catch(() => null);
  // The action validates the body with its zod schema, whatever was sent.
  const result = await answerQuestionAction((body ?? {}) as Parameters<typeof answerQuestionAction>[0]);
  return Response.json(result, { status: result.ok ? 200 : STATUS[result.code] });
}

function sameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  // Browsers send Origin on every POST; a request without one is not a browser's cross-site form.
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
