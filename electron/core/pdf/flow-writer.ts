import { INK, LINE, MUTED, PRIMARY } from './palette';
import type { PdfCanvas, TextStyle } from './pdf-canvas';

export interface FlowOptions {
  margin: number;
  /** Draws what repeats at the top of every page after the first; returns where content starts. */
  pageHeader: () => number;
}

/**
 * Writes a long document top to bottom: headings, paragraphs, bullet and numbered lists, each wrapped to the
 * column, with a new page whenever the next line would not fit. Headings never end a page alone.
 */
export class FlowWriter {
  y: number;
  private readonly width: number;

  constructor(
    private readonly canvas: PdfCanvas,
    private readonly options: FlowOptions,
    top: number,
  ) {
    this.y = top;
    this.width = canvas.pageWidth - 2 * options.margin;
  }

  private get bottom(): number {
    return this.canvas.pageHeight - this.options.margin - 14;
  }

  ensure(height: number): void {
    if (this.y + height <= this.bottom) return;
    this.canvas.addPage();
    this.y = this.options.pageHeader();
  }

  space(height: number): void {
    this.y += height;
  }

  heading(text: string, level: 1 | 2 | 3, subtitle?: string): void {
    const size = level === 1 ? 17 : level === 2 ? 13.5 : 11;
    const lines = this.canvas.type.wrap(text, this.width, size, true);
    // Room for the heading and two lines of what follows it.
    this.ensure(lines.length * size * 1.3 + (subtitle ? 14 : 0) + 30);
    this.y += level === 1 ? 6 : 4;
    for (const line of lines) {
      this.canvas.text(line, this.options.margin, this.y, { size, bold: true, color: level === 3 ? INK : PRIMARY });
      this.y += size * 1.3;
    }
    if (subtitle) this.paragraph(subtitle, { size: 9, color: MUTED });
    if (level === 1) {
      this.canvas.doc.save().lineWidth(0.8).strokeColor(LINE).moveTo(this.options.margin, this.y + 1).lineTo(this.options.margin + this.width, this.y + 1).stroke().restore();
      this.y += 6;
    }
    this.y += 2;
  }

  paragraph(text: string, style: Partial<TextStyle> = {}, indent = 0): void {
    const size = style.size ?? 10;
    const lineHeight = size * 1.45;
    for (const line of this.canvas.type.wrap(text, this.width - indent, size, style.bold)) {
      this.ensure(lineHeight);
      this.canvas.text(line, this.options.margin + indent, this.y, { size, bold: style.bold, color: style.color ?? INK });
      this.y += lineHeight;
    }
  }

  /** A list item: the marker hangs to the left of the wrapped text. `extra` lines (a translation) follow in grey. */
  item(marker: string, text: string, extra: string | null = null, indent = 0): void {
    // '☐' and '○' are drawn (tick boxes and answer circles), anything else is set as text.
    const size = 10;
    const hang = 16;
    const x = this.options.margin + indent;
    const lines = this.canvas.type.wrap(text, this.width - indent - hang, size);
    this.ensure(size * 1.45 * Math.min(2, lines.length));
    if (marker === '☐') this.canvas.doc.save().lineWidth(0.7).strokeColor(INK).rect(x + 1, this.y + 2.5, 7.5, 7.5).stroke().restore();
    else if (marker === '○') this.canvas.doc.save().lineWidth(0.7).strokeColor(INK).circle(x + 4.75, this.y + 6.25, 3.9).stroke().restore();
    else this.canvas.text(marker, x, this.y, { size, color: PRIMARY, bold: true });
    for (const line of lines) {
      this.ensure(size * 1.45);
      this.canvas.text(line, x + hang, this.y, { size, color: INK });
      this.y += size * 1.45;
    }
    if (extra) this.paragraph(extra, { size: 9, color: MUTED }, indent + hang);
    this.y += 2;
  }
}
