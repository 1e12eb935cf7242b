import { z } from "zod";
import type { AnswerOutcome, PlayQuestion, QuestionView } from "@/lib/quiz/schema";

const id = z.string().min(1).max(64);

export const startAttemptSchema = z.object({
  quizSetId: id,
  // Forms send "" for "no assignment".
  assignmentId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  // Practice only (an assignment decides for itself): a checkbox sends "on" when ticked.
  showEvidence: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).optional(),
});
export type StartAttemptInput = z.infer<typeof startAttemptSchema>;

export const answerSchema = z.object({
  attemptId: id,
  questionId: id,
  choiceIndex: z.coerce.number().int().min(0).max(9),
  // Show the evidence: the picked sentence's number in the article (see lib/attempts/evidence).
  evidenceSentence: z.coerce.number().int().min(0).max(100_000).optional(),
});
export type AnswerInput = z.infer<typeof answerSchema>;

/** The sentence picked as evidence and whether the question cites it; null outside evidence mode. */
export type EvidenceOutcome = { sentence: number; found: boolean } | null;

/** Sent back once a question is answered: only now may the browser learn the key. */
export type AnswerFeedback = AnswerOutcome & {
  evidence: EvidenceOutcome;
  /** The next unanswered question, or null when the attempt is finished. */
  next: PlayQuestion | null;
  answered: number;
  total: number;
};

/** Where an open attempt stands: what the play page renders after a refresh. */
export type PlayState = {
  attemptId: string;
  startedAt: string;
  answered: number;
  total: number;
  /** Every answer of this attempt also picks its supporting sentence. */
  showEvidence: boolean;
  question: PlayQuestion | null;
  /** The question answered last, with its key (answered, so the key may be shown): a reload
   *  comes back to its feedback instead of skipping the explanation. */
  last: (AnswerOutcome & { evidence: EvidenceOutcome; question: PlayQuestion }) | null;
};

/** A played attempt as the results page shows it: every question with its key and the answer. */
export type AttemptResultView = {
  id: string;
  assignmentId: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  score: number;
  total: number;
  quizSet: { id: string; title: string; article: { id: string; title: string; body: string } };
  showEvidence: boolean;
  questions: (QuestionView & { answer: { choiceIndex: number; correct: boolean; evidenceSentence: number | null; evidenceFound: boolean | null } | null })[];
};
