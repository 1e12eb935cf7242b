"use client";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { extractArticleAction } from "@/lib/articles/actions";
import { Field, FormMessage, inputClass, secondaryButtonClass } from "@/components/auth/field";

export type Extracted = { title: string; byline: string; source: string; url: string; publishedOn: string; body: string; fetchedFrom: string };
type Errors = { url?: string[]; html?: string[] };

// "Start from a link or a web page": the server reads the page and the article form below is
// filled in for the teacher to check. What was typed here stays on every error; when the server
// cannot reach the internet, the paste-the-page box opens instead.
export function ArticleImport({ onExtracted }: { onExtracted: (a: Extracted) => void }) {
  const [url, setUrl] = useState("");
  const [html, setHtml] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<{ message: string; ok: boolean } | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pending, start] = useTransition();
  // Bumped when the fetch failed for want of a connection: after that render, focus the paste box.
  const [offerPaste, setOfferPaste] = useState(0);
  useEffect(() => {
    if (offerPaste) document.getElementById("field-importHtml")?.focus();
  }, [offerPaste]);

  function submit(input: { url: string } | { html: string }) {
    return (ev: FormEvent) => {
      ev.preventDefault();
      start(async () => {
        setStatus(null);
        const result = await extractArticleAction(input);
        if (!result.ok) {
          const offline = !!result.fieldErrors?.offline;
          setErrors({ url: result.fieldErrors?.url, html: result.fieldErrors?.html });
          setStatus({ message: offline ? "This server could not reach that page. Paste the page's HTML below, or the article's text into the form." : result.message, ok: false });
          if (offline) {
            setPasteOpen(true);
            setOfferPaste((n) => n + 1);
          }
          return;
        }
        setErrors({});
        onExtracted(result.data);
        setStatus({ message: `Read “${result.data.title || "the article"}”. Check the fields below, edit anything that is wrong, then save.`, ok: true });
      });
    };
  }

  return (
    <section aria-labelledby="import-heading" className="space-y-3 rounded-md border border-slate-300 p-4 dark:border-slate-600">
      <h2 id="import-heading" className="text-lg font-semibold">Start from a link or a web page (optional)</h2>
      <FormMessage message={status?.message} ok={status?.ok} />
      <form onSubmit={submit({ url })} className="space-y-2" noValidate>
        <Field name="importUrl" label="Article link" type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} errors={errors.url} hint="The server fetches the page and fills in the form below for you to check." />
        <button type="submit" className={secondaryButtonClass} disabled={pending}>
          {pending ? "Reading the page…" : "Get the article"}
        </button>
      </form>
      <details open={pasteOpen} onToggle={(e) => setPasteOpen((e.target as HTMLDetailsElement).open)}>
        <summary className="cursor-pointer font-medium">Or paste the whole web page (its HTML)</summary>
        <form onSubmit={submit({ html })} className="mt-2 space-y-2" noValidate>
          <Field name="importHtml" label="Page HTML" errors={errors.html} hint="In the browser: View page source, select all, copy, paste here.">
            {(aria) => <textarea name="importHtml" rows={6} className={`${inputClass} font-mono text-sm`} value={html} onChange={(e) => setHtml(e.target.value)} {...aria} />}
          </Field>
          <button type="submit" className={secondaryButtonClass} disabled={pending}>
            {pending ? "Reading the page…" : "Read the pasted page"}
          </button>
        </form>
      </details>
    </section>
  );
}
