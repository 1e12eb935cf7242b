import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { ARTICLE_LIMITS } from "./schema";

// A web page → the article form's fields. Readability (the library behind Firefox's Reader View)
// finds the article; the publication date comes from the page's metadata, in the order sites
// most reliably fill it in: Open Graph's article:published_time, JSON-LD's datePublished, then
// the first <time datetime> inside the article.
export type ExtractedArticle = { title: string; byline: string; source: string; url: string; publishedOn: string; body: string };

const BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** A calendar day (YYYY-MM-DD) from an ISO-like date, in the page's own terms: no time-zone shift. */
export function calendarDay(value: string | null | undefined): string {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  return m ? `${m[1]}-${m[2]}-${m[3]}` : "";
}

type Doc = ReturnType<typeof parseHTML>["document"];

function meta(doc: Doc, ...names: string[]): string {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = clean(el?.getAttribute("content"));
    if (v) return v;
  }
  return "";
}

function jsonLdField(doc: Doc, field: "datePublished" | "author"): unknown {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const nodes = (Array.isArray(data) ? data : [data]).flatMap((d) => (d && typeof d === "object" && "@graph" in d ? (d["@graph"] as unknown[]) : [d]));
    for (const node of nodes) if (node && typeof node === "object" && field in node) return (node as Record<string, unknown>)[field];
  }
  return undefined;
}

function publishedOn(doc: Doc): string {
  const fromMeta = calendarDay(meta(doc, "article:published_time", "og:article:published_time", "datePublished", "date", "dc.date", "DC.date.issued"));
  if (fromMeta) return fromMeta;
  const fromLd = jsonLdField(doc, "datePublished");
  if (typeof fromLd === "string" && calendarDay(fromLd)) return calendarDay(fromLd);
  const time = doc.querySelector("article time[datetime], time[datetime]");
  return calendarDay(time?.getAttribute("datetime"));
}

/** Paragraphs of the extracted article, separated by blank lines as the article format wants. */
function paragraphs(contentHtml: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  const texts = (blocks.length ? blocks : [document.body]).map((el) => clean(el.textContent)).filter(Boolean);
  return texts.join("\n\n");
}

export function extractArticle(html: string, pageUrl = ""): ExtractedArticle | null {
  const { document } = parseHTML(html);
  const date = publishedOn(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") || meta(document, "og:url");
  const siteName = meta(document, "og:site_name", "application-name");
  const ldAuthor = jsonLdField(document, "author");
  const authorName = clean(typeof ldAuthor === "string" ? ldAuthor : (ldAuthor as { name?: string } | undefined)?.name);
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!parsed?.content) return null;
  const body = paragraphs(parsed.content);
  // Less than the form accepts is a page's furniture (a menu, a cookie notice), not an article.
  if (body.length < ARTICLE_LIMITS.bodyMin) return null;
  const url = /^https?:\/\//i.test(canonical) ? canonical : pageUrl;
  let host = "";
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, "") : "";
  } catch {}
  return {
    title: clean(parsed.title),
    byline: clean(parsed.byline) || meta(document, "author") || authorName,
    source: clean(parsed.siteName) || siteName || host,
    url,
    publishedOn: date,
    body,
  };
}
