import type { ReactNode } from "react";

export function PageTitle({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-6 space-y-2">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{children}</h1>
      {lead && <p className="max-w-prose text-slate-600 dark:text-slate-400">{lead}</p>}
    </div>
  );
}
