"use server";
import { createAction } from "@/lib/action";
import { assertCanPlayAssignment } from "@/lib/assignments/rules";
import { recordAnswer, startAttempt } from "./mutations";
import { answerSchema, startAttemptSchema } from "./schema";

/** Play without an account: the first start creates the guest identity. */
export const startAttemptAction = createAction(
  { schema: startAttemptSchema, createGuest: true },
  async (input, viewer) => {
    // Assignment rules (enrolment, opening date, attempts allowed) are checked here by
    // lib/assignments before the attempt starts.
    if (input.assignmentId) {
      await assertCanPlayAssignment({ userId: viewer.id, assignmentId: input.assignmentId, quizSetId: input.quizSetId });
    }
    const attempt = await startAttempt({ userId: viewer.id, quizSetId: input.quizSetId, assignmentId: input.assignmentId });
    return { attemptId: attempt.id, resumed: attempt.resumed };
  },
);

export const answerQuestionAction = createAction({ schema: answerSchema }, (input, viewer) =>
  recordAnswer({ ...input, userId: viewer.id }),
);
