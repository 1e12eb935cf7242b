import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

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
export function serialAdapter(factory: Factory): Factory {
  const lock = createLock();
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === "connect") return async () => gateAdapter(await target.connect(), lock);
      if (prop === "connectToShadowDb") return async () => gateAdapter(await target.connectToShadowDb(), lock);
      const value = Reflect.get(target, prop, receiver);
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
