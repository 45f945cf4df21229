import type { Language } from '../../../shared/domain/app';
import { translate } from '../../../shared/i18n/translate';
import { MUTED } from './palette';
import type { PdfCanvas } from './pdf-canvas';

/** "Page x of y" (and a note, such as the workshop's title) at the foot of every page; needs bufferPages. */
export function drawPageFooters(canvas: PdfCanvas, language: Language, note: string, margin: number): void {
  const { doc } = canvas;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = canvas.pageHeight - margin + 8;
    const width = canvas.pageWidth - 2 * margin;
    canvas.text(canvas.type.truncate(note, width * 0.6, 8), margin, y, { size: 8, color: MUTED });
    canvas.text(translate(language, 'pdf', 'page', { page: i - range.start + 1, pages: range.count }), margin, y, { size: 8, color: MUTED, align: 'right' }, width);
  }
}
