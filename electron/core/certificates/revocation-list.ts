import { verify } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/api/result';
import type { RevocationEntry } from '../../../shared/domain/certificates';
import { publicKeyFromRaw } from './signing-key';

/**
 * The revocation list one installation exports and others import beside its public key: every certificate it has
 * revoked or replaced, dated and signed with its key, so that a copy cannot be edited or passed off as another
 * trainer's. Open Badges answers revocation the same way.
 */
export const REVOCATION_LIST_FORMAT = 'score-certificate-revocation-list';
const CONTEXT = 'SCORE revocation list\0';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const entry = z.discriminatedUnion('kind', [
  z.object({ number: z.string().min(1).max(60), kind: z.literal('revoked'), on: isoDate, reason: z.string().max(500) }).strict(),
  z.object({ number: z.string().min(1).max(60), kind: z.literal('replaced'), on: isoDate, by: z.string().min(1).max(60) }).strict(),
]);
const listFile = z
  .object({
    format: z.literal(REVOCATION_LIST_FORMAT),
    version: z.literal(1),
    keyId: z.string().regex(/^[0-9a-f]{8}$/),
    issuedAt: z.string().datetime(),
    entries: z.array(entry).max(100_000),
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
  })
  .strict();

export interface RevocationList {
  keyId: string;
  /** When the list was made: a newer list replaces an older one, never the other way round. */
  issuedAt: string;
  entries: RevocationEntry[];
}

/** The exact bytes signed: the fields in a fixed order, so that parsing and re-serialising cannot change them. */
function signedBytes(list: RevocationList): Buffer {
  const entries = list.entries.map((e) => (e.kind === 'revoked' ? [e.number, e.kind, e.on, e.reason] : [e.number, e.kind, e.on, e.by]));
  return Buffer.from(CONTEXT + JSON.stringify([REVOCATION_LIST_FORMAT, 1, list.keyId, list.issuedAt, entries]), 'utf8');
}

export function formatRevocationList(list: RevocationList, sign: (message: Uint8Array) => Uint8Array): string {
  const signature = Buffer.from(sign(signedBytes(list))).toString('base64');
  return `${JSON.stringify({ format: REVOCATION_LIST_FORMAT, version: 1, keyId: list.keyId, issuedAt: list.issuedAt, entries: list.entries, signature }, null, 2)}\n`;
}

/** The list's key id, before its signature is checked (to find the key to check it with). */
export function parseRevocationList(bytes: Uint8Array): RevocationList & { signature: Uint8Array } {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('IMPORT_INVALID', { reason: 'not-a-revocation-list' });
  }
  const parsed = listFile.safeParse(raw);
  if (!parsed.success) throw new AppError('IMPORT_INVALID', { reason: 'not-a-revocation-list' });
  const { keyId, issuedAt, entries, signature } = parsed.data;
  return { keyId, issuedAt, entries, signature: new Uint8Array(Buffer.from(signature, 'base64')) };
}

export function revocationListSignatureValid(list: RevocationList & { signature: Uint8Array }, rawPublicKey: Uint8Array): boolean {
  return verify(null, signedBytes(list), publicKeyFromRaw(rawPublicKey), list.signature);
}
