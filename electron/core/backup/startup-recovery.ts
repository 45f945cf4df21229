import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { SavedBackup } from '../../../shared/domain/backup';
import { BACKUP_EXTRA_FILES } from '../backup-extra-files';
import { writeFileAtomically } from '../files/write-atomically';
import { readBackup } from './backup-reader';
import { placeStagedPhotos, removeStagedPhotos } from './staged-photos';
import { checkCandidate } from './check-candidate';
import { listSavedBackups } from './saved-backups';

export const backupsDirOf = (dataDir: string) => join(dataDir, 'backups');

/** A database file of 0 bytes holds nothing: a crash or a full disk emptied it, it is not a new installation. */
export function isEmptyFile(file: string): boolean {
  return existsSync(file) && statSync(file).size === 0;
}

export function newestBackup(dataDir: string): SavedBackup | undefined {
  return listSavedBackups(backupsDirOf(dataDir))[0];
}

/**
 * At start, before the Core exists: puts the newest saved backup in place of a damaged database. The backup is
 * checked as any restore is; the damaged file is kept beside it (`score.sqlite.damaged-<time>`), never deleted.
 */
export async function restoreNewestBackup(dataDir: string, databaseFile: string, now = Date.now()): Promise<SavedBackup> {
  const saved = newestBackup(dataDir);
  if (!saved) throw new AppError('NOT_FOUND');
  const candidate = join(dataDir, `.restore-${randomUUID()}.sqlite`);
  let contents: Awaited<ReturnType<typeof readBackup>>;
  try {
    contents = await readBackup(readFileSync(join(backupsDirOf(dataDir), saved.name)), candidate);
    checkCandidate(candidate);
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(`${databaseFile}${suffix}`)) renameSync(`${databaseFile}${suffix}`, `${databaseFile}.damaged-${now}${suffix}`);
    }
    renameSync(candidate, databaseFile);
    placeStagedPhotos(candidate, dataDir, contents.photos);
  } finally {
    rmSync(candidate, { force: true });
    removeStagedPhotos(candidate);
  }
  const allowed = new Set(BACKUP_EXTRA_FILES.map((path) => path.split(/[\\/]/).join('/')));
  for (const [path, data] of contents.files) {
    if (allowed.has(path)) writeFileAtomically(join(dataDir, ...path.split('/')), data, 0o600);
  }
  return saved;
}
