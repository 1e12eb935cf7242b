import { formatDate, formatDateTime } from "./format";

/** A calendar day (UTC) that never breaks across lines in a narrow table cell. */
export function Day({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()} className="whitespace-nowrap">{formatDate(at)}</time>;
}

/** An instant in UTC, the day kept on one line. */
export function Instant({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{formatDateTime(at)}</time>;
}
