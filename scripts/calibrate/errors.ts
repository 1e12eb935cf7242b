// `npx tsx scripts/calibrate/errors.ts RULE-PREFIX [tune]`: the findings a rule got wrong on the
// tuning half (never the check half: that one is read only as figures), with their sentence, to
// see which linguistic pattern the errors share. A development aid; prints, writes nothing.
import type { QuizResult } from "../../lib/generator/types";
import { articles, run } from "../calibrate";
import { judgeAttributions, judgeClaimsOnAttributions, judgeFacts, type AttributionGold, type FactsGold } from "./judge";
import { findDate } from "./names";

const prefix = process.argv[2] ?? "";
const SETS = [["dev", ".gold.json"], ["timebank", ".gold.json"], ["polnear-train", ".attrib.json"]] as const;

for (const [set, ext] of SETS) {
  for (const { name: n, text, gold } of articles(set, ext, "tune") as Array<{ name: string; text: string; gold: FactsGold & AttributionGold }>) {
    const r = run(text);
    const input = r.article;
    const one = (part: Partial<QuizResult>): QuizResult => ({ ...r, quotes: [], dates: [], claims: [], ...part });
    const items: Array<[string, QuizResult, string]> = [
      ...r.quotes.map((q) => [`${q.speaker} via ${q.via}`, one({ quotes: [q] }), q.quote] as [string, QuizResult, string]),
      ...r.dates.map((d) => [`${d.text} = ${d.value} (gold ${findDate(gold.dates ?? [], d.text)?.value})`, one({ dates: [d] }), d.text] as [string, QuizResult, string]),
      ...r.claims.map((c) => [`${c.status} by ${c.by}`, one({ claims: [c] }), c.sentence] as [string, QuizResult, string]),
    ];
    for (const [what, part, words] of items) {
      const verdicts = set === "polnear-train" ? [...judgeAttributions(part, gold), ...judgeClaimsOnAttributions(part, gold)] : judgeFacts(part, gold);
      for (const v of verdicts) {
        if (v.right || !v.key.startsWith(prefix)) continue;
        const at = input.body.indexOf(words);
        const ctx = at >= 0 ? input.body.slice(Math.max(0, at - 200), at + words.length + 120).replace(/\s+/g, " ") : words;
        console.log(`${v.key} | ${set}/${n} (dated ${input.date}) | ${what}\n    ${ctx}\n`);
      }
    }
  }
}
