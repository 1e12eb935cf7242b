import type { ReactNode } from "react";

/** A wide table's horizontal scroller: focusable and named, so a keyboard user on a phone can
 *  scroll it (axe: scrollable-region-focusable). */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600">
      {children}
    </div>
  );
}
