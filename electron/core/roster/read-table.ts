import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/api/result';
import { MAX_ROSTER_ROWS } from '../../../shared/domain/roster';
import { decodeText, type TextEncodingName } from './decode-text';

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
  const table = startsWith(bytes, ZIP) ? await readXlsx(bytes) : readCsv(bytes);
  if (table.rows.every((row) => row.every((cell) => cell === ''))) throw new AppError('ROSTER_EMPTY');
  if (table.rows.length > MAX_ROSTER_ROWS + 20) throw new AppError('ROSTER_TOO_LARGE', { max: MAX_ROSTER_ROWS });
  return table;
}

function readCsv(bytes: Uint8Array): RosterTable {
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
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = [',', '\t', ';'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

async function readXlsx(bytes: Uint8Array): Promise<RosterTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('ROSTER_UNREADABLE');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new AppError('ROSTER_EMPTY');
  if (sheet.rowCount > MAX_ROSTER_ROWS + 20) throw new AppError('ROSTER_TOO_LARGE', { max: MAX_ROSTER_ROWS });
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 0); c++) cells.push(cellText(row.getCell(c).value).trim());
    rows.push(cells);
  }
  while (rows.length > 0 && rows.at(-1)!.every((cell) => cell === '')) rows.pop();
  return { format: 'xlsx', encoding: null, rows };
}

/** The text a cell shows: formulas by their result, rich text joined, numbers without float noise. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result);
  if ('error' in value) return '';
  return '';
}
