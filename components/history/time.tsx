import { LocalTime } from "@/components/classes/local-time";

/** A calendar day in the reader's zone, as the teacher pages show it. */
export function Day({ at }: { at: Date }) {
  return <LocalTime iso={at.toISOString()} dateOnly />;
}

/** An instant in the reader's zone; a narrow cell wraps between day and time. */
export function Instant({ at }: { at: Date }) {
  return <LocalTime iso={at.toISOString()} />;
}
