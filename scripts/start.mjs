// `npm start`: prepare the database, build (Next and the answer lane: scripts/build.mjs), and serve on PORT (3000 by default) with one worker
// process per core (WEB_CONCURRENCY=N to choose; scripts/serve.mjs).
import { execSync } from "node:child_process";
import { buildApp } from "./build.mjs";
import { loadEnv } from "./load-env.mjs";

loadEnv();
const run = (cmd) => execSync(cmd, { stdio: "inherit", env: process.env });
run("node scripts/prepare-db.mjs");
await buildApp();
run(`node scripts/serve.mjs -p ${process.env.PORT || 3000}`);
