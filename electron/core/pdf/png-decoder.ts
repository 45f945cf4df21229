import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** 1 (grey) or 3 (RGB) bytes per pixel, 8 bits each. */
  channels: 1 | 3;
  pixels: Buffer;
  /** One byte per pixel, or null when the image is fully opaque. */
  alpha: Buffer | null;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Decodes a non-interlaced PNG of 8 or 16 bits per channel (any colour type) into colour and alpha planes, which
 * is what a PDF image and its soft mask need. Returns null for what it cannot read.
 */
export function decodePng(bytes: Uint8Array): DecodedPng | null {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < 33 || !data.subarray(0, 8).equals(SIGNATURE)) return null;
  let width = 0, height = 0, depth = 0, colorType = 0, interlace = 0;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const idat: Buffer[] = [];
  for (let offset = 8; offset + 8 <= data.length; ) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      depth = body[8]!;
      colorType = body[9]!;
      interlace = body[12]!;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const samples = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  if (!samples || interlace !== 0 || width === 0 || height === 0 || idat.length === 0) return null;
  if (colorType === 3 ? ![1, 2, 4, 8].includes(depth) || !palette : depth !== 8 && depth !== 16) return null;
  if (width * height > 16_000_000) return null;

  const bitsPerPixel = samples * depth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const bpp = Math.max(1, bitsPerPixel >> 3);
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat));
  } catch {
    return null;
  }
  if (raw.length < (stride + 1) * height) return null;
  const rows = unfilter(raw, stride, height, bpp);
  if (!rows) return null;

  const isColor = colorType === 2 || colorType === 6 || colorType === 3;
  const channels: 1 | 3 = isColor ? 3 : 1;
  const pixels = Buffer.alloc(width * height * channels);
  const alpha = Buffer.alloc(width * height, 255);
  let hasAlpha = false;
  const sample = (row: number, index: number): number =>
    depth === 16 ? rows[row * stride + index * 2]! : rows[row * stride + index]!;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      if (colorType === 3) {
        const shift = 8 - depth * ((x % (8 / depth)) + 1);
        const index = depth === 8 ? rows[y * stride + x]! : (rows[y * stride + Math.floor((x * depth) / 8)]! >> shift) & ((1 << depth) - 1);
        pixels[p * 3] = palette![index * 3] ?? 0;
        pixels[p * 3 + 1] = palette![index * 3 + 1] ?? 0;
        pixels[p * 3 + 2] = palette![index * 3 + 2] ?? 0;
        if (transparency && index < transparency.length) alpha[p] = transparency[index]!;
      } else {
        for (let c = 0; c < channels; c++) pixels[p * channels + c] = sample(y, x * samples + c);
        if (colorType === 4 || colorType === 6) alpha[p] = sample(y, x * samples + samples - 1);
      }
      if (alpha[p] !== 255) hasAlpha = true;
    }
  }
  return { width, height, channels, pixels, alpha: hasAlpha ? alpha : null };
}

function unfilter(raw: Buffer, stride: number, height: number, bpp: number): Buffer | null {
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const at = y * stride;
    for (let i = 0; i < stride; i++) {
      const left = i >= bpp ? out[at + i - bpp]! : 0;
      const up = y > 0 ? out[at - stride + i]! : 0;
      const upLeft = y > 0 && i >= bpp ? out[at - stride + i - bpp]! : 0;
      let predictor: number;
      switch (filter) {
        case 0: predictor = 0; break;
        case 1: predictor = left; break;
        case 2: predictor = up; break;
        case 3: predictor = (left + up) >> 1; break;
        case 4: {
          const estimate = left + up - upLeft;
          const pa = Math.abs(estimate - left), pb = Math.abs(estimate - up), pc = Math.abs(estimate - upLeft);
          predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default: return null;
      }
      out[at + i] = (line[i]! + predictor) & 0xff;
    }
  }
  return out;
}
