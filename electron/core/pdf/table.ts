import { fitName, type FittedText } from './fit-name';
import { INK, LINE, SHADE } from './palette';
import type { PdfCanvas } from './pdf-canvas';

export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Enterprise and department names: shrink to fit, then break only between words (fit-name.ts). */
  names?: boolean;
}

export interface TableRow {
  cells: string[];
  bold?: boolean;
  shade?: boolean;
}

export interface TableLayout {
  x: number;
  columns: TableColumn[];
  size: number;
  /** Rows are at least this tall: room for a signature on a sign-in sheet. */
  minRowHeight: number;
  /** Where the page's content must end. */
  bottom: number;
  /** Draws a new page's header and returns where the table starts on it; called at every page break. */
  startPage: () => number;
  /** Space between text and the cell's rules; narrow tables use less. */
  padding?: number;
}

const LINE_HEIGHT = 1.3;
/** The smallest a name may shrink to before it wraps: still easy to read on a printed form. */
const MIN_NAME_SIZE = 7;

/**
 * A ruled table that wraps cell text, never lets it leave its cell, and breaks across pages with the column
 * headers repeated. Returns where the table ended on the last page.
 */
export function drawTable(canvas: PdfCanvas, layout: TableLayout, top: number, rows: readonly TableRow[]): number {
  const { columns, size } = layout;
  const PADDING = layout.padding ?? 4;
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  /** How a body cell is set: its size and lines. */
  const layoutCell = (text: string, column: TableColumn, bold: boolean): FittedText =>
    column.names && text !== ''
      ? fitName(canvas.type, text, column.width - 2 * PADDING, size, Math.min(size, MIN_NAME_SIZE))
      : { size, lines: canvas.type.wrap(text, column.width - 2 * PADDING, size, bold) };
  /** A header given as explicit lines (a date over a half-day) shrinks to fit its column instead of wrapping. */
  // Other headers wrap between words, shrinking only when a single word is wider than the column.
  const headerSize = (text: string, column: TableColumn) => {
    const pieces = text.includes('\n') ? text.split('\n') : text.split(/\s+/).filter((word) => !/[\u2e80-\u9fff]/.test(word));
    return Math.min(size, ...pieces.map((piece) => canvas.type.fitSize(piece, column.width - 2 * PADDING, size, 4, true)));
  };

  const drawRow = (row: TableRow, y: number, height: number, header: boolean) => {
    const { doc } = canvas;
    if (row.shade || header) doc.save().rect(layout.x, y, width, height).fill(SHADE).restore();
    let x = layout.x;
    row.cells.forEach((text, i) => {
      const column = columns[i]!;
      const bold = header || (row.bold ?? false);
      const { size: cellSize, lines: cellLines } = header
        ? { size: headerSize(text, column), lines: text.includes('\n') ? text.split('\n') : canvas.type.wrap(text, column.width - 2 * PADDING, headerSize(text, column), bold) }
        : layoutCell(text, column, bold);
      const textHeight = cellLines.length * cellSize * LINE_HEIGHT;
      let lineY = y + (height - textHeight) / 2 + (cellSize * (LINE_HEIGHT - 1)) / 2;
      for (const line of cellLines) {
        canvas.text(line, x + PADDING, lineY, { size: cellSize, bold, color: INK, align: header ? 'center' : (column.align ?? 'left') }, column.width - 2 * PADDING);
        lineY += cellSize * LINE_HEIGHT;
      }
      x += column.width;
    });
    doc.save().lineWidth(0.6).strokeColor(LINE);
    doc.rect(layout.x, y, width, height).stroke();
    let edge = layout.x;
    for (const column of columns.slice(0, -1)) {
      edge += column.width;
      doc.moveTo(edge, y).lineTo(edge, y + height).stroke();
    }
    doc.restore();
  };

  const heightOf = (row: TableRow, header: boolean, minimum: number) =>
    Math.max(
      minimum,
      ...row.cells.map((text, i) =>
        header
          ? (text.includes('\n') ? text.split('\n').length : canvas.type.wrap(text, columns[i]!.width - 2 * PADDING, size, true).length) * size * LINE_HEIGHT + 2 * PADDING
          : ((cell) => cell.lines.length * cell.size * LINE_HEIGHT + 2 * PADDING)(layoutCell(text, columns[i]!, row.bold ?? false)),
      ),
    );

  const header: TableRow = { cells: columns.map((c) => c.header) };
  const headerHeight = heightOf(header, true, size * 2);
  drawRow(header, top, headerHeight, true);
  let y = top + headerHeight;
  for (const row of rows) {
    const height = heightOf(row, false, layout.minRowHeight);
    if (y + height > layout.bottom) {
      canvas.addPage();
      y = layout.startPage();
      drawRow(header, y, headerHeight, true);
      y += headerHeight;
    }
    drawRow(row, y, height, false);
    y += height;
  }
  return y;
}
