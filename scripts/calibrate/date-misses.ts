// `npx tsx scripts/calibrate/date-misses.ts [SET] [--extra]`: the gold dates of the tuning half
// that the generator does not find at all (recall misses), or with --extra the dates it finds
// that the gold does not have (what costs date precision), each with its context, to see which
// calendar patterns are missing or over-read. A development aid like errors.ts; never reads the
// check half.
import { articles, run } from "../calibrate";
import type { FactsGold } from "./judge";
import { findDate } from "./names";

const set = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "timebank";
const extra = process.argv.includes("--extra");

function context(body: string, text: string, at: number): string {
  return at >= 0 ? body.slice(Math.max(0, at - 120), at + text.length + 60).replace(/\s+/g, " ") : "(not in body)";
}

for (const { name, text, gold } of articles(set, ".gold.json", "tune") as Array<{ name: string; text: string; gold: FactsGold }>) {
  const r = run(text);
  const input = r.article;
  if (extra) {
    for (const d of r.dates) {
      if (!findDate(gold.dates ?? [], d.text)) console.log(`date:${d.rule} | ${name} (dated ${input.date}) | ${d.text} = ${d.value}\n    ${context(input.body, d.text, d.start)}\n`);
    }
    continue;
  }
  for (const g of gold.dates ?? []) {
    if (findDate(r.dates, g.text)) continue;
    const at = input.body.toLowerCase().indexOf(g.text.toLowerCase());
    console.log(`${name} (dated ${input.date}) | ${g.text} = ${g.value}\n    ${context(input.body, g.text, at)}\n`);
  }
}
