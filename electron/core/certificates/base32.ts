/**
 * Crockford's base32: digits and upper-case letters without I, L, O and U. It is what a QR code's alphanumeric
 * mode stores most densely, and it survives being typed: decoding ignores case, spaces and hyphens and reads
 * I and L as 1 and O as 0.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VALUES = new Map<string, number>([...ALPHABET].map((char, i) => [char, i]));
VALUES.set('I', 1);
VALUES.set('L', 1);
VALUES.set('O', 0);

export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Null when the text holds anything but base32 characters and separators, or trailing bits that are not zero. */
export function decodeBase32(text: string): Uint8Array | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '');
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = VALUES.get(char);
    if (value === undefined) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits >= 5 || buffer !== 0) return null;
  return new Uint8Array(out);
}
