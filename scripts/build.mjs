// The production build every way of serving uses (npm start, the e2e server, the answers
// bench): `next build`, then the answer lane (scripts/build-lane.mjs) into the same build folder
// (NEXT_DIST_DIR, default .next).
//   node scripts/build.mjs
import { execSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { buildLane } from "./build-lane.mjs";

export async function buildApp({ env = process.env, quiet = false } = {}) {
  // next build adds its build folder's type globs to tsconfig.json; a build into another folder
  // would leave the tree modified, so the file is put back as it was.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    execSync("npx next build", { stdio: ["ignore", quiet ? "ignore" : "inherit", "inherit"], env });
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  }
  await buildLane(env.NEXT_DIST_DIR || ".next");
}

if (import.meta.url === `file://${process.argv[1]}`) await buildApp();
