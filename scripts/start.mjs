// `npm start`: prepare the database, build, and serve on PORT (3000 by default).
import { execSync } from "node:child_process";
import { loadEnv } from "./load-env.mjs";

loadEnv();
const run = (cmd) => execSync(cmd, { stdio: "inherit", env: process.env });
run("node scripts/prepare-db.mjs");
run("npx next build");
run(`npx next start -p ${process.env.PORT || 3000}`);
