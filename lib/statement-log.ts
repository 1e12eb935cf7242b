import { AsyncLocalStorage } from "node:async_hooks";

// Counts the SQL statements one piece of work sends to the database, whatever the database: the
// adapters (lib/serial-adapter) report every statement here. Outside `countStatements` it costs
// one lookup. Used by tests that fail when a hot path (the answer action) grows a statement.
const log = new AsyncLocalStorage<string[]>();

export function recordStatement(sql: string): void {
  log.getStore()?.push(sql);
}

export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const result = await log.run(statements, work);
  return { result, statements };
}
