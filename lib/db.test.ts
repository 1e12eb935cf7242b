import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("one SQLite connection shared by every request", () => {
  it("a rolled-back transaction never takes another request's acknowledged write with it", async () => {
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.user.create({ data: { role: "guest", name: "rolled back" } });
        await pause(80);
        throw new Error("roll back");
      })
      .catch((e: Error) => e.message);
    await pause(20);
    // An unrelated request writes while the transaction is open and gets its id back.
    const kept = await db.user.create({ data: { role: "guest", name: "kept" }, select: { id: true } });
    expect(await rolledBack).toBe("roll back");
    expect(await db.user.findUnique({ where: { id: kept.id }, select: { name: true } })).toEqual({ name: "kept" });
  });

  it("a read outside a transaction never sees its uncommitted rows", async () => {
    const name = `uncommitted-${Math.random()}`;
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.user.create({ data: { role: "guest", name } });
        await pause(80);
        throw new Error("roll back");
      })
      .catch(() => undefined);
    await pause(20);
    expect(await db.user.count({ where: { name } })).toBe(0);
    await rolledBack;
  });
});
