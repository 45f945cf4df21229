import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** An 8-bit RGBA PNG from a pixel function; rows cycle through all five PNG filters, which the decoder must undo. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const stride = width * 4;
  const plain = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) plain.set(pixel(x, y), y * stride + x * 4);
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    raw[y * (stride + 1)] = filter;
    for (let i = 0; i < stride; i++) {
      const value = plain[y * stride + i]!;
      const left = i >= 4 ? plain[y * stride + i - 4]! : 0;
      const up = y > 0 ? plain[(y - 1) * stride + i]! : 0;
      const upLeft = y > 0 && i >= 4 ? plain[(y - 1) * stride + i - 4]! : 0;
      const estimate = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter]!;
      raw[y * (stride + 1) + 1 + i] = (value - predictor) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]),
  );
}

/** A handwritten-looking stroke on a transparent background. */
export function sampleSignature(): Uint8Array {
  return encodePng(360, 110, (x, y) => {
    const curve = 55 + 32 * Math.sin(x / 23) * Math.cos(x / 71) - (x > 250 ? (x - 250) * 0.2 : 0);
    const distance = Math.abs(y - curve);
    return distance < 3 ? [26, 35, 126, 255] : distance < 4.5 ? [26, 35, 126, 110] : [0, 0, 0, 0];
  });
}

/** A blue roundel with an orange bar: something that looks like a logo, with transparency around it. */
export function sampleLogo(): Uint8Array {
  return encodePng(240, 100, (x, y) => {
    const inCircle = (x - 50) ** 2 + (y - 50) ** 2 < 46 ** 2;
    if (inCircle) return (y - 50) ** 2 < 64 && x > 20 && x < 80 ? [232, 119, 46, 255] : [11, 92, 140, 255];
    if (x > 110 && x < 230 && y > 35 && y < 65) return [11, 92, 140, (y - 35) * 8];
    return [255, 255, 255, 0];
  });
}
