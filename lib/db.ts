import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/prisma/generated/client";
import { env } from "@/lib/env";
import { serialAdapter } from "@/lib/serial-adapter";

// One client per process; the global survives Next's hot reload in development. Its one
// connection is gated (lib/serial-adapter) so no statement ever runs inside another request's
// transaction.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

export const db: PrismaClient =
  globalForDb.db ?? new PrismaClient({ adapter: serialAdapter(new PrismaBetterSQLite3({ url: env().DATABASE_URL })) });

if (process.env.NODE_ENV !== "production") globalForDb.db = db;
