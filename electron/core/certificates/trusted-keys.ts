import { z } from 'zod';
import { AppError } from '../../../shared/api/result';
import type { TrustedKeySummary } from '../../../shared/domain/certificates';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import { keyIdOf } from './signing-key';

/** The public-key file one installation exports and another imports: small JSON a trainer can e-mail or copy. */
export const PUBLIC_KEY_FILE_FORMAT = 'score-certificate-public-key';

const common = {
  format: z.literal(PUBLIC_KEY_FILE_FORMAT),
  keyId: z.string().regex(/^[0-9a-f]{8}$/),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  exportedAt: z.string().max(40),
};
/** Version 2 names the trainer and the organisation; version 1 files (one label) still import. */
const publicKeyFile = z.discriminatedUnion('version', [
  z.object({ ...common, version: z.literal(1), label: z.string().trim().min(1).max(200) }).strict(),
  z.object({ ...common, version: z.literal(2), trainerName: z.string().trim().max(80), organisation: z.string().trim().max(120) }).strict(),
]);

export interface PublicKeyFile {
  keyId: string;
  publicKey: Uint8Array;
  trainerName: string;
  organisation: string;
}

export function formatPublicKeyFile(key: PublicKeyFile): string {
  const file = {
    format: PUBLIC_KEY_FILE_FORMAT,
    version: 2,
    keyId: key.keyId,
    publicKey: Buffer.from(key.publicKey).toString('base64'),
    trainerName: key.trainerName,
    organisation: key.organisation,
    exportedAt: nowIso(),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
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
  const names = parsed.data.version === 1 ? { trainerName: parsed.data.label, organisation: '' } : parsed.data;
  return { keyId: parsed.data.keyId, publicKey, trainerName: names.trainerName, organisation: names.organisation };
}

/** How a key is named on screen: the trainer and the organisation, whichever are known. */
export function keyLabel(trainerName: string, organisation: string, keyId: string): string {
  return [trainerName, organisation].filter(Boolean).join(' · ') || keyId;
}

interface TrustedKeyRow {
  key_id: string;
  public_key: Buffer;
  trainer_name: string;
  organisation: string;
  withdrawn_from: string | null;
  created_at: string;
  list_issued_at: string | null;
}

const SELECT = `SELECT k.key_id, k.public_key, k.trainer_name, k.organisation, k.withdrawn_from, k.created_at, l.issued_at AS list_issued_at
  FROM trusted_keys k LEFT JOIN revocation_lists l ON l.key_id = k.key_id`;

function summary(row: TrustedKeyRow): TrustedKeySummary {
  return {
    keyId: row.key_id,
    label: keyLabel(row.trainer_name, row.organisation, row.key_id),
    trainerName: row.trainer_name,
    organisation: row.organisation,
    own: false,
    addedAt: row.created_at,
    withdrawnFrom: row.withdrawn_from,
    revocationListDate: row.list_issued_at,
  };
}

/** Public keys of other trainers' installations, imported from their key files. */
export class TrustedKeyRepository {
  constructor(private readonly db: Db) {}

  list(): TrustedKeySummary[] {
    return (this.db.prepare(`${SELECT} ORDER BY k.trainer_name, k.organisation, k.key_id`).all() as TrustedKeyRow[]).map(summary);
  }

  find(keyId: string): (TrustedKeySummary & { publicKey: Uint8Array }) | undefined {
    const row = this.db.prepare(`${SELECT} WHERE k.key_id = ?`).get(keyId) as TrustedKeyRow | undefined;
    return row && { ...summary(row), publicKey: new Uint8Array(row.public_key) };
  }

  /** Adds the key, or renames it if it is already known. */
  save(key: PublicKeyFile): TrustedKeySummary {
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO trusted_keys (id, key_id, public_key, label, trainer_name, organisation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(key_id) DO UPDATE SET label = excluded.label, trainer_name = excluded.trainer_name, organisation = excluded.organisation,
           updated_at = excluded.updated_at`,
      )
      .run(newId(), key.keyId, Buffer.from(key.publicKey), keyLabel(key.trainerName, key.organisation, key.keyId), key.trainerName, key.organisation, now, now);
    return this.find(key.keyId)!;
  }

  /** From this day on, codes signed with the key are not to be trusted (its owner lost it, or left); null undoes it. */
  setWithdrawnFrom(keyId: string, from: string | null): void {
    const result = this.db.prepare('UPDATE trusted_keys SET withdrawn_from = ?, updated_at = ? WHERE key_id = ?').run(from, nowIso(), keyId);
    if (result.changes === 0) throw new AppError('NOT_FOUND', { keyId });
  }

  remove(keyId: string): void {
    const result = this.db.prepare('DELETE FROM trusted_keys WHERE key_id = ?').run(keyId);
    if (result.changes === 0) throw new AppError('NOT_FOUND', { keyId });
  }
}
