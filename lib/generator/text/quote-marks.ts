// Counting quotation marks, shared by the stages that cut text out of a quotation and must not
// leave a mark unpaired (a claim's words, a timeline event). A loop, not a /g match: no array
// is built for what is only a count.

/** How often one character occurs in the text. */
export function countOf(text: string, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) n++;
  return n;
}

/** True when every curly opener has its closer and the straight double marks come in pairs. */
export function quoteMarksPaired(text: string): boolean {
  return countOf(text, "“") === countOf(text, "”") && countOf(text, '"') % 2 === 0;
}

/** The text with the closing marks an unfinished quotation lacks (“ without ”, an odd "). */
export function closeOpenQuotes(text: string): string {
  let t = text;
  if (countOf(t, "“") > countOf(t, "”")) t += "”";
  if (countOf(t, '"') % 2 === 1) t += '"';
  return t;
}
