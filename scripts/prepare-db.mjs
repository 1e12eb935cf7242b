// Creates or migrates the database and loads the demo articles with their generated quizzes.
// Safe to rerun: migrations apply once and the seed upserts.
import { execSync } from "node:child_process";
import { loadEnv } from "./load-env.mjs";

loadEnv();
const run = (cmd) => execSync(cmd, { stdio: "inherit", env: process.env });
run("npx prisma migrate deploy");
run("npx tsx prisma/seed.ts");
