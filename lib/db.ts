import "server-only";
import { createDatabase, type Db } from "@/prisma/connect";
import { env } from "@/lib/env";
import type { Sql } from "@/lib/sql-driver";

// One client per process; the global survives Next's hot reload in development. DATABASE_URL
// picks SQLite (one gated connection, lib/serial-adapter) or PostgreSQL (a pool): prisma/connect.
// `sql` is the driver-level path on the same connection or pool (lib/sql-driver), for the answer.
const globalForDb = globalThis as unknown as { database?: { db: Db; sql: Sql } };

const database = globalForDb.database ?? createDatabase(env().DATABASE_URL);

export const db: Db = database.db;
export const sql: Sql = database.sql;

if (process.env.NODE_ENV !== "production") globalForDb.database = database;
