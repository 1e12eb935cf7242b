import { z } from "zod";

export const QUESTION_LIMITS = { prompt: 300, choice: 200, explanation: 1000, minChoices: 2, maxChoices: 6 } as const;

const choiceText = z.string().trim().max(QUESTION_LIMITS.choice, `A choice has at most ${QUESTION_LIMITS.choice} characters.`);

const questionFields = {
  prompt: z.string().trim().min(1, "A question needs a prompt.").max(QUESTION_LIMITS.prompt, `A prompt has at most ${QUESTION_LIMITS.prompt} characters.`),
  // The editor sends every box, empty ones included; they are dropped below.
  choices: z.array(choiceText).max(QUESTION_LIMITS.maxChoices + 2),
  answerIndex: z.coerce.number().int().min(0, "Pick the correct answer."),
  explanation: z
    .string()
    .trim()
    .min(1, "Explain the answer from the article.")
    .max(QUESTION_LIMITS.explanation, `An explanation has at most ${QUESTION_LIMITS.explanation} characters.`),
};

type Choices = { choices: string[]; answerIndex: number };

/** Exactly one right choice among two to six different filled-in ones. */
function checkChoices(q: Choices, ctx: z.RefinementCtx) {
  const filled = q.choices.filter((c) => c !== "");
  if (filled.length < QUESTION_LIMITS.minChoices) ctx.addIssue({ code: "custom", path: ["choices"], message: "Give at least two choices." });
  if (filled.length > QUESTION_LIMITS.maxChoices) ctx.addIssue({ code: "custom", path: ["choices"], message: `Give at most ${QUESTION_LIMITS.maxChoices} choices.` });
  if (new Set(filled.map((c) => c.toLowerCase())).size !== filled.length)
    ctx.addIssue({ code: "custom", path: ["choices"], message: "Two choices are the same." });
  if (!q.choices[q.answerIndex]) ctx.addIssue({ code: "custom", path: ["answerIndex"], message: "The correct answer must be one of the filled-in choices." });
}

// Empty boxes go; the correct answer's index follows its text.
function dropEmpty<T extends Choices>(q: T): T {
  return { ...q, choices: q.choices.filter((c) => c !== ""), answerIndex: q.choices.slice(0, q.answerIndex).filter((c) => c !== "").length };
}

const sentenceIds = z
  .array(z.coerce.number().int().min(0))
  .min(1, "Pick the sentence (or sentences) in the article that hold the answer.")
  .max(5, "Pick at most five sentences.");

export const questionEditSchema = z
  // sentenceIds absent: the citations stay as they are.
  .object({ quizSetId: z.string().min(1), questionId: z.string().min(1), ...questionFields, sentenceIds: sentenceIds.optional() })
  .superRefine(checkChoices)
  .transform(dropEmpty);
export type QuestionEdit = z.infer<typeof questionEditSchema>;

export const quizSetIdSchema = z.object({ quizSetId: z.string().min(1) });
export const questionRefSchema = z.object({ quizSetId: z.string().min(1), questionId: z.string().min(1) });
export const moveSchema = questionRefSchema.extend({ direction: z.enum(["up", "down"]) });

/** The question types a teacher can write, with the words the form shows for each. */
export const WRITABLE_TYPES = { who_said: "Who said it", source: "Which outlet relayed it", claim_status: "Claim status", date: "A date" } as const;

/** A question a teacher writes: the evidence is one or more of the article's sentences, by id. */
export const newQuestionSchema = z
  .object({
    quizSetId: z.string().min(1),
    type: z.enum(Object.keys(WRITABLE_TYPES) as [keyof typeof WRITABLE_TYPES], "Pick what the question asks about."),
    sentenceIds,
    ...questionFields,
  })
  .superRefine(checkChoices)
  .transform(dropEmpty);
export type NewQuestion = z.infer<typeof newQuestionSchema>;
