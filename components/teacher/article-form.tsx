"use client";
import { useActionState, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { createArticleAction, parseUploadAction, updateArticleAction } from "@/lib/articles/actions";
import { ARTICLE_LIMITS, ARTICLE_FIELDS } from "@/lib/articles/schema";
import { infoNote } from "@/components/ui/styles";
import { Field, FormMessage, buttonClass, inputClass } from "@/components/auth/field";
import { ArticleImport, type Extracted } from "./article-import";

type Values = Record<(typeof ARTICLE_FIELDS)[number], string>;
type State = { message?: string; fieldErrors?: Record<string, string[] | undefined> };

// Fields are controlled so nothing typed is lost when the server refuses the form.
export function ArticleForm({ initial, articleId, frozen, fetchedFrom: savedFrom }: { initial?: Values; articleId?: string; frozen?: boolean; fetchedFrom?: string }) {
  const router = useRouter();
  const [values, setValues] = useState<Values>(initial ?? { title: "", byline: "", source: "", url: "", publishedOn: "", body: "" });
  // Where the text was fetched from (its provenance), kept with the article when it is saved.
  const [fetchedFrom, setFetchedFrom] = useState(savedFrom ?? "");
  const [uploading, startUpload] = useTransition();
  const set = (k: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));

  const [state, action, pending] = useActionState(async (): Promise<State> => {
    const input = { ...values, fetchedFrom };
    const result = articleId ? await updateArticleAction({ ...input, articleId }) : await createArticleAction(input);
    if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors };
    router.push(`/teacher/quiz-sets/${result.data.quizSetId}`);
    return { message: "Saved. Generating the quiz preview…" };
  }, {});
  const [uploadError, setUploadError] = useState<string | null>(null);
  const e = state.fieldErrors ?? {};

  function onFile(file: File | undefined) {
    if (!file) return;
    startUpload(async () => {
      const result = await parseUploadAction({ text: await file.text() });
      if (!result.ok) return setUploadError(result.fieldErrors?.file?.join(" ") ?? result.message);
      setUploadError(null);
      // The file fills what it states; fields it is silent about keep what was typed.
      setValues((v) => ({
        title: result.data.title || v.title,
        byline: v.byline,
        source: result.data.source || v.source,
        url: result.data.url || v.url,
        publishedOn: result.data.publishedOn || v.publishedOn,
        body: result.data.body,
      }));
    });
  }

  function onExtracted({ fetchedFrom: from, ...a }: Extracted) {
    setFetchedFrom(from);
    // The page fills what it states; fields it is silent about keep what was typed.
    setValues((v) => ({
      title: a.title || v.title,
      byline: a.byline || v.byline,
      source: a.source || v.source,
      url: a.url || from || v.url,
      publishedOn: a.publishedOn || v.publishedOn,
      body: a.body,
    }));
  }

  return (
    <div className="space-y-6">
    {!articleId && <ArticleImport onExtracted={onExtracted} />}
    <form action={action} className="space-y-5" noValidate>
      {frozen && (
        <p data-tone="info" className={`p-3 ${infoNote}`}>
          A published quiz set uses this article, so it stays as it is. Saving creates a new article with its own draft quiz.
        </p>
      )}
      <FormMessage message={state.message} ok={!state.fieldErrors && !!state.message} />
      <Field name="title" label="Title" value={values.title} onChange={set("title")} errors={e.title} hint={`Up to ${ARTICLE_LIMITS.title} characters.`} />
      <Field name="byline" label="Byline (optional)" value={values.byline} onChange={set("byline")} errors={e.byline} hint="Who wrote it, as the article says." />
      <Field name="source" label="Source" value={values.source} onChange={set("source")} errors={e.source} hint={`The outlet, e.g. Reuters. Up to ${ARTICLE_LIMITS.source} characters.`} />
      <Field name="url" label="URL (optional)" type="url" value={values.url} onChange={set("url")} errors={e.url} hint="Where the article can be read online." />
      <Field name="publishedOn" label="Publication date" type="date" value={values.publishedOn} onChange={set("publishedOn")} errors={e.publishedOn} hint="Relative dates in the text (“on Sunday”) are resolved from it." />
      <div className="space-y-1">
        <label htmlFor="field-file" className="block font-medium">
          Upload a .txt file (optional)
        </label>
        <input
          id="field-file"
          type="file"
          accept=".txt,text/plain"
          aria-describedby={uploadError ? "field-file-hint field-file-error" : "field-file-hint"}
          onChange={(ev) => onFile(ev.target.files?.[0])}
        />
        <p id="field-file-hint" className="text-sm text-slate-600 dark:text-slate-400">
          {uploading ? "Reading the file…" : "In the input format: a first line “date YYYY-MM-DD”, then the article text. It fills the fields below."}
        </p>
        {uploadError && (
          <p id="field-file-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {uploadError}
          </p>
        )}
      </div>
      <Field
        name="body"
        label="Article text"
        errors={e.body}
        hint={`Paste the whole article: ${ARTICLE_LIMITS.bodyMin} to ${ARTICLE_LIMITS.bodyMax.toLocaleString("en")} characters (now ${values.body.length.toLocaleString("en")}).`}
      >
        {(aria) => <textarea name="body" rows={16} className={inputClass} value={values.body} onChange={set("body")} {...aria} />}
      </Field>
      <button type="submit" className={buttonClass} disabled={pending || uploading}>
        {pending ? "Generating the quiz…" : articleId ? "Save and regenerate" : "Save and generate quiz"}
      </button>
      {fetchedFrom && <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="fetched-from">Read from {fetchedFrom}</p>}
    </form>
    </div>
  );
}
