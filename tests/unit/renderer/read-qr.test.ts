import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQrPixels, scanAtWidths } from '../../../renderer/screens/verify/read-qr';

const URL_IN_CODE = 'https://verify.score.example/c/SC-7F3A-000123';

/** A photo-sized white image with a real QR code drawn into it, module by module, as a camera would see it. */
function photoWithCode(width: number, height: number, modulePx: number, inverted = false): { width: number; height: number; pixels: Uint8ClampedArray } {
  const { modules } = QRCode.create(URL_IN_CODE, { errorCorrectionLevel: 'M' });
  const [light, dark] = inverted ? [0, 255] : [255, 0];
  const pixels = new Uint8ClampedArray(width * height * 4).fill(light);
  const left = Math.floor(width / 3);
  const top = Math.floor(height / 3);
  for (let y = 0; y < modules.size * modulePx; y++) {
    for (let x = 0; x < modules.size * modulePx; x++) {
      if (!modules.get(Math.floor(y / modulePx), Math.floor(x / modulePx))) continue;
      const at = ((top + y) * width + left + x) * 4;
      pixels.fill(dark, at, at + 3);
    }
  }
  for (let i = 3; i < pixels.length; i += 4) pixels[i] = 255;
  return { width, height, pixels };
}

/** What drawImage at a smaller size gives: nearest-neighbour sampling of the photo. */
function resized(photo: ReturnType<typeof photoWithCode>, width: number, height: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sy = Math.floor((y * photo.height) / height);
    for (let x = 0; x < width; x++) {
      const sx = Math.floor((x * photo.width) / width);
      out.set(photo.pixels.subarray((sy * photo.width + sx) * 4, (sy * photo.width + sx) * 4 + 4), (y * width + x) * 4);
    }
  }
  return out;
}

function scanPhoto(photo: ReturnType<typeof photoWithCode>): { code: string | null; widths: number[] } {
  const widths: number[] = [];
  const code = scanAtWidths(photo.width, photo.height, (width, height) => {
    widths.push(width);
    return decodeQrPixels(resized(photo, width, height), width, height);
  });
  return { code, widths };
}

describe('reading a certificate QR code from an image', () => {
  it('reads a large photo at a reduced size first', () => {
    expect(scanPhoto(photoWithCode(3000, 2000, 12))).toEqual({ code: URL_IN_CODE, widths: [1400] });
  });

  it('reads a small image once, at its own size, never enlarged', () => {
    expect(scanPhoto(photoWithCode(500, 400, 6))).toEqual({ code: URL_IN_CODE, widths: [500] });
  });

  it('goes up to a larger size when the code is too small to survive shrinking', () => {
    expect(scanPhoto(photoWithCode(3000, 2000, 2))).toEqual({ code: URL_IN_CODE, widths: [1400, 900, 2200] });
  });

  it('reads a light code on a dark background', () => {
    expect(scanPhoto(photoWithCode(800, 600, 6, true)).code).toBe(URL_IN_CODE);
  });

  it('reports nothing after every size when the image holds no code', () => {
    const blank = photoWithCode(1800, 1200, 0);
    expect(scanPhoto(blank)).toEqual({ code: null, widths: [1400, 900, 1800] });
  });
});
