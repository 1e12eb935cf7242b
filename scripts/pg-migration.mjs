// Keeps PostgreSQL in step with prisma/schema.prisma (the one schema anyone edits; SQLite is the
// default database). prisma/postgres/schema.prisma is the same schema for PostgreSQL as of the last
// PostgreSQL migration; the pg client is generated from it.
//
//   npm run db:pg-migration -- 0004_evidence
//     after adding prisma/migrations/0004_evidence (SQLite): writes
//     prisma/migrations-pg/0004_evidence/migration.sql with `prisma migrate diff` from the previous
//     PostgreSQL schema to the current one, updates prisma/postgres/schema.prisma, regenerates
//     the pg client. Run it once per SQLite migration, in order, right after adding (or merging) it.
//   npm run db:pg-migration -- --check
//     exits 1 when the PostgreSQL side is behind (a unit test runs this).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = path.join(import.meta.dirname, "..");
const SCHEMA = path.join(ROOT, "prisma", "schema.prisma");
const PG_SCHEMA = path.join(ROOT, "prisma", "postgres", "schema.prisma");
const SQLITE_DIR = path.join(ROOT, "prisma", "migrations");
const PG_DIR = path.join(ROOT, "prisma", "migrations-pg");
const HEADER = "// GENERATED from prisma/schema.prisma by scripts/pg-migration.mjs: edit that file, then run\n// `npm run db:pg-migration -- NNNN_name`. The PostgreSQL datamodel as of the last PostgreSQL migration.\n\n";

/** prisma/schema.prisma for PostgreSQL: the provider and the client's output folder differ. */
export function toPostgres(schema) {
  const out = schema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\/generated"/, 'output     = "../generated-pg"')
    // The app reaches PostgreSQL through the adapter (prisma/connect.ts); the CLI only needs a
    // well-formed URL, which prisma/postgres/prisma.config.ts sets whatever DATABASE_URL is.
    .replace('url      = env("DATABASE_URL")', 'url      = env("PRISMA_PG_CLI_URL")');
  if (out === schema || !out.includes('"postgresql"') || !out.includes("generated-pg") || !out.includes("PRISMA_PG_CLI_URL")) {
    throw new Error('prisma/schema.prisma: expected provider "sqlite", output "./generated" and url env("DATABASE_URL")');
  }
  return HEADER + out;
}

function migrationNames(dir) {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
}

/** What is out of step: [] when PostgreSQL matches the schema and every SQLite migration has its twin. */
export function problems() {
  const found = [];
  const pgNames = new Set(migrationNames(PG_DIR));
  const missing = migrationNames(SQLITE_DIR).filter((n) => !pgNames.has(n));
  if (missing.length) found.push(`no PostgreSQL migration for ${missing.join(", ")}: run npm run db:pg-migration -- ${missing[0]}`);
  const current = existsSync(PG_SCHEMA) ? readFileSync(PG_SCHEMA, "utf8") : "";
  if (current !== toPostgres(readFileSync(SCHEMA, "utf8"))) {
    found.push("prisma/postgres/schema.prisma is not prisma/schema.prisma for PostgreSQL: run npm run db:pg-migration -- NNNN_name");
  }
  return found;
}

function diff(fromFile, toFile) {
  const args = ["prisma", "migrate", "diff", "--to-schema-datamodel", toFile, "--script"];
  if (fromFile) args.push("--from-schema-datamodel", fromFile);
  else args.push("--from-empty");
  // Diffing two datamodels connects to nothing; the main config's JS engine does it offline.
  return execFileSync("npx", args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, PRISMA_PG_CLI_URL: "postgres://localhost/unused" } });
}

export function writeMigration(name, { schemaText = readFileSync(SCHEMA, "utf8"), generate = true } = {}) {
  if (!/^\d{4}_[a-z0-9_]+$/.test(name)) throw new Error(`migration name must look like 0004_evidence, not ${name}`);
  const target = path.join(PG_DIR, name, "migration.sql");
  if (existsSync(target)) throw new Error(`${path.relative(ROOT, target)} exists already`);
  const next = toPostgres(schemaText);
  const tmp = path.join(tmpdir(), `pg-schema-${process.pid}.prisma`);
  writeFileSync(tmp, next);
  try {
    const sql = diff(existsSync(PG_SCHEMA) ? PG_SCHEMA : null, tmp);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, sql);
    mkdirSync(path.dirname(PG_SCHEMA), { recursive: true });
    writeFileSync(PG_SCHEMA, next);
  } finally {
    rmSync(tmp, { force: true });
  }
  if (generate) execFileSync("npx", ["prisma", "generate", "--config", path.join(ROOT, "prisma", "postgres", "prisma.config.ts")], { cwd: ROOT, stdio: "inherit" });
  console.log(`Wrote ${path.relative(ROOT, target)} and prisma/postgres/schema.prisma`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv[2];
  if (arg === "--check") {
    const found = problems();
    for (const p of found) console.error(p);
    process.exit(found.length ? 1 : 0);
  } else if (arg) {
    writeMigration(arg);
  } else {
    console.error("usage: npm run db:pg-migration -- NNNN_name | --check");
    process.exit(2);
  }
}
