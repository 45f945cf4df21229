import jsQR from 'jsqr';

/** Tries a few sizes: phone photos are large (slow to scan at full size) and small QR codes vanish when shrunk. */
const SCAN_WIDTHS = [1400, 900, 2200];

/**
 * Scans an image of the given size at each of SCAN_WIDTHS in turn (never enlarged), stopping at the first code;
 * `scanAt` draws the image at a size and decodes what it sees.
 */
export function scanAtWidths(width: number, height: number, scanAt: (width: number, height: number) => string | null): string | null {
  for (const target of SCAN_WIDTHS) {
    const scale = Math.min(1, target / width);
    const code = scanAt(Math.round(width * scale), Math.round(height * scale));
    if (code) return code;
    if (scale === 1) break;
  }
  return null;
}

/** Decodes a QR code in RGBA pixels; both dark-on-light and light-on-dark codes are tried. */
export function decodeQrPixels(pixels: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(pixels, width, height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

function scan(source: CanvasImageSource, width: number, height: number, canvas: HTMLCanvasElement): string | null {
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, width, height);
  const pixels = context.getImageData(0, 0, width, height);
  return decodeQrPixels(pixels.data, width, height);
}

export type QrRead = { code: string } | { problem: 'unreadable' | 'no-code' };

/** The QR code in a photo or image file of a certificate, decoded in the page (nothing leaves the computer). */
export async function readQrFromImage(bytes: Uint8Array): Promise<QrRead> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  } catch {
    return { problem: 'unreadable' };
  }
  try {
    const canvas = document.createElement('canvas');
    const code = scanAtWidths(bitmap.width, bitmap.height, (width, height) => scan(bitmap, width, height, canvas));
    return code ? { code } : { problem: 'no-code' };
  } finally {
    bitmap.close();
  }
}

/** One frame of the camera, scanned at the video's own size. */
export function readQrFromVideo(video: HTMLVideoElement, canvas: HTMLCanvasElement): string | null {
  if (video.readyState < video.HAVE_CURRENT_DATA || video.videoWidth === 0) return null;
  const scale = Math.min(1, 960 / video.videoWidth);
  return scan(video, Math.round(video.videoWidth * scale), Math.round(video.videoHeight * scale), canvas);
}
