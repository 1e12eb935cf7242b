// Serves a production build with several Node processes sharing one port (node:cluster): one
// Node thread ran out long before SQLite did (issue 9). Each worker is a whole app with its own
// database connection; nothing a worker keeps in memory is needed by another (sessions are signed
// cookies checked against the database, rate limits live in the AuthThrottle table).
//   node scripts/serve.mjs [-p PORT] [-H HOST] [--dir DIR]
//   WEB_CONCURRENCY=N   worker processes (default: one per core)
// A worker that dies is replaced; one that dies in its first seconds stops everything (a wrong
// configuration would otherwise restart forever).
// `POST /api/attempts/answer` goes to the answer lane (lib/attempts/answer-lane, compiled into the
// build folder by scripts/build-lane.mjs) before Next's request handler; everything else, and
// that path too when the lane is not built, goes to Next.
import cluster from "node:cluster";
import { existsSync } from "node:fs";
import http from "node:http";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

process.env.NODE_ENV = "production";
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, dir: { type: "string" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
const dir = path.resolve(values.dir ?? ".");
// The build folder as next.config.js names it; scripts/build-lane.mjs writes the lane there.
const laneFile = path.join(dir, process.env.NEXT_DIST_DIR || ".next", "lanes", "answer.mjs");

export function workerCount(env = process.env) {
  const n = Number(env.WEB_CONCURRENCY || availableParallelism());
  if (!Number.isInteger(n) || n < 1) throw new Error(`WEB_CONCURRENCY must be a whole number of processes, not ${env.WEB_CONCURRENCY}`);
  return n;
}

if (cluster.isPrimary) {
  const n = workerCount();
  // Only for this app (its source has the lane); another Next app served by this script has none.
  if (!existsSync(laneFile) && existsSync(path.join(dir, "lib/attempts/answer-lane.ts"))) console.error(`No answer lane at ${path.relative(process.cwd(), laneFile)} (node scripts/build-lane.mjs builds it): answers go through Next.`);
  const bornAt = new Map();
  let stopping = false;
  let listening = 0;
  const fork = () => bornAt.set(cluster.fork().id, Date.now());
  for (let i = 0; i < n; i++) fork();
  cluster.on("listening", () => {
    if (++listening === n) console.log(`Serving http://${hostname ?? "localhost"}:${port} with ${n} worker process${n === 1 ? "" : "es"}`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    if (Date.now() - bornAt.get(worker.id) < 10_000 && listening < n) {
      console.error(`A worker stopped while starting (${signal ?? `exit ${code}`}); stopping.`);
      stop(code || 1);
      return;
    }
    console.error(`Worker ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); starting another.`);
    fork();
  });
  const stop = (code = 0) => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    setTimeout(() => process.exit(code), 3000).unref();
    cluster.on("exit", () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(code));
  };
  process.on("SIGTERM", () => stop());
  process.on("SIGINT", () => stop());
} else {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Imported after prepare(): Next has loaded .env into process.env, which the lane reads too.
  const lane = existsSync(laneFile) ? await import(pathToFileURL(laneFile).href) : null;
  const server = http.createServer((req, res) => (lane?.takes(req) ? lane.serveAnswer(req, res) : handle(req, res)));
  // A whole class connects at once: queue them rather than refuse (the kernel caps this too).
  server.listen({ port, host: hostname, backlog: 4096 });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}
