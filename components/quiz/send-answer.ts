import type { ActionResult } from "@/lib/action";
import type { AnswerFeedback, AnswerInput } from "@/lib/attempts/schema";

/**
 * Sends one answer to the answer route (app/api/attempts/answer), which runs the answer action:
 * the same checks and the same result, without the server-action protocol (issue 9). A reply
 * that is not a result throws, like a failed action call, and the player offers a retry.
 */
export async function sendAnswer(input: AnswerInput): Promise<ActionResult<AnswerFeedback>> {
  const res = await fetch("/api/attempts/answer", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  const body: unknown = await res.json().catch(() => null);
  if (!body || typeof body !== "object" || typeof (body as { ok?: unknown }).ok !== "boolean") throw new Error(`The answer was not saved (HTTP ${res.status}).`);
  return body as ActionResult<AnswerFeedback>;
}
