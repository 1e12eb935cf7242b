import { focusRing, secondaryButton } from "@/components/ui/styles";
import type { HistoryFilter } from "@/lib/history/schema";

const PERIOD_LABELS: Record<HistoryFilter["period"], string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  all: "All time",
};

/** A plain GET form: the filter lives in the URL, works without JavaScript and can be shared. */
export function HistoryFilters({ filter, classes }: { filter: HistoryFilter; classes: { id: string; name: string }[] }) {
  const select = `mt-1 block min-h-11 rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900 ${focusRing}`;
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the history">
      <label className="text-sm">
        Period
        <select name="period" defaultValue={filter.period} className={select}>
          {Object.entries(PERIOD_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </label>
      {classes.length > 0 && (
        <label className="text-sm">
          Class
          <select name="classId" defaultValue={filter.classId ?? ""} className={select}>
            <option value="">All classes and free play</option>
            {classes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
      )}
      <button type="submit" className={secondaryButton}>
        Apply
      </button>
    </form>
  );
}
