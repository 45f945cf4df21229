import { stripUnsafeCharacters } from '../../../shared/domain/safe-text';

/**
 * CSV for Excel and WPS: UTF-8 with a BOM (without it Excel on Chinese Windows reads GBK and garbles the text),
 * CRLF line ends, and every field quoted when it must be.
 *
 * Formula injection: a cell that starts with = + - @ (or a tab or carriage return, which some spreadsheet apps
 * skip before looking for those) would be run as a formula when the file is opened. Such text cells get a leading
 * apostrophe, which spreadsheets show as plain text. Numbers are written as numbers and need no guard.
 */
export type CsvCell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell): string {
  // Records saved before control characters were refused may hold a NUL, which ends the text early in some readers.
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : neutralizeFormula(stripUnsafeCharacters(cell));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): Uint8Array {
  const text = rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
