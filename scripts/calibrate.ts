// `npm run calibrate [-- --half tune|check|all] [--out FILE]`: runs the generator over the
// development corpora in ../shared/corpus (dev, timebank, polnear-train), judges every finding
// against the gold as the scorers would (scripts/calibrate/judge.ts), and writes the table the
// generator reads to decide which questions publish on their own
// (lib/generator/calibration/table.json by default). --half tune measures only the tuning half
// (even places by sorted name, as scripts/corpus-split.mjs), so that the check half can then
// test the table: `factquiz extract --calibration FILE ...` scores with another table.
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateQuiz, parseArticleFile } from "../lib/generator";
import { ruleRecord } from "../lib/generator/calibration";
import type { CalibrationTable, QuizResult } from "../lib/generator/types";
import { judgeAttributions, judgeClaimsOnAttributions, judgeFacts, type AttributionGold, type Verdict } from "./calibrate/judge";

const Z = 1.645; // one-sided 95 %
const THRESHOLD = 0.98;
const repo = resolve(import.meta.dirname, "..");
const corpus = resolve(repo, "../shared/corpus");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

export function articles(set: string, goldExt: string, half: string): { name: string; text: string; gold: unknown }[] {
  const dir = join(corpus, set);
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
  return names
    .filter((_, i) => half === "all" || (half === "tune") === (i % 2 === 0))
    .filter((n) => existsSync(join(dir, n + goldExt)))
    .map((n) => ({ name: n, text: readFileSync(join(dir, n + ".txt"), "utf8"), gold: JSON.parse(readFileSync(join(dir, n + goldExt), "utf8")) }));
}

/** The generator's result for one corpus file (its body and date are in `article`). */
export function run(text: string) {
  const input = parseArticleFile(text);
  return generateQuiz(input.body, { date: input.date, title: input.title });
}

/** The table the rules earn on the corpora today (half: all, tune or check). */
export function measure(half = "all"): CalibrationTable {
  const verdicts: Verdict[] = [];
  const sets = [
    { set: "dev", ext: ".gold.json", judge: judgeFacts },
    { set: "timebank", ext: ".gold.json", judge: judgeFacts },
    { set: "polnear-train", ext: ".attrib.json", judge: (r: QuizResult, g: AttributionGold) => [...judgeAttributions(r, g), ...judgeClaimsOnAttributions(r, g)] },
  ] as const;
  const used: string[] = [];
  for (const { set, ext, judge } of sets) {
    const list = articles(set, ext, half);
    for (const a of list) verdicts.push(...judge(run(a.text), a.gold as never));
    if (list.length) used.push(`${set} (${half}, ${list.length} articles)`);
  }
  const tally = new Map<string, { fired: number; right: number }>();
  for (const v of verdicts) {
    const t = tally.get(v.key) ?? { fired: 0, right: 0 };
    t.fired++;
    if (v.right) t.right++;
    tally.set(v.key, t);
  }
  const keys = [...tally.keys()].sort();
  return {
    z: Z,
    threshold: THRESHOLD,
    corpora: used,
    rules: Object.fromEntries(keys.map((k) => [k, ruleRecord(tally.get(k)!.right, tally.get(k)!.fired, Z)])),
  };
}

export const CORPUS_DIR = corpus;

function main() {
  const half = arg("--half", "all");
  const out = arg("--out", join(repo, "lib/generator/calibration/table.json"));
  const table = measure(half);
  if (!table.corpora.length) {
    console.error(`calibrate: no corpus found under ${corpus}`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(out, JSON.stringify(table, null, 1) + "\n");
  const keys = Object.keys(table.rules).sort((a, b) => table.rules[b].fired - table.rules[a].fired);
  for (const k of keys) {
    const r = table.rules[k];
    console.log(`${r.lower >= THRESHOLD ? "publish" : "suggest"}  ${k.padEnd(48)} fired ${String(r.fired).padStart(5)}  right ${String(r.right).padStart(5)}  precision ${r.precision.toFixed(3)}  lower ${r.lower.toFixed(3)}`);
  }
  const publishing = keys.filter((k) => table.rules[k].lower >= THRESHOLD);
  console.log(`calibration: ${keys.length} rules measured on ${table.corpora.join(", ")}; ${publishing.length} publish on their own (lower bound ≥ ${THRESHOLD} at z ${Z}) → ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
