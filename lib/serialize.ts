import "server-only";
import { Prisma } from "@/prisma/generated/client";
import { env } from "@/lib/env";
import { isPostgresUrl } from "@/prisma/connect";

type Tx = { $executeRaw(query: Prisma.Sql): Promise<number> };

/**
 * Makes the transactions that pass the same key run one after another, for a check-then-write
 * (an attempt limit, a rate limit, an attempt's answer count) that must not interleave.
 * SQLite: every write transaction already runs alone (BEGIN IMMEDIATE takes the one write lock),
 * so nothing is sent. PostgreSQL runs transactions side by side at READ COMMITTED: a
 * transaction-scoped advisory lock per key, released at commit. Call it first in the transaction,
 * so the reads after it see what the previous holder committed.
 */
export async function serializeOn(tx: Tx, ...keys: string[]): Promise<void> {
  if (!isPostgresUrl(env().DATABASE_URL)) return;
  // Sorted, so two transactions taking the same keys cannot deadlock.
  for (const key of [...new Set(keys)].sort()) {
    await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
  }
}
