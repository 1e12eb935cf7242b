// `npx tsx scripts/calibrate/claim-recall.ts [tune|check] [--misses]`: how many of PolNeAR's
// annotated attributions whose cue is a claim cue under the dev conventions ("according to",
// "reported", "reportedly", "declined", "did not respond", "denied", "confirmed", "admitted",
// "claimed", "accused", "alleged") the claim rules find (a claim whose cue overlaps the
// attribution's cue), by cue family. PolNeAR gives precision to the claim rules in
// `npm run calibrate`; this gives them a recall on the same breadth. --misses lists the missed
// ones (tuning half only: the check half is read as figures).
import { articles, run } from "../calibrate";
import type { AttributionGold } from "./judge";

const half = process.argv[2] === "check" ? "check" : "tune";
const misses = process.argv.includes("--misses") && half === "tune";
const FAMILIES: Array<[string, RegExp]> = [
  ["according-to", /^according to$/i],
  ["reported", /^(?:reported|reports|reporting|reportedly|reportedly said)$/i],
  ["no-comment", /\b(?:declined|declines|refused|refuses|did not respond|didn't respond|did not return|didn't return|would not say|wouldn't say|did not say|would not comment|no comment)\b/i],
  ["denied", /^(?:denied|denies|deny|denying)$/i],
  ["confirmed", /^(?:confirmed|confirms|confirm)$/i],
  ["admitted", /^(?:admitted|admits|acknowledged)$/i],
  ["claimed", /^(?:claimed|claims|claim|alleged|alleges|accused|accuses)$/i],
];

const tally = new Map<string, { gold: number; found: number }>();
for (const { name, text, gold } of articles("polnear-train", ".attrib.json", half) as Array<{ name: string; text: string; gold: AttributionGold }>) {
  const r = run(text);
  const input = r.article;
  for (const a of gold.attributions) {
    if (!a.cue) continue;
    const cue = input.body.slice(a.cue.start, a.cue.end).replace(/\s+/g, " ").trim();
    const family = FAMILIES.find(([, re]) => re.test(cue))?.[0];
    if (!family) continue;
    const t = tally.get(family) ?? { gold: 0, found: 0 };
    t.gold++;
    const hit = r.claims.some((c) => c.cue.start < a.cue!.end && a.cue!.start < c.cue.end);
    if (hit) t.found++;
    else if (misses) {
      const ctx = input.body.slice(Math.max(0, a.cue.start - 140), a.cue.end + 100).replace(/\s+/g, " ");
      console.log(`${family} | ${name} | ${cue}\n    ${ctx}\n`);
    }
    tally.set(family, t);
  }
}
let g = 0, f = 0;
for (const [family, t] of [...tally].sort()) {
  console.log(`${family.padEnd(14)} found ${String(t.found).padStart(4)} of ${String(t.gold).padStart(4)}  (${(t.found / t.gold).toFixed(3)})`);
  g += t.gold; f += t.found;
}
console.log(`claim cues (${half} half): found ${f} of ${g} (${(f / g).toFixed(3)})`);
