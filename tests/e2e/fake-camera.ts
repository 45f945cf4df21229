import { writeFileSync } from 'node:fs';
import { decodePng } from '../../electron/core/pdf/png-decoder';

/**
 * Writes a still picture as a one-frame Y4M video, the format Chromium's fake camera plays in a loop
 * (--use-file-for-fake-video-capture). The picture is cropped to width × height from its top-left `at`.
 */
export function writeY4m(file: string, png: Uint8Array, width: number, height: number, at: { x: number; y: number }): void {
  const image = decodePng(png);
  if (!image) throw new Error('not a PNG');
  const rgb = (x: number, y: number): [number, number, number] => {
    const sx = Math.min(image.width - 1, Math.max(0, x + at.x));
    const sy = Math.min(image.height - 1, Math.max(0, y + at.y));
    const i = sy * image.width + sx;
    if (image.channels === 1) return [image.pixels[i]!, image.pixels[i]!, image.pixels[i]!];
    return [image.pixels[i * 3]!, image.pixels[i * 3 + 1]!, image.pixels[i * 3 + 2]!];
  };
  const luma = Buffer.alloc(width * height);
  const u = Buffer.alloc((width / 2) * (height / 2));
  const v = Buffer.alloc((width / 2) * (height / 2));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = rgb(x, y);
      luma[y * width + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      if (x % 2 === 0 && y % 2 === 0) {
        const c = (y / 2) * (width / 2) + x / 2;
        u[c] = Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
        v[c] = Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
      }
    }
  }
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`, 'latin1');
  writeFileSync(file, Buffer.concat([header, luma, u, v]));
}
