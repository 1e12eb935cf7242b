import { z } from "zod";

// Shapes of the JSON columns on Question, checked when read so a bad row fails loudly here
// instead of rendering nonsense.
export const choicesSchema = z.array(z.string()).min(2);
export const citationSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() });
export const citationsSchema = z.array(citationSchema);
export type Citation = z.infer<typeof citationSchema>;

/** What the browser may see of a question before it is answered: no answer, explanation or citation. */
export type PlayQuestion = { id: string; position: number; type: string; prompt: string; choices: string[] };

/** The key to a question: held back from the browser until the question is answered. */
export type QuestionKey = { answerIndex: number; explanation: string; citations: Citation[] };

/** A question with its key, as the results page and the teacher's editor show it. */
export type QuestionView = PlayQuestion & QuestionKey;

/** What an answer action tells the browser about the answer just given, quiz or review alike. */
export type AnswerOutcome = QuestionKey & { questionId: string; choiceIndex: number; correct: boolean };

/** The four skills a student is scored on; timeline questions are about dates too. */
export const SKILLS = ["who_said", "claim_status", "date", "source"] as const;
export type Skill = (typeof SKILLS)[number];

export const SKILL_LABELS: Record<Skill, string> = {
  who_said: "Who said",
  claim_status: "Claim status",
  date: "Dates",
  source: "Sources",
};

export function skillOf(type: string): Skill {
  if (type === "timeline") return "date";
  return (SKILLS as readonly string[]).includes(type) ? (type as Skill) : "claim_status";
}

export type ArticleView = {
  id: string;
  title: string;
  source: string;
  url: string | null;
  publishedOn: string | null;
  body: string;
};

export type QuizSetSummary = {
  id: string;
  title: string;
  questionCount: number;
  article: { id: string; title: string; source: string; publishedOn: string | null };
};
