import { randomBytes } from 'node:crypto';
import { decodeBase32, encodeBase32 } from '../certificates/base32';

const CODE_BYTES = 15;

/**
 * A recovery code: 120 random bits as 24 base32 characters in groups of four, shown once when the PIN is set, to
 * be written down or printed. So many bits cannot be guessed, so it needs no lockout and still works while
 * the PIN is locked.
 */
export function newRecoveryCode(): string {
  return encodeBase32(randomBytes(CODE_BYTES)).match(/.{4}/g)!.join('-');
}

/** The code as typed, reduced to one spelling (case, spaces, hyphens and look-alike letters ignored); null if it cannot be one. */
export function normalizeRecoveryCode(typed: string): string | null {
  const bytes = decodeBase32(typed);
  return bytes && bytes.length === CODE_BYTES ? encodeBase32(bytes) : null;
}
