import type { CertificatePrint } from '../../../shared/domain/certificates';
import { certificateStrings, drawCertificate } from './certificate';
import type { FontFaces } from './font-faces';
import { PdfCanvas } from './pdf-canvas';
import type { PreparedImage } from './prepared-image';
import { Typesetter } from './typesetter';

/** What rendering a batch needs besides the fonts: plain data, so that it can cross to a worker thread. */
export interface CertificateBatch {
  prints: CertificatePrint[];
  images: Record<string, PreparedImage>;
}

export function batchText(prints: readonly CertificatePrint[]): string {
  const chars = new Set<string>();
  for (const print of prints) for (const text of certificateStrings(print)) for (const char of text) chars.add(char);
  return [...chars].join('');
}

function documentTitle(print: CertificatePrint): string {
  return `${print.number} ${print.participantName}`;
}

/**
 * Renders certificates one PDF each. One Typesetter serves the whole batch, so the labels every certificate
 * shares are measured and shaped once.
 */
export async function renderSeparate(
  faces: FontFaces,
  prints: readonly CertificatePrint[],
  images: Record<string, PreparedImage>,
  onEach?: (index: number) => boolean | void,
  typesetter = new Typesetter(faces, 'cjk'),
): Promise<Uint8Array[]> {
  const imageMap = new Map(Object.entries(images));
  const out: Uint8Array[] = [];
  for (let i = 0; i < prints.length; i++) {
    const print = prints[i]!;
    const canvas = new PdfCanvas(faces, { landscape: true, title: documentTitle(print), fallbackScript: 'cjk' }, typesetter);
    drawCertificate(canvas, print, imageMap);
    out.push(await canvas.end());
    if (onEach?.(i) === false) break;
  }
  return out;
}

/** All certificates in one PDF, a page each; fonts and images are embedded once. */
export async function renderCombined(
  faces: FontFaces,
  prints: readonly CertificatePrint[],
  images: Record<string, PreparedImage>,
  title: string,
  onEach?: (index: number) => boolean | void,
): Promise<Uint8Array | null> {
  const imageMap = new Map(Object.entries(images));
  const canvas = new PdfCanvas(faces, { landscape: true, title, fallbackScript: 'cjk' });
  for (let i = 0; i < prints.length; i++) {
    if (i > 0) canvas.addPage();
    drawCertificate(canvas, prints[i]!, imageMap);
    if (onEach?.(i) === false) return null;
  }
  return canvas.end();
}
