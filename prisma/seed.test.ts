import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAttempt, createUser } from "./factories";
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateQuiz } from "@/lib/generator";
import { ARTICLES_DIR, readArticle } from "./factories";
import { demoRows, seedAll } from "./seed";

describe("seed", () => {
  it("is safe to rerun and never rebuilds a quiz set someone played", async () => {
    const first = await seedAll(db);
    const found = first.find((r) => r.slug === "seed-peskov-2025-02-10");
    const demo = found && found.id ? { ...found, id: found.id } : undefined;
    expect(demo?.questions).toBeGreaterThan(0);
    const counts = async () => [await db.article.count({ where: { slug: { not: null } } }), await db.quizSet.count({ where: { slug: { not: null } } })];
    const before = await counts();

    const player = await createUser(db, { role: "guest" });
    await createAttempt(db, { userId: player.id, quizSetId: demo!.id, answers: ["right", "wrong"] });
    const played = await db.question.findMany({ where: { quizSetId: demo!.id }, select: { id: true } });

    const second = await seedAll(db);
    expect(await counts()).toEqual(before);
    expect(second.find((r) => r.slug === demo!.slug)).toMatchObject({ id: demo!.id, kept: true });
    expect(await db.question.findMany({ where: { quizSetId: demo!.id }, select: { id: true } })).toEqual(played);
    // Every seeded quiz has questions; an article the generator publishes nothing for is skipped.
    for (const r of second) expect(r.skipped || r.questions > 0, r.slug).toBe(true);
    const empty = await db.quizSet.findMany({ where: { slug: { not: null }, questions: { none: {} } }, select: { slug: true } });
    expect(empty).toEqual([]);
  });
});

describe("the demo quiz", () => {
  const slug = "seed-peskov-2025-02-10";
  const input = readArticle(slug);
  const review = JSON.parse(readFileSync(path.join(ARTICLES_DIR, `${slug}.review.json`), "utf8"));
  const generated = generateQuiz(input.body, { date: input.date, title: input.title }).questions;
  const keyOf = (q: { choices: unknown; answerIndex: number }) => (q.choices as string[])[q.answerIndex];

  it("is the generator's own questions: published ones and the reviewed suggestions, each fact once", () => {
    const rows = demoRows(slug, input);
    for (const r of rows) {
      const made = generated.find((g) => g.type === r.type && g.prompt === r.prompt);
      expect(made, r.prompt).toBeDefined();
      expect(keyOf(made!)).toBe(keyOf(r));
      expect(made!.status === "published" || review.accepted.some((a: { prompt: string }) => a.prompt === r.prompt)).toBe(true);
    }
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.length).toBeLessThanOrEqual(12);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(["who_said", "source", "claim_status", "date", "timeline"]));
    const facts = rows.map((r) => { const f = r.fact as { kind: string; text: string }; return `${f.kind}:${f.text}`; });
    expect(new Set(facts).size).toBe(facts.length);
    expect(rows.every((r) => r.status === "published")).toBe(true);
  });

  it("drops an accepted suggestion the generator no longer makes word for word", () => {
    const changed = { accepted: review.accepted.map((a: { prompt: string }, i: number) => (i === 0 ? { ...a, prompt: a.prompt + " " } : a)) };
    expect(demoRows(slug, input, changed).length).toBe(demoRows(slug, input).length - 1);
    expect(demoRows(slug, input, null).every((r) => generated.find((g) => g.prompt === r.prompt)?.status === "published")).toBe(true);
  });
});
