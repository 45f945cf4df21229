import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { AppError } from '../../../shared/api/result';
import { MAX_ROSTER_ROWS } from '../../../shared/domain/roster';
import { cellText } from './cell-text';
import { slices } from './slices';
import { checkedWorkbookZip } from './xlsx-parts';

/** Rows past the limit that are still read, so that a title block or blank lines above the header do not count. */
export const ROW_ALLOWANCE = 20;

/**
 * The rows of the first sheet that holds data, streamed: a sheet longer than the import limit is refused at the
 * first row past it, without reading the rest. Row i of the result is spreadsheet row i + 1.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<string[][]> {
  const zip = await checkedWorkbookZip(bytes);
  // Styles are read so that dates come out as dates; hyperlinks and the rest are ignored.
  // In small pieces: ExcelJS parses each piece in one go, so small ones let other requests in between.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(slices(zip)), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  try {
    for await (const worksheet of reader) {
      const rows: string[][] = [];
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        if (row.number > MAX_ROSTER_ROWS + ROW_ALLOWANCE) throw new AppError('ROSTER_TOO_LARGE', { max: MAX_ROSTER_ROWS });
        while (rows.length < row.number - 1) rows.push([]);
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cellText(cell.value).trim();
        });
        rows.push(Array.from(cells, (cell) => cell ?? ''));
      }
      while (rows.length > 0 && rows.at(-1)!.every((cell) => cell === '')) rows.pop();
      if (rows.length > 0) return rows;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('ROSTER_UNREADABLE');
  }
  throw new AppError('ROSTER_EMPTY');
}
