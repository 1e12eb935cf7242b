// What the export builders need of a published quiz set: plain data, so they stay pure.
export type ExportQuestion = {
  id: string;
  type: string;
  prompt: string;
  choices: string[];
  answerIndex: number;
  explanation: string;
  citations: { text: string }[];
};

export type ExportQuizSet = {
  id: string;
  title: string;
  article: { title: string; source: string; url: string | null; publishedOn: string | null };
  questions: ExportQuestion[];
};

/** The feedback a student sees after answering: the explanation, then the sentence it rests on. */
export function feedbackParts(q: ExportQuestion): { explanation: string; cited: string[] } {
  return { explanation: q.explanation, cited: q.citations.map((c) => c.text.trim()).filter(Boolean) };
}
