"use client";
import { useSyncExternalStore } from "react";

const noop = () => () => {};
const dayStyle = { dateStyle: "medium" } as const;
const timeStyle = { timeStyle: "short" } as const;
// "\n" joins day and time into one string: the snapshot must compare equal from render to render.
const utc = (d: Date) =>
  `${d.toLocaleDateString("en-GB", { ...dayStyle, timeZone: "UTC" })}\n${d.toLocaleTimeString("en-GB", { ...timeStyle, timeZone: "UTC" })} UTC`;
const local = (d: Date) => `${d.toLocaleDateString(undefined, dayStyle)}\n${d.toLocaleTimeString(undefined, timeStyle)}`;

/**
 * An instant in the reader's own time zone (the one the teacher typed it in). The server does
 * not know that zone, so it renders UTC, and the browser swaps in local time after hydration.
 * Day and time each stay on one line, so a narrow table cell wraps between them.
 */
export function LocalTime({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  const d = new Date(iso);
  const [day, time] = useSyncExternalStore(noop, () => local(d), () => utc(d)).split("\n");
  return (
    <time dateTime={iso}>
      <span className="whitespace-nowrap">{day}</span>
      {!dateOnly && (
        <>
          , <span className="whitespace-nowrap">{time}</span>
        </>
      )}
    </time>
  );
}
