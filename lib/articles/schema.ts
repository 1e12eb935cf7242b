import { z } from "zod";
import { ArticleInputError, assertReadable } from "@/lib/generator/article";

// Limits stated on the form. The body bound keeps generation well under a second and a
// printed article under ~8 pages; the floor is about two sentences, below which no quiz forms.
export const ARTICLE_LIMITS = {
  title: 200,
  source: 120,
  url: 500,
  byline: 200,
  bodyMin: 200,
  bodyMax: 30_000,
} as const;

// The upload's rule (NUL bytes, mostly control characters) for pasted text too: one rule for both.
function readable(text: string, ctx: z.RefinementCtx) {
  try {
    assertReadable(text);
  } catch (e) {
    if (!(e instanceof ArticleInputError)) throw e;
    ctx.addIssue({ code: "custom", message: `The article text cannot be saved: the ${e.message}. Paste plain text.` });
  }
}

// A one-line field: no NUL or other control characters (they never belong in a title or a URL).
const oneLine = (s: string) => !/[\u0000-\u001f\u007f]/.test(s);
const ONE_LINE_MESSAGE = "Remove the control characters (such as NUL) from this field.";

const isCalendarDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const articleSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Enter the article's headline.")
    .max(ARTICLE_LIMITS.title, `A title has at most ${ARTICLE_LIMITS.title} characters.`)
    .refine(oneLine, ONE_LINE_MESSAGE),
  source: z
    .string()
    .trim()
    .min(1, "Enter where the article was published, e.g. Reuters.")
    .max(ARTICLE_LIMITS.source, `A source name has at most ${ARTICLE_LIMITS.source} characters.`)
    .refine(oneLine, ONE_LINE_MESSAGE),
  url: z
    .string()
    .trim()
    .max(ARTICLE_LIMITS.url, `A URL has at most ${ARTICLE_LIMITS.url} characters.`)
    .refine((s) => s === "" || /^https?:\/\/\S+$/i.test(s), "Enter a full web address starting with http:// or https://, or leave it empty.")
    .refine(oneLine, ONE_LINE_MESSAGE)
    .transform((s) => (s === "" ? null : s)),
  byline: z
    .string()
    .trim()
    .max(ARTICLE_LIMITS.byline, `A byline has at most ${ARTICLE_LIMITS.byline} characters.`)
    .refine(oneLine, ONE_LINE_MESSAGE)
    .optional()
    .transform((s) => s || null),
  // Set by the form when the text was read from a link (the address after redirects).
  fetchedFrom: z
    .string()
    .trim()
    .max(ARTICLE_LIMITS.url)
    .refine((s) => s === "" || /^https?:\/\/\S+$/i.test(s), "The fetched address is not a web address.")
    .optional()
    .transform((s) => s || null),
  publishedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the publication date as YYYY-MM-DD.")
    .refine(isCalendarDay, "That date does not exist."),
  body: z
    .string()
    // Windows line ends would shift every citation offset by one per line: store one form.
    .transform((s) => s.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(ARTICLE_LIMITS.bodyMin, `The article text needs at least ${ARTICLE_LIMITS.bodyMin} characters.`)
        .max(ARTICLE_LIMITS.bodyMax, `The article text has at most ${ARTICLE_LIMITS.bodyMax.toLocaleString("en")} characters.`)
        .superRefine(readable),
    ),
});
export type ArticleInput = z.infer<typeof articleSchema>;
export const ARTICLE_FIELDS = ["title", "byline", "source", "url", "publishedOn", "body"] as const;

export const articleUpdateSchema = articleSchema.extend({ articleId: z.string().min(1) });

export const uploadSchema = z.object({ text: z.string().max(ARTICLE_LIMITS.bodyMax * 2, "That file is too large.") });

export const articleIdSchema = z.object({ articleId: z.string().min(1) });

// A link to fetch or a whole page's HTML pasted: one of the two.
export const extractSchema = z.union([
  z.object({ url: z.string().trim().min(1, "Enter the article's web address.").max(ARTICLE_LIMITS.url, `A URL has at most ${ARTICLE_LIMITS.url} characters.`) }),
  z.object({ html: z.string().min(1, "Paste the page's HTML.").max(2_000_000, "That page is larger than 2 MB. Paste the article's text instead.") }),
]);
