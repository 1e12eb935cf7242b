import { SHADE_STEPS } from "@/lib/results/misreading";

// One class per shade step. Light: darker orange for more misread, text stays near-black. Dark:
// brighter for more misread (the salient end), with text that keeps 4.5:1 on each background.
export const SHADE_CLASS = [
  "bg-orange-50 text-slate-950 dark:bg-slate-800 dark:text-slate-50",
  "bg-orange-100 text-slate-950 dark:bg-orange-950 dark:text-orange-50",
  "bg-orange-200 text-slate-950 dark:bg-orange-900 dark:text-orange-50",
  "bg-orange-300 text-slate-950 dark:bg-orange-700 dark:text-white",
  "bg-orange-400 text-slate-950 dark:bg-orange-300 dark:text-slate-950",
] as const;

export const HIDDEN_CLASS = "bg-slate-100 text-slate-950 underline decoration-dotted decoration-slate-500 underline-offset-4 dark:bg-slate-800 dark:text-slate-50";

/** "0–19 % missed" … "80–100 % missed": the legend's words for each step. */
export function shadeLabel(step: number): string {
  const low = Math.round(SHADE_STEPS[step] * 100);
  const high = step + 1 < SHADE_STEPS.length ? Math.round(SHADE_STEPS[step + 1] * 100) - 1 : 100;
  return `${low}–${high}% missed`;
}

export const pct = (share: number) => `${Math.round(share * 100)}%`;
