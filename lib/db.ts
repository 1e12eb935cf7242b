import "server-only";
import { createClient, type Db } from "@/prisma/connect";
import { env } from "@/lib/env";

// One client per process; the global survives Next's hot reload in development. DATABASE_URL
// picks SQLite (one gated connection, lib/serial-adapter) or PostgreSQL (a pool): prisma/connect.
const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db = globalForDb.db ?? createClient(env().DATABASE_URL);

if (process.env.NODE_ENV !== "production") globalForDb.db = db;
