import type { ReactNode } from "react";

/** A page section named by its h2, so screen readers list it as a landmark with that name. */
export function Section({ id, title, className = "space-y-3", children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-xl font-semibold">{title}</h2>
      {children}
    </section>
  );
}
