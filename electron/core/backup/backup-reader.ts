import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { AppError } from '../../../shared/api/result';
import { hashOfPhotoPath } from '../follow-up/photo-files';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_ENTRY, sha256, type BackupManifest } from './backup-archive';

export interface BackupContents {
  manifest: BackupManifest | null;
  /** Extra files by their POSIX path relative to the data folder. */
  files: Map<string, Uint8Array>;
  /** Follow-up photos by their POSIX path, streamed into `stagedPhotosDir(databaseFile)` under the same path. */
  photos: string[];
}

/** Where a restore's photos wait until the database is checked and swapped; the caller removes it. */
export function stagedPhotosDir(databaseFile: string): string {
  return `${databaseFile}.photos`;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Room for the photos of a large installation (the bench has 2,000) besides the database and the signing key. */
const MAX_ENTRIES = 50_000;
const MAX_DATABASE_BYTES = 4 * 1024 * 1024 * 1024 - 1;
const MAX_FILE_BYTES = 1024 * 1024;
/** A 1,600-pixel JPEG of a busy scene can pass 1 MB; far below this. */
const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
/** All photos together, held to what a disk can take: 50,000 entries of 8 MB each would not be. */
const MAX_PHOTOS_TOTAL_BYTES = 4 * 1024 * 1024 * 1024;
/**
 * SQLite pages full of zeros compress well, but not past this: a database entry inflating more than 100 times
 * its packed size (deflate allows about 1,000) is a bomb, refused before a byte is written.
 */
const MAX_DATABASE_RATIO = 100;
const RATIO_APPLIES_ABOVE = 16 * 1024 * 1024;

const corrupt = () => new AppError('BACKUP_CORRUPT');

/**
 * Reads a backup: our .zip (checksums verified), or a bare SQLite file (a copy of score.sqlite, or one of the
 * copies the app keeps before a schema upgrade). Anything else is refused as not ours. The database is streamed
 * into `databaseFile`, its running size held to the size the manifest declares, so an entry that inflates to
 * gigabytes is stopped at the first byte too many and memory stays flat.
 */
export async function readBackup(bytes: Uint8Array, databaseFile: string): Promise<BackupContents> {
  if (Buffer.from(bytes.subarray(0, 16)).equals(SQLITE_HEADER)) {
    writeFileSync(databaseFile, bytes, { mode: 0o600 });
    return { manifest: null, files: new Map(), photos: [] };
  }
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new AppError('BACKUP_NOT_OURS');
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > MAX_ENTRIES) throw new AppError('BACKUP_NOT_OURS');
    const entries = await listEntries(zip);
    const manifestEntry = entries.get(MANIFEST_ENTRY);
    if (!manifestEntry) throw new AppError('BACKUP_NOT_OURS');
    const manifest = parseManifest(await readSmall(zip, manifestEntry));
    const database = entries.get(manifest.database?.entry);
    const declared = manifest.database?.bytes;
    if (!database || !Number.isSafeInteger(declared) || declared > MAX_DATABASE_BYTES || database.uncompressedSize !== declared) throw corrupt();
    if (declared > RATIO_APPLIES_ABOVE && declared > database.compressedSize * MAX_DATABASE_RATIO) throw corrupt();
    if ((await streamToFile(zip, database, databaseFile, declared)) !== manifest.database.sha256) throw corrupt();
    const files = new Map<string, Uint8Array>();
    const photos: string[] = [];
    let photoBytes = 0;
    for (const file of Array.isArray(manifest.files) ? manifest.files : []) {
      const entry = entries.get(file.entry);
      if (!entry) throw corrupt();
      const photoHash = typeof file.path === 'string' ? hashOfPhotoPath(file.path) : undefined;
      if (photoHash !== undefined) {
        // A photo's name is its checksum: it must agree with the manifest and with the bytes streamed to disk.
        photoBytes += entry.uncompressedSize;
        if (file.sha256 !== photoHash || entry.uncompressedSize > MAX_PHOTO_BYTES || photoBytes > MAX_PHOTOS_TOTAL_BYTES) throw corrupt();
        const staged = join(stagedPhotosDir(databaseFile), ...file.path.split('/'));
        mkdirSync(dirname(staged), { recursive: true });
        if ((await streamToFile(zip, entry, staged, entry.uncompressedSize)) !== photoHash) throw corrupt();
        photos.push(file.path);
        continue;
      }
      const data = await readSmall(zip, entry);
      if (sha256(data) !== file.sha256) throw corrupt();
      files.set(file.path, data);
    }
    return { manifest, files, photos };
  } finally {
    zip.close();
  }
}

function parseManifest(bytes: Uint8Array): BackupManifest {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(Buffer.from(bytes).toString('utf8')) as BackupManifest;
  } catch {
    throw corrupt();
  }
  if (manifest?.format !== BACKUP_FORMAT) throw new AppError('BACKUP_NOT_OURS');
  if (typeof manifest.formatVersion !== 'number' || manifest.formatVersion > BACKUP_FORMAT_VERSION) throw new AppError('BACKUP_TOO_NEW');
  return manifest;
}

function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, strictFileNames: true, validateEntrySizes: true, autoClose: false }, (error, zip) =>
      error || !zip ? reject(corrupt()) : resolve(zip),
    );
  });
}

/** The central directory only: names and declared sizes, nothing inflated yet. */
function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', () => reject(corrupt()));
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error || !stream ? reject(corrupt()) : resolve(stream)));
  });
}

/** The manifest and the extra files: small by definition, refused past 1 MB as they arrive. */
async function readSmall(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Uint8Array> {
  if (entry.uncompressedSize > MAX_FILE_BYTES) throw corrupt();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of await openEntry(zip, entry)) {
      size += (chunk as Buffer).length;
      if (size > MAX_FILE_BYTES) throw corrupt();
      chunks.push(chunk as Buffer);
    }
  } catch {
    throw corrupt();
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Streams an entry to a file, hashing it, and stops as soon as more than `declared` bytes arrive. Returns the SHA-256. */
async function streamToFile(zip: yauzl.ZipFile, entry: yauzl.Entry, file: string, declared: number): Promise<string> {
  const hash = createHash('sha256');
  let size = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > declared) return done(corrupt());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(await openEntry(zip, entry), guard, createWriteStream(file, { mode: 0o600 }));
  } catch {
    throw corrupt();
  }
  if (size !== declared) throw corrupt();
  return hash.digest('hex');
}
