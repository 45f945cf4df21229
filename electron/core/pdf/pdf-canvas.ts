import PDFDocument from 'pdfkit';
import { FACE_NAMES, type FontFaces } from './font-faces';
import { embedImage, type PreparedImage } from './prepared-image';
import { drawQrCode } from './qr-drawing';
import type { Script } from './text-runs';
import { isPlainLatin, Typesetter } from './typesetter';

export const A4 = { width: 595.28, height: 841.89 };
/** Where the baseline sits below the top of a line box, as a share of the font size (both faces). */
const ASCENT = 0.88;

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
}

export interface CanvasOptions {
  landscape?: boolean;
  title: string;
  /** Which face neutral text (digits, punctuation) takes when nothing around it decides. */
  fallbackScript: Script;
  /** Keep pages open so that "page x of y" can be written at the end. */
  bufferPages?: boolean;
  /** Set when a batch creates many documents from the same inputs: makes output reproducible. */
  creationDate?: Date;
}

/**
 * A pdfkit document with our faces registered, and text drawn through the Typesetter so that every character
 * lands in a face that has it. Coordinates are points from the top-left corner; `y` is the top of a line box.
 */
export class PdfCanvas {
  readonly doc: PDFKit.PDFDocument;
  readonly type: Typesetter;
  private readonly chunks: Uint8Array[] = [];
  private readonly finished: Promise<Uint8Array>;

  constructor(faces: FontFaces, options: CanvasOptions, typesetter?: Typesetter) {
    this.doc = new PDFDocument({
      size: 'A4',
      layout: options.landscape ? 'landscape' : 'portrait',
      margin: 0,
      // Our own faces only: pdfkit would otherwise load Helvetica from its data files.
      font: null as unknown as string,
      bufferPages: options.bufferPages ?? false,
      autoFirstPage: true,
      info: { Title: options.title, Creator: 'SCORE Trainer Toolkit', Producer: 'SCORE Trainer Toolkit', CreationDate: options.creationDate ?? new Date() },
      lang: options.fallbackScript === 'cjk' ? 'zh-CN' : 'en',
      displayTitle: true,
    });
    this.type = typesetter ?? new Typesetter(faces, options.fallbackScript);
    for (const name of FACE_NAMES) {
      this.doc.registerFont(name, faces.fonts[name] as unknown as string);
      // A face is embedded only if text uses it; opening it here just lets it share the typesetter's layouts.
      (this.doc.font(name) as unknown as { _font: { layoutCache?: object } })._font.layoutCache = this.type.pdfkitLayoutCaches[name];
    }
    this.doc.on('data', (chunk: Uint8Array) => this.chunks.push(chunk));
    this.finished = new Promise((resolve, reject) => {
      // A fresh buffer of its own (not a slice of Node's pool), so it can be transferred to another thread.
      this.doc.on('end', () => resolve(new Uint8Array(Buffer.concat(this.chunks))));
      this.doc.on('error', reject);
    });
  }

  get pageWidth(): number {
    return this.doc.page.width;
  }

  get pageHeight(): number {
    return this.doc.page.height;
  }

  /** One line of text; `width` is the box for alignment. Returns the width drawn. */
  text(text: string, x: number, y: number, style: TextStyle, width = 0): number {
    const bold = style.bold ?? false;
    const runs = this.type.runs(text, bold);
    const total = runs.reduce((sum, run) => sum + run.width, 0) * style.size;
    let cursor = x;
    if (style.align === 'center') cursor = x + (width - total) / 2;
    else if (style.align === 'right') cursor = x + width - total;
    const baseline = y + style.size * ASCENT;
    this.doc.fillColor(style.color ?? '#1f2933');
    for (const run of runs) {
      if (isPlainLatin(text)) this.type.primeLayout(run.face, run.text);
      this.doc.font(run.face).fontSize(style.size).text(run.text, cursor, baseline, { lineBreak: false, baseline: 'alphabetic' });
      cursor += run.width * style.size;
    }
    return total;
  }

  /** Wrapped text in a column; returns the height used. */
  paragraph(text: string, x: number, y: number, width: number, style: TextStyle & { lineHeight?: number }): number {
    const lineHeight = style.size * (style.lineHeight ?? 1.45);
    const lines = this.type.wrap(text, width, style.size, style.bold);
    lines.forEach((line, i) => this.text(line, x, y + i * lineHeight, style, width));
    return lines.length * lineHeight;
  }

  /** The height `paragraph` would use, without drawing. */
  paragraphHeight(text: string, width: number, style: TextStyle & { lineHeight?: number }): number {
    return this.type.wrap(text, width, style.size, style.bold).length * style.size * (style.lineHeight ?? 1.45);
  }

  image(image: PreparedImage, x: number, y: number, box: { width: number; height: number }): void {
    const scale = Math.min(box.width / image.width, box.height / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    embedImage(this.doc, image, x + (box.width - w) / 2, y + (box.height - h) / 2, w, h);
  }

  qr(text: string, x: number, y: number, size: number): void {
    drawQrCode(this.doc, text, x, y, size);
  }

  addPage(): void {
    this.doc.addPage({ size: 'A4', layout: this.doc.page.layout as 'landscape' | 'portrait', margin: 0 });
  }

  async end(): Promise<Uint8Array> {
    this.doc.end();
    return this.finished;
  }
}
