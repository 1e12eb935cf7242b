// `npx tsx scripts/calibrate/errors.ts RULE-PREFIX [tune]`: the findings a rule got wrong on the
// tuning half (never the check half: that one is read only as figures), with their sentence, to
// see which linguistic pattern the errors share. A development aid; prints, writes nothing.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { generateQuiz, parseArticleFile } from "../../lib/generator";
import type { QuizResult } from "../../lib/generator/types";
import { CORPUS_DIR } from "../calibrate";
import { judgeAttributions, judgeClaimsOnAttributions, judgeFacts } from "./judge";
import { findDate } from "./names";

const prefix = process.argv[2] ?? "";
const SETS = [["dev", ".gold.json"], ["timebank", ".gold.json"], ["polnear-train", ".attrib.json"]] as const;

for (const [set, ext] of SETS) {
  const dir = join(CORPUS_DIR, set);
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort().filter((_, i) => i % 2 === 0);
  for (const n of names) {
    if (!existsSync(join(dir, n + ext))) continue;
    const input = parseArticleFile(readFileSync(join(dir, n + ".txt"), "utf8"));
    const gold = JSON.parse(readFileSync(join(dir, n + ext), "utf8"));
    const r = generateQuiz(input.body, { date: input.date, title: input.title });
    const one = (part: Partial<QuizResult>): QuizResult => ({ ...r, quotes: [], dates: [], claims: [], ...part });
    const items: Array<[string, QuizResult, string]> = [
      ...r.quotes.map((q) => [`${q.speaker} via ${q.via}`, one({ quotes: [q] }), q.quote] as [string, QuizResult, string]),
      ...r.dates.map((d) => [`${d.text} = ${d.value} (gold ${findDate<{ text: string; value: string }>(gold.dates ?? [], d.text)?.value})`, one({ dates: [d] }), d.text] as [string, QuizResult, string]),
      ...r.claims.map((c) => [`${c.status} by ${c.by}`, one({ claims: [c] }), c.sentence] as [string, QuizResult, string]),
    ];
    for (const [what, part, text] of items) {
      const verdicts = set === "polnear-train" ? [...judgeAttributions(part, gold), ...judgeClaimsOnAttributions(part, gold)] : judgeFacts(part, gold);
      for (const v of verdicts) {
        if (v.right || !v.key.startsWith(prefix)) continue;
        const at = input.body.indexOf(text);
        const ctx = at >= 0 ? input.body.slice(Math.max(0, at - 200), at + text.length + 120).replace(/\s+/g, " ") : text;
        console.log(`${v.key} | ${set}/${n} (dated ${input.date}) | ${what}\n    ${ctx}\n`);
      }
    }
  }
}
