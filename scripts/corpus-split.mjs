#!/usr/bin/env node
// `node scripts/corpus-split.mjs`: splits each development corpus in ../shared/corpus into a
// tuning half and a check half (by sorted file name: even places tune, odd places check) as
// folders of symbolic links under .corpus-split/, so the scorers' --gold takes either half.
// Rules are grown by reading the tuning half item by item; the check half is only ever read as
// summary figures, so a rule that fits files rather than language shows up as a gap.
import { mkdirSync, readdirSync, rmSync, symlinkSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";

const repo = resolve(import.meta.dirname, "..");
const corpus = resolve(repo, "../shared/corpus");
const out = join(repo, ".corpus-split");
const GOLD = [".gold.json", ".attrib.json"];

rmSync(out, { recursive: true, force: true });
for (const set of ["dev", "timebank", "polnear-train"]) {
  const dir = join(corpus, set);
  if (!existsSync(dir)) continue;
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
  const counts = { tune: 0, check: 0 };
  names.forEach((name, i) => {
    const half = i % 2 === 0 ? "tune" : "check";
    const target = join(out, `${set}-${half}`);
    mkdirSync(target, { recursive: true });
    for (const ext of [".txt", ...GOLD]) {
      if (existsSync(join(dir, name + ext))) symlinkSync(join(dir, name + ext), join(target, name + ext));
    }
    counts[half]++;
  });
  console.log(`${set}: tune ${counts.tune}, check ${counts.check}`);
}
