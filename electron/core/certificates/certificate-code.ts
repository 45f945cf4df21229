import { verify, type KeyObject } from 'node:crypto';
import type { CertificateClaims } from '../../../shared/domain/certificates';
import { decodeBase32, encodeBase32 } from './base32';
import { ByteReader, fromDay, toDay, writeText, writeU16 } from './code-bytes';

/**
 * The code a certificate's QR carries: a compact binary record, its Ed25519 signature, all in base32.
 *
 * Version 2 (issued now) signs every field the certificate prints:
 *   u8 2 | 4 bytes key id | u16 start day | u8 days to end | u16 tenths of hours | u16 issue day
 *   | number | module id | name | organisation | replaced number ('' for none)   (each: LEB128 length, UTF-8)
 *   | u8 signer count | each signer's name
 *   | 64-byte signature over a context string and everything before it
 *
 * Version 1 (still verified) stopped after the name and had no issue day. Days count from 2000-01-01.
 * One signer and a CJK organisation make about 180 bytes, under 311 characters (a version 10 QR code at level M);
 * two signers and a replaced number, up to about 205 bytes, 330 characters (version 11).
 */
export const CODE_VERSION = 2;
const SIGNATURE_BYTES = 64;
const CONTEXT = Buffer.from('SCORE certificate\0', 'ascii');
/** Two signature lines fit on the paper. */
export const MAX_SIGNERS = 2;

export interface DecodedCode {
  version: number;
  keyId: string;
  claims: CertificateClaims;
  payload: Uint8Array;
  signature: Uint8Array;
}

/** The claims a version 2 code signs: all of them filled. */
export type IssuedClaims = CertificateClaims & { issuedOn: string; organisationName: string; signerNames: string[] };

/** The signed part. Throws on values outside what the format can hold (the issuer checks before signing). */
export function encodeClaims(keyId: string, claims: IssuedClaims): Uint8Array {
  const start = toDay(claims.startDate);
  const span = toDay(claims.endDate) - start;
  const tenths = Math.round(claims.hours * 10);
  const issued = toDay(claims.issuedOn);
  if (!/^[0-9a-f]{8}$/.test(keyId)) throw new Error('key id must be 8 hex digits');
  if ([start, tenths, issued].some((v) => v < 0 || v > 0xffff) || span < 0 || span > 0xff) throw new Error('certificate dates or hours out of range');
  if (claims.signerNames.length > MAX_SIGNERS) throw new Error('too many signers');
  const out: number[] = [CODE_VERSION, ...Buffer.from(keyId, 'hex')];
  writeU16(out, start);
  out.push(span);
  writeU16(out, tenths);
  writeU16(out, issued);
  for (const text of [claims.number, claims.moduleId, claims.participantName, claims.organisationName, claims.replaces ?? '']) writeText(out, text);
  out.push(claims.signerNames.length);
  for (const name of claims.signerNames) writeText(out, name);
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
  if (!bytes || bytes.length < 16 + SIGNATURE_BYTES) return null;
  const version = bytes[0]!;
  if (version !== 1 && version !== 2) return null;
  const payload = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  const reader = new ByteReader(payload, 5);
  const start = reader.u16()!;
  const span = reader.u8()!;
  const tenths = reader.u16()!;
  const issued = version === 2 ? reader.u16() : null;
  const number = reader.text();
  const moduleId = reader.text();
  const participantName = reader.text();
  if (number === null || moduleId === null || participantName === null) return null;
  const claims: CertificateClaims = {
    number,
    participantName,
    moduleId,
    startDate: fromDay(start),
    endDate: fromDay(start + span),
    hours: tenths / 10,
    issuedOn: null,
    organisationName: null,
    signerNames: null,
    replaces: null,
  };
  if (version === 2) {
    const organisationName = reader.text();
    const replaces = reader.text();
    const count = reader.u8();
    if (issued === null || organisationName === null || replaces === null || count === null || count > MAX_SIGNERS) return null;
    const signerNames: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = reader.text();
      if (name === null) return null;
      signerNames.push(name);
    }
    Object.assign(claims, { issuedOn: fromDay(issued), organisationName, replaces: replaces || null, signerNames });
  }
  if (!reader.done) return null;
  return { version, keyId: Buffer.from(payload.subarray(1, 5)).toString('hex'), claims, payload, signature: bytes.subarray(bytes.length - SIGNATURE_BYTES) };
}

export function signatureValid(decoded: DecodedCode, publicKey: KeyObject): boolean {
  return verify(null, signedMessage(decoded.payload), publicKey, decoded.signature);
}
