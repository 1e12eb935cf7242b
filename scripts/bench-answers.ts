// `npm run bench:answers`: how many answers a second the app takes, against a bare Next.js route
// doing one SQLite insert, measured in the same run and alternated (a 2-core machine shared with
// other work gives ratios, not absolute figures); then a class of N guests answering at the same
// moment. "app" is what production serves, the answer lane (lib/attempts/answer-lane); "via Next"
// is the same server with the lane skipped (a request header), so Next's route serves it: what
// the lane buys. Localhost only; bounded in time and count. See README "Many students at once".
//
//   BENCH_SECONDS=5 BENCH_ROUNDS=3 BENCH_CONNECTIONS=50 BENCH_BURST=2000 npm run bench:answers
//   BENCH_PG=1 BENCH_PG_URL=postgres://user@127.0.0.1:5432/factquiz_bench  also PostgreSQL
//   BENCH_SKIP_BUILD=1  reuse .next-bench and bench/bare/.next-bench from an earlier run
//   WEB_CONCURRENCY=N   worker processes of both servers (default: one per core)
import { execSync, spawn, type ChildProcess } from "node:child_process";
import { createHmac } from "node:crypto";
import { gzipSync } from "node:zlib";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
// @ts-expect-error plain JavaScript module without types
import { loadEnv } from "./load-env.mjs";
// @ts-expect-error plain JavaScript module without types
import { buildApp } from "./build.mjs";
import { connect, createQuizSet, type Db } from "../prisma/factories";

const ROOT = path.join(import.meta.dirname, "..");
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SECONDS = num("BENCH_SECONDS", 5);
const ROUNDS = num("BENCH_ROUNDS", 3);
const CONNECTIONS = num("BENCH_CONNECTIONS", 50);
const BURST = num("BENCH_BURST", 2000);
const BASE_PORT = num("BENCH_PORT", 3900);
const DIST = ".next-bench";

loadEnv();
const secret = process.env.NEXTAUTH_SECRET as string;
const children: ChildProcess[] = [];
process.on("exit", () => children.forEach((c) => c.pid && tryKill(c.pid)));

function tryKill(pid: number) {
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    /* already gone */
  }
}

function run(cmd: string, env: Record<string, string> = {}) {
  execSync(cmd, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
}

export async function serve(name: string, port: number, env: Record<string, string>, dir = ".") {
  const child = spawn("node", ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1", "--dir", dir], {
    cwd: ROOT, env: { ...process.env, NEXT_DIST_DIR: DIST, NEXTAUTH_URL: `http://127.0.0.1:${port}`, ...env },
    stdio: ["ignore", "ignore", "inherit"], detached: true,
  });
  children.push(child);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const status = await request({ port, path: name === "bare" ? "/" : "/api/health", method: "GET" }).then((r) => r.status, () => 0);
    if (status === 200) return child;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} server did not start on ${port}`);
}

type Reply = { status: number; body: string; headers: http.IncomingHttpHeaders };
function request(o: { port: number; path: string; method: string; headers?: http.OutgoingHttpHeaders; body?: string; agent?: http.Agent }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: o.port, path: o.path, method: o.method, headers: o.headers, agent: o.agent, timeout: 60_000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(o.body);
  });
}

type Slot = { cookie: string; attemptId: string; questionId: string; choiceIndex: number };

/** Guests with a started attempt each, as rows; one slot per (guest, question) to answer. */
export async function makeStudents(db: Db, quiz: Awaited<ReturnType<typeof createQuizSet>>, count: number, tag: string): Promise<Slot[][]> {
  const users = Array.from({ length: count }, (_, i) => ({ id: `bench${tag}u${i}`, role: "guest" }));
  const attempts = users.map((u) => ({ id: `bench${tag}a${u.id}`, userId: u.id, quizSetId: quiz.id, total: quiz.questions.length }));
  for (let i = 0; i < count; i += 500) {
    await db.user.createMany({ data: users.slice(i, i + 500) });
    await db.attempt.createMany({ data: attempts.slice(i, i + 500) });
  }
  return attempts.map((a) => {
    const cookie = `fcq_guest=${a.userId}.${createHmac("sha256", secret).update(`guest:${a.userId}`).digest("base64url")}`;
    return quiz.questions.map((q, k) => ({
      cookie, attemptId: a.id, questionId: q.id,
      // Half right, half wrong: a wrong answer also writes the review item.
      choiceIndex: k % 2 === 0 ? q.answerIndex : (q.answerIndex + 1) % (q.choices as string[]).length,
    }));
  });
}

type Target = { name: string; port: number; send(slot: Slot, agent?: http.Agent): Promise<boolean> };

/** What the play screen sends: the answer lane, or with viaNext the route in Next (lane skipped).
 *  A reply from the other one than asked for counts as an error. */
export function appTarget(name: string, port: number, viaNext = false): Target {
  return {
    name, port,
    async send(slot, agent) {
      const r = await request({
        port, agent, method: "POST", path: "/api/attempts/answer",
        headers: { "content-type": "application/json", origin: `http://127.0.0.1:${port}`, cookie: slot.cookie, ...(viaNext ? { "x-answer-lane": "skip" } : {}) },
        body: JSON.stringify({ attemptId: slot.attemptId, questionId: slot.questionId, choiceIndex: slot.choiceIndex }),
      });
      return r.status === 200 && r.body.includes('"ok":true') && (r.headers["x-answer-lane"] === "1") !== viaNext;
    },
  };
}

function bareTarget(port: number): Target {
  return {
    name: "bare", port,
    async send(slot, agent) {
      const r = await request({
        port, agent, method: "POST", path: "/api/insert", headers: { "content-type": "application/json" },
        body: JSON.stringify({ attemptId: slot.attemptId, questionId: slot.questionId, choiceIndex: slot.choiceIndex }),
      });
      return r.status === 200 && r.body.includes('"ok":true');
    },
  };
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/** CONNECTIONS keep-alive connections answering back to back for `seconds`. */
export async function throughput(target: Target, slots: Slot[], seconds: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let next = 0;
  let ok = 0;
  let errors = 0;
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (Date.now() < end && next < slots.length) {
      const slot = slots[next++];
      const t0 = performance.now();
      const good = await target.send(slot, agent).catch(() => false);
      latencies.push(performance.now() - t0);
      if (good) ok++;
      else errors++;
    }
  }));
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  if (next >= slots.length) throw new Error("ran out of prepared answers: raise the student count");
  latencies.sort((a, b) => a - b);
  return { rate: ok / elapsed, p50: pct(latencies, 50), p99: pct(latencies, 99), errors };
}

/** Every student answers their first question at the same moment, each on a new connection. */
async function burst(target: Target, slots: Slot[]) {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const t0 = performance.now();
  const results = await Promise.all(slots.map(async (slot) => {
    const good = await target.send(slot, agent).catch(() => false);
    return { good, ms: performance.now() - t0 };
  }));
  const all = (performance.now() - t0) / 1000;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const acknowledged = results.filter((r) => r.good).length;
  return { all, p50: ms.length ? pct(ms, 50) / 1000 : NaN, p95: pct(ms, 95) / 1000, p99: pct(ms, 99) / 1000, errors: slots.length - acknowledged, acknowledged };
}

/** Bytes of JavaScript a page loads (its script tags), raw and gzipped. */
async function pageScripts(port: number, pagePath: string) {
  const html = (await request({ port, path: pagePath, method: "GET" })).body;
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gzipped = 0;
  for (const src of srcs) {
    const body = Buffer.from((await request({ port, path: src, method: "GET" })).body);
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  return { raw, gzipped, files: srcs.length };
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toString() : n.toFixed(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function benchDatabase(label: string, url: string, port: number, bare: Target) {
  const db = connect(url);
  const quiz = await createQuizSet(db, { maxQuestions: 12 });
  const perStudent = quiz.questions.length;
  // Prepared answers for up to 6,000/s through the lane and 1,500/s through Next.
  const pool = (await makeStudents(db, quiz, Math.ceil((ROUNDS + 1) * SECONDS * 6000 / perStudent) + 100, `${label}t`)).flat();
  const nextPool = (await makeStudents(db, quiz, Math.ceil((ROUNDS + 1) * SECONDS * 1500 / perStudent) + 100, `${label}n`)).flat();
  const crowd = await makeStudents(db, quiz, BURST, `${label}b`);
  const nextCrowd = await makeStudents(db, quiz, BURST, `${label}c`);
  const app = appTarget(label, port);
  const viaNext = appTarget(`${label} via Next`, port, true);
  const cursor = { app: 0, next: 0 };
  const take = (from: Slot[], which: "app" | "next", n: number) => {
    const s = from.slice(cursor[which], cursor[which] + n);
    cursor[which] += n;
    return s;
  };
  // Warm-up (first requests compile routes, JIT): not counted.
  await throughput(app, take(pool, "app", 2000), 1);
  await throughput(viaNext, take(nextPool, "next", 1000), 1);
  await throughput(bare, pool.slice(0, 2000).map((s) => ({ ...s, attemptId: `w${s.attemptId}` })), 1);
  type Run = Awaited<ReturnType<typeof throughput>>;
  const runs: Record<"app" | "next" | "bare", Run[]> = { app: [], next: [], bare: [] };
  for (let r = 0; r < ROUNDS; r++) {
    const chunk = take(pool, "app", Math.floor((pool.length - cursor.app) / (ROUNDS - r)));
    const nextChunk = take(nextPool, "next", Math.floor((nextPool.length - cursor.next) / (ROUNDS - r)));
    const order = (["app", "next", "bare"] as const).map((_, i, all) => all[(i + r) % all.length]);
    for (const which of order) {
      if (which === "app") runs.app.push(await throughput(app, chunk, SECONDS));
      else if (which === "next") runs.next.push(await throughput(viaNext, nextChunk, SECONDS));
      // The bare route gets its own copy of the slots: its table has its own unique index.
      else runs.bare.push(await throughput(bare, chunk.map((s) => ({ ...s, attemptId: `${label}r${r}${s.attemptId}` })), SECONDS));
    }
    const [a, n, b] = [runs.app.at(-1)!, runs.next.at(-1)!, runs.bare.at(-1)!];
    console.log(`${label} round ${r + 1}: app ${fmt(a.rate)}/s (p50 ${fmt(a.p50)} ms, p99 ${fmt(a.p99)} ms, errors ${a.errors}) · via Next ${fmt(n.rate)}/s (p50 ${fmt(n.p50)} ms, p99 ${fmt(n.p99)} ms, errors ${n.errors}) · bare ${fmt(b.rate)}/s (p50 ${fmt(b.p50)} ms, p99 ${fmt(b.p99)} ms) · ratio ${(a.rate / b.rate).toFixed(2)}`);
  }
  const classBurst = async (target: Target, students: Slot[][], prefix: string) => {
    const b = await burst(target, students.map((s) => s[0]));
    const found = await db.answer.count({ where: { attemptId: { startsWith: `bench${label}${prefix}a` } } });
    const lost = Math.max(0, b.acknowledged - found);
    console.log(`${target.name} burst ${BURST}: all acknowledged in ${b.all.toFixed(1)} s, p50 ${b.p50.toFixed(1)} s, p95 ${b.p95.toFixed(1)} s, p99 ${b.p99.toFixed(1)} s, errors ${b.errors}, in database ${found}, lost ${lost}`);
    return { ...b, lost };
  };
  const b = await classBurst(app, crowd, "b");
  const nb = await classBurst(viaNext, nextCrowd, "c");
  const firsts = crowd.map((s) => s[0]);
  // The same burst against the bare route: how far one insert per request gets on this machine,
  // the floor under the app's figure.
  const floor = await burst(bare, firsts.map((s) => ({ ...s, attemptId: `${label}burst${s.attemptId}` })));
  console.log(`bare burst ${BURST}: all acknowledged in ${floor.all.toFixed(1)} s, p50 ${floor.p50.toFixed(1)} s, p99 ${floor.p99.toFixed(1)} s, errors ${floor.errors}`);
  await db.$disconnect();
  const appRate = median(runs.app.map((x) => x.rate));
  const bareRate = median(runs.bare.map((x) => x.rate));
  const suffix = label === "sqlite" ? "" : ` (${label})`;
  // The summary: the same server with the lane skipped, then the figures the bar is about.
  return [`app via Next${suffix}: ${Math.round(median(runs.next.map((x) => x.rate)))}/s | burst ${BURST}: all acknowledged in ${nb.all.toFixed(1)} s, p99 ${nb.p99.toFixed(1)} s, errors ${nb.errors}, lost ${nb.lost}`, `answers${suffix}: app ${Math.round(appRate)}/s, bare ${Math.round(bareRate)}/s, ratio ${(appRate / bareRate).toFixed(2)} | burst ${BURST}: all acknowledged in ${b.all.toFixed(1)} s, p99 ${b.p99.toFixed(1)} s, errors ${b.errors}, lost ${b.lost}`];
}

async function main() {
  const sqliteUrl = "file:./prisma/bench.db";
  for (const f of ["prisma/bench.db", "prisma/bench.db-wal", "prisma/bench.db-shm", "bench/bare/bare.db", "bench/bare/bare.db-wal", "bench/bare/bare.db-shm"]) rmSync(path.join(ROOT, f), { force: true });
  if (!process.env.BENCH_SKIP_BUILD || !existsSync(path.join(ROOT, DIST)) || !existsSync(path.join(ROOT, "bench/bare", DIST))) {
    console.log("Building the app and the bare Next.js app (production builds)…");
    // The app as production builds it (Next and the answer lane: scripts/build.mjs); then the
    // bare app. next build adds its build folder's type globs to tsconfig.json; put it back after.
    process.chdir(ROOT);
    await buildApp({ env: { ...process.env, NEXT_DIST_DIR: DIST }, quiet: true });
    const tsconfig = readFileSync(path.join(ROOT, "tsconfig.json"), "utf8");
    try {
      run("npx next build bench/bare", { NEXT_DIST_DIR: DIST });
    } finally {
      writeFileSync(path.join(ROOT, "tsconfig.json"), tsconfig);
    }
  }
  run("node scripts/prepare-db.mjs", { DATABASE_URL: sqliteUrl });
  const bare = bareTarget(BASE_PORT + 1);
  await serve("bare", BASE_PORT + 1, { BARE_DB: path.join(ROOT, "bench/bare/bare.db") }, "bench/bare");
  await serve("sqlite", BASE_PORT, { DATABASE_URL: sqliteUrl });
  const play = await connect(sqliteUrl).quizSet.findFirst({ where: { status: "published" }, select: { id: true } });
  const appJs = await pageScripts(BASE_PORT, `/play/${play?.id}`);
  const bareJs = await pageScripts(BASE_PORT + 1, "/");
  console.log(`play-page JS: app ${(appJs.gzipped / 1024).toFixed(1)} kB gzipped (${(appJs.raw / 1024).toFixed(1)} kB, ${appJs.files} files), bare page ${(bareJs.gzipped / 1024).toFixed(1)} kB gzipped (${(bareJs.raw / 1024).toFixed(1)} kB), ratio ${(appJs.gzipped / bareJs.gzipped).toFixed(2)} gzipped, ${(appJs.raw / bareJs.raw).toFixed(2)} raw`);
  const lines: string[] = [];
  if (process.env.BENCH_PG) {
    const pgUrl = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/factquiz_bench";
    run("node scripts/migrate-pg.mjs --reset", { DATABASE_URL: pgUrl });
    run("npx tsx prisma/seed.ts", { DATABASE_URL: pgUrl });
    await serve("postgres", BASE_PORT + 2, { DATABASE_URL: pgUrl });
    lines.push(...await benchDatabase("postgres", pgUrl, BASE_PORT + 2, bare));
  }
  lines.push(...await benchDatabase("sqlite", sqliteUrl, BASE_PORT, bare));
  for (const line of lines) console.log(line);
  process.exit(0);
}

if (process.argv[1]?.endsWith("bench-answers.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
