import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";
import type { SqliteConnection } from "./sql-driver";
import { recordStatement } from "./statement-log";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * The app talks to SQLite through one better-sqlite3 connection. An interactive transaction
 * holds that connection across `await`s, so without a gate any other request's statement would
 * run inside it: its write would be acknowledged, then vanish if the transaction rolled back,
 * and its reads would see uncommitted rows. This wrapper makes that impossible by construction:
 * a statement outside a transaction waits while one is open, and transactions run one at a time.
 * Statements run through the transaction itself pass straight through.
 */
export function serialAdapter(factory: Factory, onConnect?: (connection: SqliteConnection) => void): Factory {
  const lock = createLock();
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === "connect") {
        return async () => {
          const adapter = tuned(await target.connect());
          // The driver-level answer path (lib/sql-driver) shares this connection and its gate.
          const client = clientOf(adapter);
          onConnect?.({ prepare: rawPrepare.get(client)!, inTransaction: () => client.inTransaction, lock });
          return gateAdapter(adapter, lock);
        };
      }
      if (prop === "connectToShadowDb") return async () => gateAdapter(tuned(await target.connectToShadowDb()), lock);
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * SQLite set up for a server, when the connection opens:
 * - `journal_mode=WAL`: readers never block the writer nor the writer them, and a commit appends
 *   to the log instead of rewriting and deleting a journal (COMMIT was 15% of an answer in
 *   rollback-journal mode). Checkpoints are left to SQLite (every 1,000 pages).
 * - `synchronous=NORMAL`: in WAL mode the log is synced at checkpoints, not at every commit. The
 *   database never corrupts; an application crash loses nothing; a power cut or OS crash may lose
 *   the transactions of the last moments before it. For a quiz that is the right trade
 *   (FULL costs an fsync per answer); a deployment that must keep every answer through a power
 *   cut sets SQLITE_SYNCHRONOUS=FULL.
 * - `busy_timeout=5000`: with several app processes (npm start's workers) a writer waits up to
 *   5 s for another process's transaction instead of failing at once.
 * - Transactions begin `IMMEDIATE`: they take the write lock at BEGIN, so a transaction that reads
 *   then writes never fails with SQLITE_BUSY when another process wrote in between (a deferred
 *   transaction cannot wait for that: its snapshot is stale).
 */
function tuned(adapter: Adapter): Adapter {
  const client = clientOf(adapter);
  const synchronous = process.env.SQLITE_SYNCHRONOUS === "FULL" ? "FULL" : "NORMAL";
  client.pragma("busy_timeout = 5000");
  client.pragma("journal_mode = WAL");
  client.pragma(`synchronous = ${synchronous}`);
  rawPrepare.set(client, client.prepare.bind(client));
  client.prepare = cachedPrepare(client) as unknown as typeof client.prepare;
  return adapter;
}

const clientOf = (adapter: Adapter) => (adapter as unknown as { client: BetterSqlite3.Database }).client;
// better-sqlite3's own prepare, before cachedPrepare replaces it for the adapter.
const rawPrepare = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Database["prepare"]>();

type Statement = BetterSqlite3.Statement<unknown[]>;

/**
 * The adapter prepares every statement anew (`prepare(sql).bind(args)`); this keeps the last
 * 200 prepared statements and binds the arguments at each run instead, which is what
 * better-sqlite3 allows for a reused statement. It also turns the adapter's `BEGIN` into
 * `BEGIN IMMEDIATE`. Only the methods the adapter calls exist on what it gets back.
 */
function cachedPrepare(client: BetterSqlite3.Database) {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Statement>();
  const statement = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = prepare(sql) as Statement;
      if (cache.size >= 200) cache.delete(cache.keys().next().value as string);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  return (sql: string) => {
    const stmt = statement(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return {
      run: () => stmt.run(),
      bind: (args: unknown[]) => ({
        reader: stmt.reader,
        run: () => stmt.run(...args),
        columns: () => stmt.columns(),
        raw: () => ({ all: () => stmt.raw(true).all(...args) }),
      }),
    };
  };
}

/** Reports every statement of any driver adapter to lib/statement-log (PostgreSQL uses this alone). */
export function logStatements<F extends SqlDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === "connect") return async () => logged(await target.connect());
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

type Queryable = { queryRaw(q: { sql: string }): Promise<unknown>; executeRaw(q: { sql: string }): Promise<unknown> };

function logged<A extends Queryable & { startTransaction?: (...args: never[]) => Promise<unknown> }>(adapter: A): A {
  return new Proxy(adapter, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop === "queryRaw" || prop === "executeRaw") {
        return (query: { sql: string }) => {
          recordStatement(query.sql);
          return (value as (q: unknown) => Promise<unknown>).call(target, query);
        };
      }
      if (prop === "startTransaction") {
        return async (...args: never[]) => {
          recordStatement("BEGIN");
          return logged((await (value as (...a: never[]) => Promise<Queryable>).apply(target, args)) as Queryable);
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function gateAdapter(adapter: Adapter, lock: Lock): Adapter {
  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === "queryRaw" || prop === "executeRaw" || prop === "executeScript") {
        const run = (target[prop] as (arg: never) => Promise<unknown>).bind(target);
        return async (arg: never) => {
          recordStatement((arg as { sql?: string }).sql ?? String(arg));
          const release = await lock.acquire();
          try {
            return await run(arg);
          } finally {
            release();
          }
        };
      }
      if (prop === "startTransaction") {
        return async (isolationLevel?: Parameters<Adapter["startTransaction"]>[0]) => {
          recordStatement("BEGIN IMMEDIATE");
          const release = await lock.acquire();
          try {
            return releasingOnEnd(await target.startTransaction(isolationLevel), release);
          } catch (error) {
            release();
            throw error;
          }
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function releasingOnEnd(tx: Transaction, release: () => void): Transaction {
  let released = false;
  const once = () => {
    if (!released) {
      released = true;
      release();
    }
  };
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === "queryRaw" || prop === "executeRaw") {
        return (query: { sql: string }) => {
          recordStatement(query.sql);
          return (target[prop] as (q: unknown) => Promise<unknown>).call(target, query);
        };
      }
      if (prop === "commit" || prop === "rollback") {
        return async () => {
          try {
            await target[prop]();
          } finally {
            once();
          }
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

type Lock = { acquire(): Promise<() => void> };

/** A FIFO mutex: each holder gets the connection in the order it asked. */
function createLock(): Lock {
  let tail: Promise<void> = Promise.resolve();
  return {
    acquire() {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const ready = tail.then(() => release);
      tail = tail.then(() => held);
      return ready;
    },
  };
}
