// `npm run bench:generator [-- --dir DIR --runs N]`: times generateQuiz in-process over the dev
// corpus, warm and repeated. Prints one line per article; the last line is the summary
// `generator: median X ms per 1000 words, p95 Y ms per article`.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve, basename } from "node:path";
import { performance } from "node:perf_hooks";
import { generateQuiz, parseArticleFile } from "../lib/generator";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function pickDir(): string {
  const given = arg("--dir");
  if (given) return resolve(given);
  const repo = resolve(import.meta.dirname, "..");
  for (const d of [join(repo, "../shared/corpus/dev"), join(repo, "prisma/articles")]) if (existsSync(d)) return d;
  throw new Error("no corpus found: pass --dir DIR");
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

const dir = pickDir();
const runs = Math.max(1, Number(arg("--runs") ?? 20));
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
if (!files.length) throw new Error(`no .txt articles in ${dir}`);

const perThousand: number[] = [];
const allRuns: number[] = [];
for (const f of files) {
  const input = parseArticleFile(readFileSync(join(dir, f), "utf8"));
  const words = input.body.split(/\s+/).filter(Boolean).length;
  // Warm-up: the first article would otherwise also time the JIT compiling the whole generator.
  for (let i = 0; i < 10; i++) generateQuiz(input.body, { date: input.date, title: input.title });
  const times: number[] = [];
  let questions = 0;
  // CPU time as well as wall time: on a shared machine the wall clock also counts waiting.
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = generateQuiz(input.body, { date: input.date, title: input.title });
    times.push(performance.now() - t0);
    questions = r.questions.length;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  perThousand.push((median / Math.max(1, words)) * 1000);
  allRuns.push(...times);
  console.log(
    `${basename(f, ".txt")}: ${words} words, ${questions} questions, median ${median.toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms, ${((median / Math.max(1, words)) * 1000).toFixed(2)} ms per 1000 words (cpu ${cpuMs.toFixed(2)} ms per run)`,
  );
}
perThousand.sort((a, b) => a - b);
allRuns.sort((a, b) => a - b);
console.log(`generator: median ${quantile(perThousand, 0.5).toFixed(2)} ms per 1000 words, p95 ${quantile(allRuns, 0.95).toFixed(2)} ms per article`);
