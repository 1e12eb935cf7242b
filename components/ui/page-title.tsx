import type { ReactNode } from "react";
import { FocusedHeading } from "./focused-heading";

const h1 = "text-2xl font-bold tracking-tight sm:text-3xl";

/** The page's h1; `focus` moves focus to it on arrival (a result after the last answer). */
export function PageTitle({ children, lead, focus = false }: { children: ReactNode; lead?: ReactNode; focus?: boolean }) {
  return (
    <div className="mb-6 space-y-2">
      {focus ? <FocusedHeading className={h1}>{children}</FocusedHeading> : <h1 className={h1}>{children}</h1>}
      {lead && <p className="max-w-prose text-slate-600 dark:text-slate-400">{lead}</p>}
    </div>
  );
}
