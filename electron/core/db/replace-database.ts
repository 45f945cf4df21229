import { existsSync, renameSync, rmSync } from 'node:fs';
import { openDatabase, type Db } from './open-database';

function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Puts a checked candidate file in place of the live database: close (SQLite checkpoints and removes the WAL),
 * move the old file aside, rename the candidate in (same folder, so the rename is atomic), open it (migrating an
 * older schema), and hand the new connection to `adopt`. If anything fails, the old file goes back and is reopened
 * (and adopted), so the app is never left without its database. Synchronous from close to reopen: no request runs
 * in between.
 */
export function replaceDatabaseFile(current: Db, file: string, candidate: string, adopt: (db: Db) => void): void {
  current.close();
  removeSidecars(file);
  const aside = `${file}.replaced-${Date.now()}`;
  renameSync(file, aside);
  try {
    removeSidecars(candidate);
    renameSync(candidate, file);
    adopt(openDatabase(file));
  } catch (error) {
    if (existsSync(file)) rmSync(file);
    removeSidecars(file);
    renameSync(aside, file);
    adopt(openDatabase(file));
    throw error;
  }
  rmSync(aside, { force: true });
}
