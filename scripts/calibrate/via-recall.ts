// `npx tsx scripts/calibrate/via-recall.ts [tune|check] [--misses]`: of the direct quotes whose
// covering PolNeAR attribution names an outlet (in its source, cue or the cue's clause), how
// many the generator gives that outlet as via, gives another via, or gives none. Calibration
// measures the precision of each via rule; this is their recall. --misses lists the quotes
// with no via or another one (tuning half only: the check half is read as figures).
import { articles, run } from "../calibrate";
import { covering, type AttributionGold } from "./judge";
import { sameOutlet } from "./names";

const half = process.argv[2] === "check" ? "check" : "tune";
const misses = process.argv.includes("--misses") && half === "tune";

let gold = 0, right = 0, other = 0, none = 0;
for (const { name, text, gold: g } of articles("polnear-train", ".attrib.json", half) as Array<{ name: string; text: string; gold: AttributionGold }>) {
  const r = run(text);
  const input = r.article;
  for (const q of r.quotes) {
    if (q.kind !== "direct" && q.kind !== "partial") continue;
    // (the attribution the calibration judges the quote's via by)
    const a = covering(g.attributions, q);
    if (!a || a.relays || !a.outlets?.length) continue;
    gold++;
    if (q.via && a.outlets.some((o) => sameOutlet(o, q.via!))) { right++; continue; }
    if (q.via) other++; else none++;
    if (misses) {
      const ctx = input.body.slice(Math.max(0, q.start - 160), q.end + 160).replace(/\s+/g, " ");
      console.log(`${q.via ? "other" : "none"} | ${name} | gold ${a.outlets.join(" / ")} | got ${q.via} (${q.viaRule ?? q.rule})\n    ${ctx}\n`);
    }
  }
}
console.log(`via (${half} half): ${right} of ${gold} quotes with a gold outlet right, ${other} another outlet, ${none} none (recall ${(right / gold).toFixed(3)})`);
