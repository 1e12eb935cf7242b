// The part of node-postgres the app calls itself (prisma/connect, lib/sql-driver); @prisma/adapter-pg
// brings pg but not its types, and this is all the driver-level answer path uses.
declare module "pg" {
  type QueryConfig = { name?: string; text: string; values?: unknown[]; types?: { getTypeParser: TypeParser } };
  type QueryResult = { rows: Record<string, unknown>[]; rowCount: number | null };
  type TypeParser = (oid: number, format?: "text" | "binary") => (value: string) => unknown;
  interface Queryable {
    query(config: QueryConfig | string): Promise<QueryResult>;
  }
  namespace pg {
    type PoolConfig = { connectionString?: string; max?: number };
    interface PoolClient extends Queryable {
      release(error?: Error | boolean): void;
    }
    class Pool implements Queryable {
      constructor(config?: PoolConfig);
      readonly options: PoolConfig;
      query(config: QueryConfig | string): Promise<QueryResult>;
      connect(): Promise<PoolClient>;
      end(): Promise<void>;
      on(event: "error", listener: (error: Error) => void): this;
      removeListener(event: "error", listener: (error: Error) => void): this;
    }
    const types: { getTypeParser: TypeParser };
  }
  export default pg;
}
