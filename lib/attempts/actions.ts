"use server";
import { createAction, nextCaller } from "@/lib/action";
import { answerQuestion } from "./answer-http";
import { startAttempt } from "./mutations";
import { startAttemptSchema, type AnswerInput } from "./schema";

/** Play without an account: the first start creates the guest identity. */
export const startAttemptAction = createAction(
  { schema: startAttemptSchema, createGuest: true },
  async (input, viewer) => {
    // startAttempt applies the assignment rules (enrolment, dates, attempts allowed; practice
    // refused while an assignment on the quiz set is open) in the transaction that inserts.
    const attempt = await startAttempt({ userId: viewer.id, quizSetId: input.quizSetId, assignmentId: input.assignmentId, showEvidence: input.showEvidence });
    return { attemptId: attempt.id, resumed: attempt.resumed };
  },
);

/** The answer (./answer-http), as a server action. */
export async function answerQuestionAction(input: AnswerInput | FormData) {
  return answerQuestion(input, nextCaller);
}
