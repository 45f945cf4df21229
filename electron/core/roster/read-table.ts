import Papa from 'papaparse';
import { AppError } from '../../../shared/api/result';
import { MAX_ROSTER_FILE_BYTES, MAX_ROSTER_ROWS } from '../../../shared/domain/roster';
import { hasUnsafeCharacters } from '../../../shared/domain/safe-text';
import { decodeText, type TextEncodingName } from './decode-text';
import { readXlsxRows, ROW_ALLOWANCE } from './xlsx-rows';

export interface RosterTable {
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  /** Cell text by row; row i is spreadsheet row i + 1. */
  rows: string[][];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** A roster file as rows of cell text: an .xlsx workbook (its first sheet with data) or delimited text. */
export async function readRosterTable(bytes: Uint8Array): Promise<RosterTable> {
  if (bytes.length === 0) throw new AppError('ROSTER_EMPTY');
  if (startsWith(bytes, OLE)) throw new AppError('ROSTER_OLD_EXCEL');
  if (bytes.length > MAX_ROSTER_FILE_BYTES) throw new AppError('ROSTER_FILE_TOO_LARGE', { megabytes: MAX_ROSTER_FILE_BYTES / (1024 * 1024) });
  const table: RosterTable = startsWith(bytes, ZIP) ? { format: 'xlsx', encoding: null, rows: await readXlsxRows(bytes) } : readCsv(bytes);
  if (table.rows.every((row) => row.every((cell) => cell === ''))) throw new AppError('ROSTER_EMPTY');
  if (table.rows.length > MAX_ROSTER_ROWS + ROW_ALLOWANCE) throw new AppError('ROSTER_TOO_LARGE', { max: MAX_ROSTER_ROWS });
  assertSafeCells(table.rows);
  return table;
}

/**
 * A control character (other than the tab and line breaks a cell may hold) or a bidi override refuses the file,
 * naming the row, as typed text would be refused.
 */
function assertSafeCells(rows: string[][]): void {
  const index = rows.findIndex((cells) => cells.some((cell) => hasUnsafeCharacters(cell, true)));
  if (index !== -1) throw new AppError('ROSTER_UNSAFE_CHARACTERS', { row: index + 1 });
}

/**
 * Text larger than this is refused before it is decoded or parsed: 5,000 roster rows are well under 1 MB even in
 * UTF-16, and parsing runs on the request path (an unterminated quote makes the parser scan everything after it).
 */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

function readCsv(bytes: Uint8Array): RosterTable {
  if (bytes.length > MAX_CSV_BYTES) throw new AppError('ROSTER_FILE_TOO_LARGE', { megabytes: MAX_CSV_BYTES / (1024 * 1024) });
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map((cell) => cell.trim()));
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell === '')) rows.pop();
  return { format: 'csv', encoding, rows };
}

/**
 * Excel writes commas, or tabs for "Unicode text"; some European settings write semicolons. The header line
 * decides: whichever separator it holds most often (outside quotes).
 */
function guessDelimiter(text: string): string {
  const header = text.slice(0, 64 * 1024).split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = [',', '\t', ';'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}
