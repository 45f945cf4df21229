import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { AppError } from '../../../shared/api/result';

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

export interface BackupContents {
  manifest: BackupManifest | null;
  database: Uint8Array;
  /** Extra files by their POSIX path relative to the data folder. */
  files: Map<string, Uint8Array>;
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

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Room for the photos of a large installation (the bench has 2,000) besides the database and the signing key. */
const MAX_ENTRIES = 50_000;
const MAX_DATABASE_BYTES = 4 * 1024 * 1024 * 1024 - 1;
const MAX_FILE_BYTES = 1024 * 1024;
/** A 1,600-pixel JPEG of a busy scene can pass 1 MB; far below this. */
const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

/**
 * Reads a backup: our .zip (checksums verified), or a bare SQLite file (a copy of score.sqlite, or one of the
 * copies the app keeps before a schema upgrade). Anything else is refused as not ours.
 */
export async function readBackup(bytes: Uint8Array): Promise<BackupContents> {
  if (Buffer.from(bytes.subarray(0, 16)).equals(SQLITE_HEADER)) return { manifest: null, database: bytes, files: new Map() };
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new AppError('BACKUP_NOT_OURS');
  const entries = await readZipEntries(bytes);
  const manifestBytes = entries.get(MANIFEST_ENTRY);
  if (!manifestBytes) throw new AppError('BACKUP_NOT_OURS');
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(Buffer.from(manifestBytes).toString('utf8')) as BackupManifest;
  } catch {
    throw new AppError('BACKUP_CORRUPT');
  }
  if (manifest.format !== BACKUP_FORMAT) throw new AppError('BACKUP_NOT_OURS');
  if (typeof manifest.formatVersion !== 'number' || manifest.formatVersion > BACKUP_FORMAT_VERSION) throw new AppError('BACKUP_TOO_NEW');
  const database = entries.get(manifest.database?.entry);
  if (!database || sha256(database) !== manifest.database.sha256) throw new AppError('BACKUP_CORRUPT');
  const files = new Map<string, Uint8Array>();
  for (const file of Array.isArray(manifest.files) ? manifest.files : []) {
    const data = entries.get(file.entry);
    if (!data || sha256(data) !== file.sha256) throw new AppError('BACKUP_CORRUPT');
    files.set(file.path, data);
  }
  return { manifest, database, files };
}

function readZipEntries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  return new Promise((resolve, reject) => {
    const corrupt = () => new AppError('BACKUP_CORRUPT');
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return reject(corrupt());
      if (zip.entryCount > MAX_ENTRIES) return reject(new AppError('BACKUP_NOT_OURS'));
      const entries = new Map<string, Uint8Array>();
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        const limit = entry.fileName === DATABASE_ENTRY ? MAX_DATABASE_BYTES : entry.fileName.startsWith('files/photos/') ? MAX_PHOTO_BYTES : MAX_FILE_BYTES;
        if (entry.uncompressedSize > limit) return reject(corrupt());
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(corrupt());
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', () => reject(corrupt()));
          stream.on('end', () => {
            entries.set(entry.fileName, new Uint8Array(Buffer.concat(chunks)));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', () => reject(corrupt()));
      zip.readEntry();
    });
  });
}
