// CSV for coordinators to open in Excel or Google Sheets: CRLF line ends, RFC 4180 quoting, and
// no cell that a spreadsheet would run as a formula.
import { stringify } from 'csv-stringify/sync';

/**
 * What a spreadsheet reads as the start of a formula (OWASP "CSV injection"): a device or title
 * name such as `=HYPERLINK(...)` comes from the devices themselves, so it is not trusted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert: a leading apostrophe makes the spreadsheet show it as text. */
function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: string | number | null): string {
  if (cell === null) return '';
  // A number stays a number (-3 is not a formula); one that is not finite has nothing to show.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return safeText(cell);
}

/** A header row and rows as CSV text, each line ending in CRLF (the last one too). */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const records = [header.map(safeText), ...rows.map((row) => row.map(cellText))];
  return stringify(records, {
    record_delimiter: 'windows',
    // csv-stringify quotes a value holding the delimiter or a quote, but not a bare line break
    // unless it is the record delimiter itself; Excel would start a new row at either.
    quoted_match: /[\r\n]/,
  });
}
