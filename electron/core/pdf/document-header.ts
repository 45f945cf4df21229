import { INK, MUTED, PRIMARY } from './palette';
import type { PdfCanvas } from './pdf-canvas';

export interface HeaderFact {
  label: string;
  value: string;
}

/**
 * The top of a document page: a title (and its other-language line), then label/value facts in two columns.
 * Values wrap within their column (at most two lines, then an ellipsis). Returns where the page's content starts.
 */
export function drawDocumentHeader(canvas: PdfCanvas, margin: number, title: string, subtitle: string, facts: HeaderFact[]): number {
  const width = canvas.pageWidth - 2 * margin;
  canvas.text(title, margin, margin, { size: 18, bold: true, color: PRIMARY });
  let y = margin + 24;
  if (subtitle) {
    canvas.text(subtitle, margin, y, { size: 10, color: MUTED });
    y += 16;
  }
  y += 4;
  const columnWidth = (width - 20) / 2;
  const labelWidth = Math.max(...facts.map((f) => canvas.type.width(f.label, 9))) + 8;
  for (let i = 0; i < facts.length; i += 2) {
    let rowHeight = 0;
    facts.slice(i, i + 2).forEach((fact, column) => {
      const x = margin + column * (columnWidth + 20);
      canvas.text(fact.label, x, y + 0.5, { size: 9, color: MUTED });
      const lines = canvas.type.wrap(fact.value || '—', columnWidth - labelWidth, 10);
      const shown = lines.length > 2 ? [lines[0]!, canvas.type.truncate(lines.slice(1).join(''), columnWidth - labelWidth, 10)] : lines;
      shown.forEach((line, n) => canvas.text(line, x + labelWidth, y + n * 13, { size: 10, color: INK }));
      rowHeight = Math.max(rowHeight, shown.length * 13);
    });
    y += rowHeight + 4;
  }
  return y + 8;
}
