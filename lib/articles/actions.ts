"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { ValidationError } from "@/lib/errors";
import { ArticleInputError, parseArticleFile } from "@/lib/generator";
import { createDraftQuizSet } from "@/lib/quiz-sets/mutations";
import { getArticle } from "./data";
import { createArticle, updateArticle } from "./mutations";
import { articleIdSchema, articleSchema, articleUpdateSchema, extractSchema, uploadSchema } from "./schema";
import { extractArticle } from "./extract";
import { FetchPageError, fetchPage } from "./fetch-page";
import { fetchAllowsLoopback } from "@/lib/env";
import { NotFoundError } from "@/lib/errors";

const teacher = { roles: ["teacher" as const] };

export const createArticleAction = createAction({ schema: articleSchema, ...teacher }, async (input, viewer) => {
  const created = await createArticle(viewer.id, input);
  revalidatePath("/teacher");
  return created;
});

export const updateArticleAction = createAction({ schema: articleUpdateSchema, ...teacher }, async ({ articleId, ...input }, viewer) => {
  const updated = await updateArticle(viewer.id, articleId, input);
  revalidatePath("/teacher");
  return updated;
});

/** Reads a .txt in the article input format so the form can show what was uploaded before saving. */
export const parseUploadAction = createAction({ schema: uploadSchema, ...teacher }, async ({ text }) => {
  let a;
  try {
    a = parseArticleFile(text);
  } catch (e) {
    if (e instanceof ArticleInputError) throw new ValidationError(e.message, { file: [e.message] });
    throw e;
  }
  return { body: a.body.trim(), publishedOn: a.date ?? "", title: a.title ?? "", source: a.source ?? "", url: a.url ?? "" };
});

/** Reuse: a fresh draft quiz set from one of the teacher's articles (regenerated from its text). */
export const createDraftFromArticleAction = createAction({ schema: articleIdSchema, ...teacher }, async ({ articleId }, viewer) => {
  if (!(await getArticle(viewer.id, articleId))) throw new NotFoundError("That article");
  const draft = await createDraftQuizSet(viewer.id, articleId);
  revalidatePath("/teacher");
  return { quizSetId: draft.id };
});

/**
 * A link or a pasted web page → the article form's fields, for the teacher to check before saving.
 * Nothing is stored here. A fetch failure is an expected error (its message says what to do);
 * `unreachable` tells the form to offer pasting instead.
 */
export const extractArticleAction = createAction({ schema: extractSchema, ...teacher }, async (input) => {
  const field = "url" in input ? "url" : "html";
  let page = { url: "", html: "" };
  if ("url" in input) {
    try {
      page = await fetchPage(input.url, { allowLoopback: fetchAllowsLoopback() });
    } catch (e) {
      if (e instanceof FetchPageError) throw new ValidationError(e.message, { [field]: [e.message], ...(e.kind === "unreachable" || e.kind === "timeout" ? { offline: ["1"] } : {}) });
      throw e;
    }
  } else page.html = input.html;
  const article = extractArticle(page.html, page.url);
  if (!article) {
    const message = "No article text was found on that page. Paste the article's text into the form instead.";
    throw new ValidationError(message, { [field]: [message] });
  }
  return { ...article, fetchedFrom: page.url };
});
