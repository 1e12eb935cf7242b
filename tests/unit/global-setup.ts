// Unit tests that touch the data layer use a real database: a throwaway SQLite file migrated
// once per run, or, with UNIT_PG_URL=postgres://user@host:port (a server, no database name), a
// throwaway PostgreSQL database made and migrated the same way. Tests create their own rows with
// unique ids, so they never clash.
import { execSync } from "node:child_process";
import { rmSync } from "node:fs";
// @ts-expect-error plain JavaScript module without types
import { dropPostgres, migratePostgres, resetPostgres } from "../../scripts/migrate-pg.mjs";

export default async function setup() {
  process.env.NEXTAUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123456789";
  if (process.env.UNIT_PG_URL) {
    const url = new URL(process.env.UNIT_PG_URL);
    url.pathname = `/unit_${process.pid}`;
    process.env.DATABASE_URL = url.toString();
    await resetPostgres(process.env.DATABASE_URL);
    await migratePostgres(process.env.DATABASE_URL, { log: () => {} });
    return () => dropPostgres(process.env.DATABASE_URL);
  }
  const file = `prisma/unit-${process.pid}.db`;
  const removeFiles = () => ["", "-wal", "-shm"].forEach((s) => rmSync(file + s, { force: true }));
  removeFiles();
  process.env.DATABASE_URL = `file:./${file}`;
  execSync("npx prisma migrate deploy", { stdio: "ignore", env: process.env });
  return removeFiles;
}
