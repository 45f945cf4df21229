import { z } from 'zod';
import { AppError } from '../../../shared/api/result';
import type { TrustedKeySummary } from '../../../shared/domain/certificates';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import { keyIdOf } from './signing-key';

/** The public-key file one installation exports and another imports: small JSON a trainer can e-mail or copy. */
export const PUBLIC_KEY_FILE_FORMAT = 'score-certificate-public-key';

const publicKeyFile = z
  .object({
    format: z.literal(PUBLIC_KEY_FILE_FORMAT),
    version: z.literal(1),
    keyId: z.string().regex(/^[0-9a-f]{8}$/),
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    label: z.string().trim().min(1).max(200),
    exportedAt: z.string().max(40),
  })
  .strict();

export interface PublicKeyFile {
  keyId: string;
  publicKey: Uint8Array;
  label: string;
}

export function formatPublicKeyFile(key: PublicKeyFile): string {
  return `${JSON.stringify(
    { format: PUBLIC_KEY_FILE_FORMAT, version: 1, keyId: key.keyId, publicKey: Buffer.from(key.publicKey).toString('base64'), label: key.label, exportedAt: nowIso() },
    null,
    2,
  )}\n`;
}

/** Throws IMPORT_INVALID for anything but a well-formed file whose key id matches its key. */
export function parsePublicKeyFile(bytes: Uint8Array): PublicKeyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('IMPORT_INVALID', { reason: 'not-a-key-file' });
  }
  const parsed = publicKeyFile.safeParse(raw);
  if (!parsed.success) throw new AppError('IMPORT_INVALID', { reason: 'not-a-key-file' });
  const publicKey = new Uint8Array(Buffer.from(parsed.data.publicKey, 'base64'));
  if (keyIdOf(publicKey) !== parsed.data.keyId) throw new AppError('IMPORT_INVALID', { reason: 'key-id-mismatch' });
  return { keyId: parsed.data.keyId, publicKey, label: parsed.data.label };
}

interface TrustedKeyRow {
  key_id: string;
  public_key: Buffer;
  label: string;
  created_at: string;
}

/** Public keys of other trainers' installations, imported from their key files. */
export class TrustedKeyRepository {
  constructor(private readonly db: Db) {}

  list(): TrustedKeySummary[] {
    const rows = this.db.prepare('SELECT key_id, public_key, label, created_at FROM trusted_keys ORDER BY label, key_id').all() as TrustedKeyRow[];
    return rows.map((row) => ({ keyId: row.key_id, label: row.label, own: false, addedAt: row.created_at }));
  }

  find(keyId: string): (TrustedKeySummary & { publicKey: Uint8Array }) | undefined {
    const row = this.db.prepare('SELECT key_id, public_key, label, created_at FROM trusted_keys WHERE key_id = ?').get(keyId) as TrustedKeyRow | undefined;
    return row && { keyId: row.key_id, label: row.label, own: false, addedAt: row.created_at, publicKey: new Uint8Array(row.public_key) };
  }

  /** Adds the key, or renames it if it is already known. */
  save(key: PublicKeyFile): TrustedKeySummary {
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO trusted_keys (id, key_id, public_key, label, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(key_id) DO UPDATE SET label = excluded.label, updated_at = excluded.updated_at`,
      )
      .run(newId(), key.keyId, Buffer.from(key.publicKey), key.label, now, now);
    return this.list().find((k) => k.keyId === key.keyId)!;
  }

  remove(keyId: string): void {
    const result = this.db.prepare('DELETE FROM trusted_keys WHERE key_id = ?').run(keyId);
    if (result.changes === 0) throw new AppError('NOT_FOUND', { keyId });
  }
}
