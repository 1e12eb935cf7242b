import { splitSentences } from "@/lib/generator/sentences";

/** The sentences a teacher can pick as evidence, numbered as the generator splits the body. */
export function articleSentences(body: string) {
  return splitSentences(body).map(({ id, start, end, text }) => ({ id, start, end, text }));
}
export type ArticleSentence = ReturnType<typeof articleSentences>[number];
