// Creates or migrates the database and loads the demo articles with their generated quizzes.
// Safe to rerun: migrations apply once and the seed upserts. SQLite (file:) migrates with
// `prisma migrate deploy` (prisma/migrations); PostgreSQL (postgres://) with scripts/migrate-pg.mjs
// (prisma/migrations-pg), because Prisma's migrate cannot run through the pg adapter.
import { execSync } from "node:child_process";
import { loadEnv } from "./load-env.mjs";

loadEnv();
const run = (cmd) => execSync(cmd, { stdio: "inherit", env: process.env });
if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) run("node scripts/migrate-pg.mjs");
else run("npx prisma migrate deploy");
run("npx tsx prisma/seed.ts");
