/** The small binary pieces certificate codes are built from: days since 2000, and length-prefixed UTF-8 text. */
const EPOCH = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;

export const toDay = (isoDate: string) => Math.round((Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) - EPOCH) / DAY);
export const fromDay = (day: number) => new Date(EPOCH + day * DAY).toISOString().slice(0, 10);

/** LEB128 byte length, then the UTF-8 bytes. */
export function writeText(out: number[], text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let length = bytes.length;
  while (length >= 0x80) {
    out.push((length & 0x7f) | 0x80);
    length >>>= 7;
  }
  out.push(length, ...bytes);
}

export function writeU16(out: number[], value: number): void {
  out.push(value >> 8, value & 0xff);
}

/** Reads forward through a payload; every read returns null once the bytes run out or do not fit. */
export class ByteReader {
  constructor(
    private readonly bytes: Uint8Array,
    public offset: number,
  ) {}

  get done(): boolean {
    return this.offset === this.bytes.length;
  }

  u8(): number | null {
    return this.offset < this.bytes.length ? this.bytes[this.offset++]! : null;
  }

  u16(): number | null {
    if (this.offset + 2 > this.bytes.length) return null;
    const value = (this.bytes[this.offset]! << 8) | this.bytes[this.offset + 1]!;
    this.offset += 2;
    return value;
  }

  text(): string | null {
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.u8();
      if (byte === null || shift > 14) return null;
      length |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    if (this.offset + length > this.bytes.length) return null;
    const text = Buffer.from(this.bytes.subarray(this.offset, this.offset + length)).toString('utf8');
    this.offset += length;
    return text;
  }
}
