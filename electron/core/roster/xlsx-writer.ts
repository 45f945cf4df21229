import ExcelJS from 'exceljs';
import type { CsvCell } from './csv-writer';

export interface SheetSpec {
  name: string;
  rows: readonly (readonly CsvCell[])[];
  /** Column widths in characters. */
  widths?: number[];
}

/**
 * An .xlsx workbook: the first row bold and frozen, text cells stored as strings (never as formulas, so a name
 * starting with "=" stays text), numbers as numbers.
 */
export async function toXlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SCORE Trainer Toolkit';
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of spec.rows) sheet.addRow([...row]);
    sheet.getRow(1).font = { bold: true };
    spec.widths?.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
