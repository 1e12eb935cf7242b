// The server Playwright tests against: a fresh database, a production build in its own folder.
import { execSync } from "node:child_process";
import { rmSync } from "node:fs";
import { loadEnv } from "./load-env.mjs";

const port = process.env.E2E_PORT ?? "3100";
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:./prisma/e2e-${port}.db`;
process.env.NEXT_DIST_DIR = process.env.E2E_DIST_DIR ?? `.next-e2e-${port}`;
process.env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
loadEnv();
rmSync(process.env.DATABASE_URL.slice("file:".length), { force: true });
const run = (cmd) => execSync(cmd, { stdio: "inherit", env: process.env });
run("node scripts/prepare-db.mjs");
if (!process.env.E2E_SKIP_BUILD) run("npx next build");
run(`npx next start -p ${port} -H 127.0.0.1`);
