"use client";
import { useEffect, useRef, type ReactNode } from "react";

/** An h1 that takes focus when the page opens, so a screen reader starts at the page's name
 *  (after a client navigation focus would otherwise stay on the body). */
export function FocusedHeading({ children, className }: { children: ReactNode; className: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return <h1 ref={ref} tabIndex={-1} className={`${className} focus:outline-none`}>{children}</h1>;
}
