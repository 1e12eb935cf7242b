import type BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import type { Prisma } from "@/prisma/generated/client";
import { recordStatement } from "./statement-log";

// SQL straight to the driver, for the one request a whole class sends at once (issue 9): the
// answer and the session lookup before it. Prisma's interactive-transaction wrapper and query
// runtime were a third of an answer's CPU; here a transaction is BEGIN, the statements and COMMIT
// on one connection. Queries are Prisma.sql templates, so the same text runs on both databases,
// and arguments and results are mapped the way Prisma's own adapters map them (same stored form).

type Row = Record<string, unknown>;

/** What the answer path needs from a transaction: the names of Prisma's raw methods. */
export type SqlTx = {
  $queryRaw<T = Row[]>(query: Prisma.Sql): Promise<T>;
  $executeRaw(query: Prisma.Sql): Promise<number>;
};

export type Sql = SqlTx & {
  /** One transaction on one connection; it rolls back when `work` throws. */
  transaction<T>(work: (tx: SqlTx) => Promise<T>): Promise<T>;
};

/** The connection Prisma's SQLite adapter opened, and the gate it goes through (lib/serial-adapter). */
export type SqliteConnection = {
  prepare: BetterSqlite3.Database["prepare"];
  inTransaction(): boolean;
  lock: { acquire(): Promise<() => void> };
};

/**
 * SQLite: Prisma's own connection, behind its gate, so a driver-level transaction and a Prisma
 * one never interleave on the connection. The statements are synchronous, so a transaction holds
 * the gate only for the time its statements and the code between them take.
 */
export function sqliteDriver(connection: () => Promise<SqliteConnection>): Sql {
  const cache = new Map<string, BetterSqlite3.Statement<unknown[]>>();
  const prepared = (client: SqliteConnection, sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      // Numbers, not BigInt: the connection defaults to safe integers for Prisma's sake.
      stmt = client.prepare(sql).safeIntegers(false) as BetterSqlite3.Statement<unknown[]>;
      if (cache.size >= 100) cache.delete(cache.keys().next().value as string);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  const on = (client: SqliteConnection): SqlTx => ({
    async $queryRaw<T>(q: Prisma.Sql) {
      recordStatement(q.sql);
      return prepared(client, q.sql).all(...q.values.map(sqliteArg)) as T;
    },
    async $executeRaw(q: Prisma.Sql) {
      recordStatement(q.sql);
      return prepared(client, q.sql).run(...q.values.map(sqliteArg)).changes;
    },
  });
  const gated = async <T>(work: (c: SqliteConnection) => Promise<T>) => {
    const client = await connection();
    const release = await client.lock.acquire();
    try {
      return await work(client);
    } finally {
      release();
    }
  };
  return {
    $queryRaw: (q) => gated((c) => on(c).$queryRaw(q)),
    $executeRaw: (q) => gated((c) => on(c).$executeRaw(q)),
    transaction: (work) => gated(async (client) => {
      await begin(client, prepared);
      try {
        const result = await work(on(client));
        control(client, "COMMIT", prepared);
        return result;
      } catch (error) {
        if (client.inTransaction()) control(client, "ROLLBACK", prepared);
        throw error;
      }
    }),
  };
}

const BUSY_WAIT_MS = 5000;

/**
 * BEGIN IMMEDIATE (the write lock at BEGIN, like every transaction of the app, lib/serial-adapter),
 * waiting for another worker process's write without SQLite's busy handler: that one sleeps this
 * process's only thread (1, 2, 5, 10 ms…) while the other's answer holds the lock for a fraction of
 * a millisecond, and in a class's burst the two workers write back to back. Here the wait yields
 * to the event loop, so the worker goes on reading requests meanwhile; still at most 5 s, like
 * busy_timeout. The gate is held, so no other statement of this process runs in between.
 */
async function begin(client: SqliteConnection, prepared: (c: SqliteConnection, s: string) => BetterSqlite3.Statement<unknown[]>) {
  const deadline = Date.now() + BUSY_WAIT_MS;
  prepared(client, "PRAGMA busy_timeout = 0").get();
  try {
    for (let tries = 1; ; tries++) {
      try {
        control(client, "BEGIN IMMEDIATE", prepared);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > deadline) throw error;
        // A few turns of the event loop first (the other's answer is usually done by then), then
        // a millisecond at a time: polling at full speed would take the CPU the other worker needs.
        await new Promise((resolve) => (tries <= 3 ? setImmediate(resolve) : setTimeout(resolve, 1)));
      }
    }
  } finally {
    prepared(client, `PRAGMA busy_timeout = ${BUSY_WAIT_MS}`).get();
  }
}

function control(client: SqliteConnection, sql: string, prepared: (c: SqliteConnection, s: string) => BetterSqlite3.Statement<unknown[]>) {
  recordStatement(sql);
  prepared(client, sql).run();
}

// As @prisma/adapter-better-sqlite3 stores them: booleans as 0/1, dates as ISO 8601 text in UTC.
function sqliteArg(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  return v;
}

/** PostgreSQL: a client of the pool Prisma's pg adapter also uses, for the whole transaction. */
export function pgDriver(pool: pg.Pool): Sql {
  // Named statements: each connection parses and plans a statement once, not at every answer
  // (planning the answer's one read took ~14 ms on a loaded 2-core machine, running it <1 ms).
  const names = new Map<string, string>();
  const config = (q: Prisma.Sql) => {
    let name = names.get(q.text);
    if (!name) names.set(q.text, (name = `fcq${names.size}`));
    return { name, text: q.text, values: q.values.map(pgArg), types };
  };
  const on = (client: pg.Pool | pg.PoolClient): SqlTx => ({
    async $queryRaw<T>(q: Prisma.Sql) {
      recordStatement(q.text);
      return (await client.query(config(q))).rows as T;
    },
    async $executeRaw(q: Prisma.Sql) {
      recordStatement(q.text);
      return (await client.query(config(q))).rowCount ?? 0;
    },
  });
  return {
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        recordStatement("BEGIN");
        await client.query("BEGIN");
        const result = await work(on(client));
        recordStatement("COMMIT");
        await client.query("COMMIT");
        return result;
      } catch (error) {
        recordStatement("ROLLBACK");
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

// Prisma's DateTime is `timestamp(3)` without a time zone, holding UTC: sent and read as UTC
// (pg would otherwise use the process's local zone both ways).
const TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP ? (s: string) => new Date(`${s.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)),
};

function pgArg(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof Date) return v.toISOString().replace("T", " ").replace("Z", "");
  return v;
}
