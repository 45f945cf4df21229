import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { decodePng } from './png-decoder';

/**
 * An image turned, once, into the streams a PDF needs (colour plus soft mask for transparency), so that a batch
 * of documents embeds a logo or a signature without decoding and compressing it again for each one.
 * Plain data: it crosses to render workers by structured clone.
 */
export interface PreparedImage {
  key: string;
  width: number;
  height: number;
  filter: 'DCTDecode' | 'FlateDecode';
  colorSpace: 'DeviceRGB' | 'DeviceGray' | 'DeviceCMYK';
  data: Uint8Array;
  alpha: Uint8Array | null;
}

export function prepareImage(bytes: Uint8Array): PreparedImage | null {
  const key = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const jpeg = jpegInfo(bytes);
  if (jpeg) return { key, ...jpeg, filter: 'DCTDecode', data: bytes, alpha: null };
  const png = decodePng(bytes);
  if (!png) return null;
  return {
    key,
    width: png.width,
    height: png.height,
    filter: 'FlateDecode',
    colorSpace: png.channels === 3 ? 'DeviceRGB' : 'DeviceGray',
    data: deflateSync(png.pixels),
    alpha: png.alpha ? deflateSync(png.alpha) : null,
  };
}

function jpegInfo(bytes: Uint8Array): Pick<PreparedImage, 'width' | 'height' | 'colorSpace'> | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 2; offset + 9 < view.length; ) {
    if (view[offset] !== 0xff) return null;
    const marker = view[offset + 1]!;
    const length = view.readUInt16BE(offset + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const components = view[offset + 9]!;
      const colorSpace = components === 1 ? 'DeviceGray' : components === 4 ? 'DeviceCMYK' : 'DeviceRGB';
      return { height: view.readUInt16BE(offset + 5), width: view.readUInt16BE(offset + 7), colorSpace };
    }
    offset += 2 + length;
  }
  return null;
}

const embedded = new WeakMap<PDFKit.PDFDocument, Map<string, { name: string; ref: PDFKit.PDFKitReference }>>();

/** Draws a prepared image; its streams are written once per document however many pages use it. */
export function embedImage(doc: PDFKit.PDFDocument, image: PreparedImage, x: number, y: number, w: number, h: number): void {
  let images = embedded.get(doc);
  if (!images) {
    images = new Map();
    embedded.set(doc, images);
  }
  let entry = images.get(image.key);
  if (!entry) {
    const dictionary: Record<string, unknown> = {
      Type: 'XObject',
      Subtype: 'Image',
      Width: image.width,
      Height: image.height,
      BitsPerComponent: 8,
      ColorSpace: image.colorSpace,
      Filter: image.filter,
    };
    if (image.alpha) {
      const mask = doc.ref({ Type: 'XObject', Subtype: 'Image', Width: image.width, Height: image.height, BitsPerComponent: 8, ColorSpace: 'DeviceGray', Filter: 'FlateDecode' });
      mask.end(Buffer.from(image.alpha));
      dictionary.SMask = mask;
    }
    const ref = doc.ref(dictionary);
    ref.end(Buffer.from(image.data));
    entry = { name: `Img${images.size + 1}`, ref };
    images.set(image.key, entry);
  }
  const page = doc.page as unknown as { xobjects: Record<string, PDFKit.PDFKitReference> };
  page.xobjects[entry.name] = entry.ref;
  doc.save();
  // pdfkit's pages are flipped to a top-left origin; an image is drawn into the unit square, upright.
  doc.transform(w, 0, 0, -h, x, y + h);
  doc.addContent(`/${entry.name} Do`);
  doc.restore();
}
