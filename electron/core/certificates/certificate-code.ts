import { verify, type KeyObject } from 'node:crypto';
import type { CertificateClaims, ModuleClaim, Signer } from '../../../shared/domain/certificates';
import { MAX_PROGRAMME_WORKSHOPS } from '../../../shared/domain/programmes';
import { decodeBase32, encodeBase32 } from './base32';
import { ByteReader, fromDay, toDay, writeText, writeU16 } from './code-bytes';

/**
 * The code a certificate's QR carries: a compact binary record, its Ed25519 signature, all in base32.
 *
 * Version 2 (issued now) signs every field the certificate prints:
 *   u8 2 | 4 bytes key id | u16 issue day
 *   | number | name | organisation | replaced number | programme title     (each: LEB128 length, UTF-8; '' for none)
 *   | u8 module count | each: module id, u16 start day, u8 days to end, u16 tenths of hours
 *   | u8 signer count | each signer's name and title
 *   | 64-byte signature over a context string and everything before it
 *   [| co-signer's 4-byte key id | their 64-byte signature over another context string and the same record]
 *
 * Version 1 (still verified):
 *   u8 1 | 4 bytes key id | u16 start day | u8 days to end | u16 tenths of hours | number | module id | name | signature
 *
 * Days count from 2000-01-01. A workshop certificate with one signer and a CJK organisation is about 180 bytes,
 * under 311 characters (a version 10 QR code at level M); two signers and a replaced number, or a programme of
 * two modules, stay under 362 (version 11); the co-signer's signature adds 109 characters.
 */
export const CODE_VERSION = 2;
const SIGNATURE_BYTES = 64;
const CONTEXT = Buffer.from('SCORE certificate\0', 'ascii');
const COUNTERSIGN_CONTEXT = Buffer.from('SCORE certificate countersignature\0', 'ascii');
/** A co-signer's 4-byte key id and 64-byte signature, after the issuer's signature. */
const COUNTERSIGNATURE_BYTES = 68;
/** What a countersignature adds to a code's length, rounding included. */
export const COUNTERSIGNATURE_CHARS = Math.ceil((COUNTERSIGNATURE_BYTES * 8) / 5) + 1;
/** Two signature lines fit on the paper. */
export const MAX_SIGNERS = 2;
export const MAX_MODULES = MAX_PROGRAMME_WORKSHOPS;

/** A co-signer's signature, added on their own computer after issue. */
export interface Countersignature {
  keyId: string;
  signature: Uint8Array;
}

export interface DecodedCode {
  version: number;
  keyId: string;
  claims: CertificateClaims;
  payload: Uint8Array;
  signature: Uint8Array;
  countersignature: Countersignature | null;
}

/** The claims a version 2 code signs: all of them filled. */
export type IssuedClaims = CertificateClaims & { issuedOn: string; organisationName: string; signers: Signer[] };

/** The signed part. Throws on values outside what the format can hold (the issuer checks before signing). */
export function encodeClaims(keyId: string, claims: IssuedClaims): Uint8Array {
  if (!/^[0-9a-f]{8}$/.test(keyId)) throw new Error('key id must be 8 hex digits');
  if (claims.signers.length > MAX_SIGNERS) throw new Error('too many signers');
  if (claims.modules.length < 1 || claims.modules.length > MAX_MODULES) throw new Error('a certificate covers 1 to 4 modules');
  const out: number[] = [CODE_VERSION, ...Buffer.from(keyId, 'hex')];
  writeU16(out, inRange(toDay(claims.issuedOn), 0xffff));
  for (const text of [claims.number, claims.participantName, claims.organisationName, claims.replaces ?? '', claims.programmeTitle ?? '']) writeText(out, text);
  out.push(claims.modules.length);
  for (const module of claims.modules) {
    const start = toDay(module.startDate);
    writeText(out, module.moduleId);
    writeU16(out, inRange(start, 0xffff));
    out.push(inRange(toDay(module.endDate) - start, 0xff));
    writeU16(out, inRange(Math.round(module.hours * 10), 0xffff));
  }
  out.push(claims.signers.length);
  for (const signer of claims.signers) {
    writeText(out, signer.name);
    writeText(out, signer.title);
  }
  return new Uint8Array(out);
}

function inRange(value: number, max: number): number {
  if (!(value >= 0 && value <= max)) throw new Error('certificate dates or hours out of range');
  return value;
}

export function signedMessage(payload: Uint8Array): Uint8Array {
  return Buffer.concat([CONTEXT, payload]);
}

/** What a co-signer's key signs: the same payload under its own context, so neither signature stands for the other. */
export function countersignedMessage(payload: Uint8Array): Uint8Array {
  return Buffer.concat([COUNTERSIGN_CONTEXT, payload]);
}

export function formatCode(payload: Uint8Array, signature: Uint8Array, countersignature?: Countersignature): string {
  const tail = countersignature ? [Buffer.from(countersignature.keyId, 'hex'), countersignature.signature] : [];
  return encodeBase32(Buffer.concat([payload, signature, ...tail]));
}

/** Null for anything that is not a well-formed code of a version we know. */
export function parseCode(text: string): DecodedCode | null {
  const bytes = decodeBase32(text);
  if (!bytes || bytes.length < 16 + SIGNATURE_BYTES) return null;
  // A payload parses only when it ends exactly where its fields do, so the two lengths cannot be confused.
  return decodeWithTail(bytes, 0) ?? (bytes[0] === 2 ? decodeWithTail(bytes, COUNTERSIGNATURE_BYTES) : null);
}

function decodeWithTail(bytes: Uint8Array, tail: number): DecodedCode | null {
  const end = bytes.length - SIGNATURE_BYTES - tail;
  if (end < 16) return null;
  const version = bytes[0]!;
  const payload = bytes.subarray(0, end);
  const reader = new ByteReader(payload, 5);
  const claims = version === 1 ? readV1(reader) : version === 2 ? readV2(reader) : null;
  if (!claims || !reader.done) return null;
  const rest = bytes.subarray(end + SIGNATURE_BYTES);
  const countersignature = tail > 0 ? { keyId: Buffer.from(rest.subarray(0, 4)).toString('hex'), signature: rest.subarray(4) } : null;
  return { version, keyId: Buffer.from(payload.subarray(1, 5)).toString('hex'), claims, payload, signature: bytes.subarray(end, end + SIGNATURE_BYTES), countersignature };
}

function readModule(reader: ByteReader, moduleId: string | null): ModuleClaim | null {
  const start = reader.u16();
  const span = reader.u8();
  const tenths = reader.u16();
  if (moduleId === null || start === null || span === null || tenths === null) return null;
  return { moduleId, startDate: fromDay(start), endDate: fromDay(start + span), hours: tenths / 10 };
}

function readV1(reader: ByteReader): CertificateClaims | null {
  const fields = { start: reader.u16(), span: reader.u8(), tenths: reader.u16() };
  const number = reader.text();
  const moduleId = reader.text();
  const participantName = reader.text();
  if (number === null || moduleId === null || participantName === null || fields.start === null || fields.span === null || fields.tenths === null) return null;
  const module = { moduleId, startDate: fromDay(fields.start), endDate: fromDay(fields.start + fields.span), hours: fields.tenths / 10 };
  return { number, participantName, modules: [module], programmeTitle: null, issuedOn: null, organisationName: null, signers: null, replaces: null };
}

function readV2(reader: ByteReader): CertificateClaims | null {
  const issued = reader.u16();
  const [number, participantName, organisationName, replaces, programmeTitle] = [reader.text(), reader.text(), reader.text(), reader.text(), reader.text()];
  const moduleCount = reader.u8();
  if (issued === null || number === null || participantName === null || organisationName === null || replaces === null || programmeTitle === null) return null;
  if (moduleCount === null || moduleCount < 1 || moduleCount > MAX_MODULES) return null;
  const modules: ModuleClaim[] = [];
  for (let i = 0; i < moduleCount; i++) {
    const module = readModule(reader, reader.text());
    if (!module) return null;
    modules.push(module);
  }
  const signerCount = reader.u8();
  if (signerCount === null || signerCount > MAX_SIGNERS) return null;
  const signers: Signer[] = [];
  for (let i = 0; i < signerCount; i++) {
    const name = reader.text();
    const title = reader.text();
    if (name === null || title === null) return null;
    signers.push({ name, title });
  }
  return { number, participantName, modules, programmeTitle: programmeTitle || null, issuedOn: fromDay(issued), organisationName, signers, replaces: replaces || null };
}

export function signatureValid(decoded: DecodedCode, publicKey: KeyObject): boolean {
  return verify(null, signedMessage(decoded.payload), publicKey, decoded.signature);
}
