import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readArticle } from "@/prisma/factories";
import { ARTICLE_LIMITS, articleSchema } from "./schema";

const seed = readArticle("seed-peskov-2025-02-10");
const valid = { title: "Kremlin spokesman", source: "The Statesman", url: "", publishedOn: "2025-02-10", body: seed.body };
const errorsOf = (input: object) => {
  const r = articleSchema.safeParse(input);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};

describe("articleSchema", () => {
  it("accepts a dev-corpus article and turns an empty URL into null", () => {
    const r = articleSchema.parse(valid);
    expect(r.url).toBeNull();
    expect(r.body).toBe(seed.body.trim());
  });

  it.each([
    ["title", { title: "  " }, "headline"],
    ["title", { title: "t".repeat(ARTICLE_LIMITS.title + 1) }, "at most"],
    ["source", { source: "" }, "published"],
    ["url", { url: "javascript:alert(1)" }, "http"],
    ["publishedOn", { publishedOn: "10/02/2025" }, "YYYY-MM-DD"],
    ["publishedOn", { publishedOn: "2025-02-30" }, "does not exist"],
    ["body", { body: "Too short." }, "at least"],
    ["body", { body: "a".repeat(ARTICLE_LIMITS.bodyMax + 1) }, "at most"],
    // The upload's rule, for pasted text too.
    ["body", { body: `${seed.body}\u0000` }, "NUL bytes"],
    ["body", { body: seed.body.replace(/ /g, "\u0001") }, "not readable text"],
    ["title", { title: "Kremlin\u0000spokesman" }, "control characters"],
    ["source", { source: "The\u0000Statesman" }, "control characters"],
    ["url", { url: "https://example.org/\u0000" }, "control characters"],
  ])("gives a message on %s for %j", (field, patch, words) => {
    const errors = errorsOf({ ...valid, ...patch }) as Record<string, string[] | undefined>;
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]![0]).toContain(words);
  });

  it("stores one kind of line end, so citation offsets match what is shown", () => {
    const body = seed.body.replace(/\n/g, "\r\n");
    expect(articleSchema.parse({ ...valid, body }).body).toBe(seed.body.trim());
  });
});
