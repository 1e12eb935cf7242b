// The one place a Prisma client is made, for the app (lib/db), the seed, the factories and the
// e2e fixtures: DATABASE_URL picks the database. `file:` is SQLite through better-sqlite3 (tuned
// and gated in lib/serial-adapter); `postgres://` is PostgreSQL through Prisma's pg adapter and a
// client generated from prisma/postgres/schema.prisma (same models, so the same types).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PgPrismaClient } from "./generated-pg/client";
import { logStatements, serialAdapter } from "../lib/serial-adapter";
import { pgDriver, sqliteDriver, type Sql, type SqliteConnection } from "../lib/sql-driver";

export type Db = PrismaClient;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

// A class answering at once queues for the connection (SQLite) or the pool (PostgreSQL): a
// transaction waits its turn for up to 30 s instead of failing after Prisma's default 2 s.
const transactionOptions = { maxWait: 30_000, timeout: 15_000 };

export function createClient(url: string): Db {
  return createDatabase(url).db;
}

/**
 * The Prisma client and, on the same connection (SQLite) or pool (PostgreSQL), the driver-level
 * SQL of the answer path (lib/sql-driver).
 */
export function createDatabase(url: string): { db: Db; sql: Sql } {
  if (isPostgresUrl(url)) {
    // A pool per process; each worker of `npm start` has its own. 10 connections is pg's default.
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_SIZE ?? 10) });
    // $disconnect ends the shared pool too (scripts and tests exit at once, as before).
    const adapter = logStatements(new PrismaPg(pool, { disposeExternalPool: true }));
    // The pg client is generated from the same models: its API is the SQLite client's.
    return { db: new PgPrismaClient({ adapter, transactionOptions }) as unknown as Db, sql: pgDriver(pool) };
  }
  let connection: SqliteConnection | undefined;
  const db = new PrismaClient({ adapter: serialAdapter(new PrismaBetterSQLite3({ url }), (c) => (connection = c)), transactionOptions });
  // Prisma opens its connection on first use; the driver needs the same one.
  const sql = sqliteDriver(async () => connection ?? (await db.$connect(), connection!));
  return { db, sql };
}
