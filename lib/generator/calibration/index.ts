// Measured confidence: a question is published on its own only when every rule behind its key
// has been right often enough on annotated news that even the pessimistic end of its precision
// (the Wilson score lower bound) clears the threshold. Anything less becomes a suggestion that
// a teacher checks first. The table is written by `npm run calibrate` (scripts/calibrate.ts).
import table from "./table.json" with { type: "json" };
import type { CalibrationTable, QuestionBasis, RuleRecord } from "../types";

export const CALIBRATION: CalibrationTable = table as CalibrationTable;

/** Wilson score interval's lower end for `right` successes in `n` trials at one-sided `z`. */
export function wilsonLower(right: number, n: number, z: number): number {
  if (n <= 0) return 0;
  const p = right / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - spread) / (1 + z2 / n));
}

export function ruleRecord(right: number, fired: number, z: number): RuleRecord {
  const precision = fired ? right / fired : 0;
  return { fired, right, precision: round(precision), lower: round(wilsonLower(right, fired, z)) };
}

export type Verdict = { publish: boolean; confidence: number | null; reason?: string };

/** Whether a key resting on `basis` may be published, with the reason when it may not. */
export function judge(basis: QuestionBasis, t: CalibrationTable = CALIBRATION): Verdict {
  const records = basis.rules.map((rule) => ({ rule, record: t.rules[rule] }));
  const measured = records.filter((r) => r.record).map((r) => r.record!.lower);
  const confidence = measured.length === records.length && measured.length ? Math.min(...measured) : null;
  if (!basis.sure) return { publish: false, confidence, reason: `The generator was unsure of this finding (${names(basis.rules)}).` };
  const unmeasured = records.find((r) => !r.record);
  if (unmeasured) return { publish: false, confidence, reason: `The rule behind this answer (${name(unmeasured.rule)}) has not been measured on annotated news yet.` };
  const weakest = records.reduce((a, b) => (b.record!.lower < a.record!.lower ? b : a));
  const r = weakest.record!;
  if (r.lower >= t.threshold) return { publish: true, confidence };
  return {
    publish: false,
    confidence,
    reason: `The rule behind this answer (${name(weakest.rule)}) was right in ${r.right} of ${r.fired} annotated cases; ` +
      `it is trusted on its own only when that evidence shows at least ${percent(t.threshold)} (here ${percent(r.lower)}).`,
  };
}

function name(rule: string): string {
  return rule.replace(/^[a-z]+:/, "");
}

function names(rules: string[]): string {
  return rules.map(name).join(", ");
}

function percent(x: number): string {
  return `${Math.floor(x * 1000) / 10} %`;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
