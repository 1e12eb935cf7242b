import "server-only";
import { defineAction, type Caller } from "@/lib/action-core";
import type { ErrorCode } from "@/lib/errors";
import { recordAnswer } from "./mutations";
import { answerSchema } from "./schema";

// The play screen's answer as a plain JSON POST: the request a whole class sends at the same
// moment (issue 9). One implementation of its HTTP side for both ways in: the Next route
// (app/api/attempts/answer, `next dev`) and the answer lane (./answer-lane, in front of Next in
// production). It is the answer action (zod, the session, the attempt's owner in the query)
// without the server-action protocol; the reply is the action's result with a matching status.

/** The answer action, with who is calling as a parameter (Next's cookies or the lane's). */
export const answerQuestion = defineAction({ schema: answerSchema }, (input, viewer) =>
  recordAnswer({ ...input, userId: viewer.id }),
);

/** An answer is about 150 bytes; anything near this is not the play screen. */
export const ANSWER_BODY_LIMIT = 16 * 1024;

export type AnswerRequest = {
  header(name: string): string | null;
  /** The body as text, or null once it is longer than `limit` bytes (read no further). */
  body(limit: number): Promise<string | null>;
};
export type AnswerReply = { status: number; json: unknown };

const STATUS: Record<ErrorCode, number> = { VALIDATION: 422, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, CLOSED: 409 };

export async function handleAnswer(request: AnswerRequest, caller: Caller): Promise<AnswerReply> {
  // What Next checks for a server action: a browser's cross-site POST is refused. JSON only, so a
  // cross-origin page cannot send it without a preflight this route never grants.
  if (!sameOrigin(request)) return { status: 403, json: { ok: false, code: "FORBIDDEN", message: "Cross-site request refused." } };
  if (!request.header("content-type")?.startsWith("application/json")) {
    return { status: 415, json: { ok: false, code: "VALIDATION", message: "Send the answer as JSON." } };
  }
  const text = await request.body(ANSWER_BODY_LIMIT);
  if (text === null) return { status: 413, json: { ok: false, code: "VALIDATION", message: "The answer is too large." } };
  const body: unknown = parseJson(text);
  // The action validates the body with its zod schema, whatever was sent.
  const result = await answerQuestion((body ?? {}) as Parameters<typeof answerQuestion>[0], caller);
  return { status: result.ok ? 200 : STATUS[result.code], json: result };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function sameOrigin(request: AnswerRequest) {
  const origin = request.header("origin");
  // Browsers send Origin on every POST; a request without one is not a browser's cross-site form.
  if (!origin) return true;
  const host = request.header("x-forwarded-host") ?? request.header("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
