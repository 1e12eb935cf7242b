// Applies prisma/migrations-pg to the PostgreSQL database of DATABASE_URL, each once, in name
// order, each in its own transaction, recorded in "_app_migrations". Prisma's own `migrate deploy`
// cannot run on PostgreSQL through the driver adapter (prisma/orm#27403), so this small runner does
// it; the SQL itself is Prisma's, from `prisma migrate diff` (scripts/pg-migration.mjs).
// An advisory lock makes concurrent starts (several workers or machines) apply each once.
//   node scripts/migrate-pg.mjs            apply what is missing
//   node scripts/migrate-pg.mjs --reset    drop and recreate the database first (tests only)
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";

const DIR = path.join(import.meta.dirname, "..", "prisma", "migrations-pg");
const LOCK = 7_240_911; // any constant shared by every copy of this app

export async function migratePostgres(url, { log = console.log } = {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_app_migrations" (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await client.query(`SELECT name FROM "_app_migrations"`)).rows.map((r) => r.name));
    const names = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    for (const name of names.filter((n) => !done.has(n))) {
      const sql = readFileSync(path.join(DIR, name, "migration.sql"), "utf8");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "_app_migrations" (name) VALUES ($1)`, [name]);
        await client.query("COMMIT");
        log(`Applied PostgreSQL migration ${name}`);
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`PostgreSQL migration ${name} failed: ${error.message}`);
      }
    }
    if (names.every((n) => done.has(n))) log(`PostgreSQL: all ${names.length} migrations applied`);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK]).catch(() => {});
    await client.end();
  }
}

/** Drops and recreates the database of `url` (connecting to the server's `postgres` database). */
export async function resetPostgres(url) {
  await dropPostgres(url, { recreate: true });
}

export async function dropPostgres(url, { recreate = false } = {}) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`Refusing to reset database named ${JSON.stringify(name)}`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (recreate) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new Error("DATABASE_URL must be a postgres:// URL");
  if (process.argv.includes("--reset")) await resetPostgres(url);
  await migratePostgres(url);
}
