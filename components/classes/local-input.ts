// datetime-local has no time zone; `new Date("YYYY-MM-DDTHH:mm")` reads it in the browser's
// zone, the teacher's, and the ISO string sent to the server is unambiguous.
export const toIso = (local: string) => (local ? new Date(local).toISOString() : "");
export const localInput = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
