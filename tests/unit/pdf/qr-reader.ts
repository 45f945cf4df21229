import jsQR from 'jsqr';
import { decodePng } from '../../../electron/core/pdf/png-decoder';

/** Reads the QR code in a rendered page, as the app's verify screen does with a photo. */
export function readQrCode(png: Uint8Array): string | null {
  const image = decodePng(png);
  if (!image) return null;
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0; i < image.width * image.height; i++) {
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = image.channels === 3 ? image.pixels[i * 3 + c]! : image.pixels[i]!;
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, image.width, image.height)?.data ?? null;
}
