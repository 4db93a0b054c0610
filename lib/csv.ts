// CSV for spreadsheets, shared by every download (campaign results, the audit log).

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, safe to open in a spreadsheet: a cell starting with = + - @ tab or CR gets a leading ' so it is
 * shown as text, never run as a formula (OWASP's advice on CSV injection); quoted when it holds the delimiter,
 * a quote or a line end.
 */
export function csvCell(value: string | number | null | undefined, delimiter = ","): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r")) {
    text = `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/** One CSV line of cells passed through csvCell, ended with CRLF as Excel expects. */
export function csvLine(cells: readonly (string | number | null | undefined)[], delimiter = ",") {
  return `${cells.map((cell) => csvCell(cell, delimiter)).join(delimiter)}\r\n`;
}

/** What starts a CSV download, so Excel reads it as UTF-8. */
export const CSV_BOM = "\ufeff";

/** The answer of a CSV download route: the streamed file, saved under `fileName`, never cached. */
export function csvDownloadResponse(stream: ReadableStream<Uint8Array>, fileName: string) {
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
