"use server";
import { createAction } from "@/lib/action";
import { recordAnswer, startAttempt } from "./mutations";
import { answerSchema, startAttemptSchema } from "./schema";

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

export const answerQuestionAction = createAction({ schema: answerSchema }, (input, viewer) =>
  recordAnswer({ ...input, userId: viewer.id }),
);
