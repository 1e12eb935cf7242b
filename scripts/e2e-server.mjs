// The server Playwright tests against: a fresh database, a production build in its own folder.
import { execSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadEnv } from "./load-env.mjs";

const port = process.env.E2E_PORT ?? "3100";
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:./prisma/e2e-${port}.db`;
process.env.NEXT_DIST_DIR = process.env.E2E_DIST_DIR ?? `.next-e2e-${port}`;
process.env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
loadEnv();
rmSync(process.env.DATABASE_URL.slice("file:".length), { force: true });
const run = (cmd) => execSync(cmd, { stdio: "inherit", env: process.env });
run("node scripts/prepare-db.mjs");
if (!process.env.E2E_SKIP_BUILD) {
  // next build adds its build folder's type globs to tsconfig.json; a run on another port
  // would leave the tree modified, so the file is put back as it was.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    run("npx next build");
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  }
}
run(`npx next start -p ${port} -H 127.0.0.1`);
