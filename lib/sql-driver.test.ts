import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db, sql } from "@/lib/db";
import { Prisma } from "@/prisma/generated/client";
import { createUser } from "@/prisma/factories";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const nameOf = async (id: string) => (await db.user.findUnique({ where: { id }, select: { name: true } }))?.name;

describe("the driver-level transaction of the answer path", () => {
  it("is one transaction: a throw rolls back its writes, and a Prisma write meanwhile is kept", async () => {
    const user = await createUser(db, { role: "guest" });
    const other = await createUser(db, { role: "guest" });
    const rolledBack = sql
      .transaction(async (tx) => {
        await tx.$executeRaw(Prisma.sql`UPDATE "User" SET "name" = ${"rolled back"} WHERE "id" = ${user.id}`);
        await pause(50);
        throw new Error("roll back");
      })
      .catch((e: Error) => e.message);
    // Another request's Prisma write while the transaction is open: it waits its turn (SQLite's
    // gate) or runs beside it (PostgreSQL), and either way survives the rollback.
    await db.user.update({ where: { id: other.id }, data: { name: "kept" } });
    expect(await rolledBack).toBe("roll back");
    expect(await nameOf(user.id)).toBe(user.name);
    expect(await nameOf(other.id)).toBe("kept");
  });

  it.skipIf(/^postgres/.test(process.env.DATABASE_URL ?? ""))(
    "SQLite: waits for another process's write lock without blocking this thread, then commits",
    async () => {
      const user = await createUser(db, { role: "guest" });
      await db.$connect();
      // Another worker process, holding the write lock (a second connection to the same file).
      const worker = new Database((process.env.DATABASE_URL ?? "").replace(/^file:/, ""));
      worker.pragma("busy_timeout = 0");
      worker.prepare("BEGIN IMMEDIATE").run();
      let committed = false;
      const answer = sql
        .transaction((tx) => tx.$executeRaw(Prisma.sql`UPDATE "User" SET "name" = ${"after the wait"} WHERE "id" = ${user.id}`))
        .then(() => (committed = true));
      // SQLite's own busy handler would hold this thread here until it gave up with SQLITE_BUSY;
      // the event loop turning proves the wait yields.
      await pause(30);
      expect(committed).toBe(false);
      worker.prepare("COMMIT").run();
      worker.close();
      await answer;
      expect(await nameOf(user.id)).toBe("after the wait");
    },
  );
});
