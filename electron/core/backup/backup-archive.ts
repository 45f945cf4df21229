import { createHash } from 'node:crypto';
import yazl from 'yazl';

/**
 * The backup file: a .zip holding
 * - manifest.json: { format: "score-backup", formatVersion, appVersion, schemaVersion, createdAt,
 *   database: { entry, sha256, bytes }, files: [{ path, entry, sha256, bytes }] }
 * - score.sqlite: a consistent copy of the database (SQLite online backup)
 * - files/<path>: each extra file of the data folder listed in BACKUP_EXTRA_FILES (the certificate signing key),
 *   and each follow-up photo (photos/ab/<sha256>.jpg), by its POSIX path relative to the data folder.
 * Any zip tool can open it; the checksums let a restore refuse a damaged copy before touching anything.
 */
export const BACKUP_FORMAT = 'score-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const DATABASE_ENTRY = 'score.sqlite';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  database: { entry: string; sha256: string; bytes: number };
  files: Array<{ path: string; entry: string; sha256: string; bytes: number }>;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function writeBackupArchive(database: Uint8Array, files: ReadonlyMap<string, Uint8Array>, info: { appVersion: string; schemaVersion: number; createdAt: Date }): Promise<Uint8Array> {
  const entries = [...files].map(([path, bytes]) => ({ path, entry: `files/${path}`, sha256: sha256(bytes), bytes: bytes.length, data: bytes }));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: info.appVersion,
    schemaVersion: info.schemaVersion,
    createdAt: info.createdAt.toISOString(),
    database: { entry: DATABASE_ENTRY, sha256: sha256(database), bytes: database.length },
    files: entries.map(({ path, entry, sha256: hash, bytes }) => ({ path, entry, sha256: hash, bytes })),
  };
  const zip = new yazl.ZipFile();
  const mtime = info.createdAt;
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST_ENTRY, { mtime });
  zip.addBuffer(Buffer.from(database), DATABASE_ENTRY, { mtime });
  for (const entry of entries) zip.addBuffer(Buffer.from(entry.data), entry.entry, { mtime });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}
