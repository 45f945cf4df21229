import { verify, type KeyObject } from 'node:crypto';
import type { CertificateClaims } from '../../../shared/domain/certificates';
import { decodeBase32, encodeBase32 } from './base32';

/**
 * The code a certificate's QR carries: a compact binary record, its Ed25519 signature, all in base32.
 *
 *   u8 version | 4 bytes key id | u16 start day | u8 days to end | u16 tenths of hours
 *   | number | module id | name          (each: LEB128 byte length, then UTF-8)
 *   | 64-byte signature over a context string and everything before it
 *
 * Days count from 2000-01-01. About 120 bytes, so about 190 characters: a version 8 QR code at level M.
 */
export const CODE_VERSION = 1;
const SIGNATURE_BYTES = 64;
const HEADER_BYTES = 10;
const CONTEXT = Buffer.from('SCORE certificate\0', 'ascii');
const EPOCH = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;

export interface DecodedCode {
  keyId: string;
  claims: CertificateClaims;
  payload: Uint8Array;
  signature: Uint8Array;
}

const toDay = (isoDate: string) => Math.round((Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) - EPOCH) / DAY);
const fromDay = (day: number) => new Date(EPOCH + day * DAY).toISOString().slice(0, 10);

function writeText(out: number[], text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let length = bytes.length;
  while (length >= 0x80) {
    out.push((length & 0x7f) | 0x80);
    length >>>= 7;
  }
  out.push(length, ...bytes);
}

/** The signed part. Throws on values outside what the format can hold (the issuer checks before signing). */
export function encodeClaims(keyId: string, claims: CertificateClaims): Uint8Array {
  const start = toDay(claims.startDate);
  const span = toDay(claims.endDate) - start;
  const tenths = Math.round(claims.hours * 10);
  if (!/^[0-9a-f]{8}$/.test(keyId)) throw new Error('key id must be 8 hex digits');
  if (start < 0 || start > 0xffff || span < 0 || span > 0xff || tenths < 0 || tenths > 0xffff) throw new Error('certificate dates or hours out of range');
  const out: number[] = [CODE_VERSION, ...Buffer.from(keyId, 'hex'), start >> 8, start & 0xff, span, tenths >> 8, tenths & 0xff];
  writeText(out, claims.number);
  writeText(out, claims.moduleId);
  writeText(out, claims.participantName);
  return new Uint8Array(out);
}

export function signedMessage(payload: Uint8Array): Uint8Array {
  return Buffer.concat([CONTEXT, payload]);
}

export function formatCode(payload: Uint8Array, signature: Uint8Array): string {
  return encodeBase32(Buffer.concat([payload, signature]));
}

/** Null for anything that is not a well-formed code of a version we know. */
export function parseCode(text: string): DecodedCode | null {
  const bytes = decodeBase32(text);
  if (!bytes || bytes.length < HEADER_BYTES + 3 + SIGNATURE_BYTES || bytes[0] !== CODE_VERSION) return null;
  const payload = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  const signature = bytes.subarray(bytes.length - SIGNATURE_BYTES);
  let offset = HEADER_BYTES;
  const readText = (): string | null => {
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = payload[offset++];
      if (byte === undefined || shift > 14) return null;
      length |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    if (offset + length > payload.length) return null;
    const text = Buffer.from(payload.subarray(offset, offset + length)).toString('utf8');
    offset += length;
    return text;
  };
  const number = readText();
  const moduleId = readText();
  const participantName = readText();
  if (number === null || moduleId === null || participantName === null || offset !== payload.length) return null;
  const start = (payload[5]! << 8) | payload[6]!;
  return {
    keyId: Buffer.from(payload.subarray(1, 5)).toString('hex'),
    claims: {
      number,
      participantName,
      moduleId,
      startDate: fromDay(start),
      endDate: fromDay(start + payload[7]!),
      hours: ((payload[8]! << 8) | payload[9]!) / 10,
    },
    payload,
    signature,
  };
}

export function signatureValid(decoded: DecodedCode, publicKey: KeyObject): boolean {
  return verify(null, signedMessage(decoded.payload), publicKey, decoded.signature);
}
