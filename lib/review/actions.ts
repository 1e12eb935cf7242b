"use server";
import { createAction } from "@/lib/action";
import { answerDueReview, practiseReview } from "./mutations";
import { reviewAnswerSchema, type ReviewFeedback } from "./schema";

/** Any viewer (guest included) answers their own due review question; scoring is server-side. */
export const answerReviewAction = createAction(
  { schema: reviewAnswerSchema },
  async (input, viewer): Promise<ReviewFeedback> =>
    answerDueReview({ userId: viewer.id, questionId: input.questionId, choiceIndex: input.choiceIndex, at: new Date() }),
);

/** A practice answer (nothing due): scored server-side, recorded nowhere. */
export const practiseReviewAction = createAction(
  { schema: reviewAnswerSchema },
  async (input, viewer): Promise<ReviewFeedback> => practiseReview({ userId: viewer.id, questionId: input.questionId, choiceIndex: input.choiceIndex }),
);
