import { formatDate, formatDateTime } from "./format";

/** A calendar day (UTC) that never breaks across lines in a narrow table cell. */
export function Day({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()} className="whitespace-nowrap">{formatDate(at)}</time>;
}

/** An instant in UTC: the day and the time each kept on one line, so a narrow cell wraps between them. */
export function Instant({ at }: { at: Date }) {
  const [day, ...time] = formatDateTime(at).split(" ");
  return (
    <time dateTime={at.toISOString()}>
      <span className="whitespace-nowrap">{day}</span> <span className="whitespace-nowrap">{time.join(" ")}</span>
    </time>
  );
}
