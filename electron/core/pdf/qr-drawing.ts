import QRCode from 'qrcode';

/** Modules of quiet zone around the symbol, as the QR specification requires for reliable scanning. */
const QUIET_ZONE = 4;

/**
 * Draws a QR code as a one-bit stencil image, one pixel per module, scaled up without smoothing: the edges stay
 * sharp in print and in viewers, and the code costs a few hundred bytes instead of hundreds of path operators.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  // Codes are base32, so one alphanumeric segment; letting the library search for an optimal mix of modes
  // costs more than drawing the whole certificate.
  const segments = /^[0-9A-Z $%*+\-./:]*$/.test(text) ? [{ data: text, mode: 'alphanumeric' as const }] : text;
  // Every reader decodes all eight masks; picking the "best" one scores all eight and costs a tenth of a
  // certificate's rendering time, with no gain for this random-looking data. Mask 2 (vertical stripes) it is.
  const { modules } = QRCode.create(segments, { errorCorrectionLevel: 'M', maskPattern: 2 });
  const count = modules.size;
  const rowBytes = Math.ceil(count / 8);
  const bits = Buffer.alloc(rowBytes * count);
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (modules.data[row * count + col]) bits[row * rowBytes + (col >> 3)]! |= 0x80 >> (col & 7);
    }
  }
  // With Decode [1 0], a set bit paints the current fill colour: the dark modules.
  const stencil = doc.ref({ Type: 'XObject', Subtype: 'Image', Width: count, Height: count, ImageMask: true, BitsPerComponent: 1, Decode: [1, 0], Interpolate: false });
  stencil.end(bits);
  const name = `Qr${stencil.id}`;
  (doc.page as unknown as { xobjects: Record<string, PDFKit.PDFKitReference> }).xobjects[name] = stencil;
  const unit = size / (count + 2 * QUIET_ZONE);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  doc.transform(count * unit, 0, 0, -count * unit, x + QUIET_ZONE * unit, y + (QUIET_ZONE + count) * unit);
  doc.addContent(`/${name} Do`);
  doc.restore();
}
