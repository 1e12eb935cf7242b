import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAttempt, createUser } from "./factories";
import { seedAll } from "./seed";

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
