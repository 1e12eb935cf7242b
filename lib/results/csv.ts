// CSV that opens cleanly in a spreadsheet: UTF-8 BOM (Excel otherwise guesses a legacy code
// page), CRLF line ends, every field quoted, and formula injection neutralised.

// A cell starting with one of these is run as a formula by spreadsheets (=HYPERLINK(...), +cmd|...).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function toCsv(rows: (string | number | boolean | null | undefined)[][]): string {
  return "\uFEFF" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export type CsvResult = { status: 401 } | { status: 404 } | { status: 200; filename: string; csv: string };

/** The download a CSV route handler sends, or the refusal its loader decided on. */
export function csvResponse(result: CsvResult, missing: string): Response {
  if (result.status === 401) return new Response("Sign in as the class's teacher.", { status: 401 });
  if (result.status === 404) return new Response(missing, { status: 404 });
  return new Response(result.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
