"use client";
import { useSyncExternalStore } from "react";

const noop = () => () => {};
const utc = (d: Date) => d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
const local = (d: Date) => d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * An instant in the reader's own time zone (the one the teacher typed it in). The server does
 * not know that zone, so it renders UTC, and the browser swaps in local time after hydration.
 */
export function LocalTime({ iso }: { iso: string }) {
  const d = new Date(iso);
  const text = useSyncExternalStore(noop, () => local(d), () => utc(d));
  return <time dateTime={iso}>{text}</time>;
}
