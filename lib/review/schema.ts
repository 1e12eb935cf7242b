import { z } from "zod";
import type { AnswerOutcome, ArticleView } from "@/lib/quiz/schema";

export const reviewAnswerSchema = z.object({
  questionId: z.string().min(1).max(64),
  choiceIndex: z.coerce.number().int().min(0).max(20),
});
export type ReviewAnswerInput = z.infer<typeof reviewAnswerSchema>;

/** A due question as the browser first sees it: no answer, no explanation, no citation. */
export type ReviewPrompt = {
  questionId: string;
  type: string;
  prompt: string;
  choices: string[];
  quizTitle: string;
  /** The article is public; only the citations wait for the answer. */
  article: ArticleView;
  /** How many right in a row so far (0 or 1): shown as "one more to go". */
  streak: number;
  dueCount: number;
};

/** Sent only after the question is answered. */
export type ReviewFeedback = AnswerOutcome & {
  article: ArticleView;
  /** Where the schedule now stands: retired, or due again at an instant (ISO). */
  next: { retired: boolean; dueAt: string };
  /** False when this was a repeat submission that did not count again. */
  counted: boolean;
};
