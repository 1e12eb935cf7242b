// The server Playwright tests against: a fresh database, a production build in its own folder.
// E2E_DATABASE_URL=postgres://… runs it on PostgreSQL (the database is dropped and recreated).
import { execSync } from "node:child_process";
import { rmSync } from "node:fs";
import { buildApp } from "./build.mjs";
import { loadEnv } from "./load-env.mjs";
import { resetPostgres } from "./migrate-pg.mjs";

const port = process.env.E2E_PORT ?? "3100";
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:./prisma/e2e-${port}.db`;
process.env.NEXT_DIST_DIR = process.env.E2E_DIST_DIR ?? `.next-e2e-${port}`;
process.env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
// Two app processes, as `npm start` runs on a 2-core machine: the specs also check that no
// worker needs another's memory.
process.env.WEB_CONCURRENCY = process.env.E2E_WORKERS ?? "2";
loadEnv();
if (process.env.DATABASE_URL.startsWith("file:")) {
  const file = process.env.DATABASE_URL.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
} else {
  await resetPostgres(process.env.DATABASE_URL);
}
const run = (cmd) => execSync(cmd, { stdio: "inherit", env: process.env });
run("node scripts/prepare-db.mjs");
// Next and the answer lane, in this run's own build folder (scripts/build.mjs).
if (!process.env.E2E_SKIP_BUILD) await buildApp();
run(`node scripts/serve.mjs -p ${port} -H 127.0.0.1`);
