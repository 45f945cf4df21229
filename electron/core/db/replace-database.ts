import { existsSync, renameSync, rmSync } from 'node:fs';
import { openDatabase, type Db } from './open-database';
import { currentConnection, swapConnection } from './swappable-database';

function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Puts a checked candidate file in place of the live database: close (SQLite checkpoints and removes the WAL),
 * move the old file aside, rename the candidate in (same folder, so the rename is atomic), open it (migrating an
 * older schema), and point the Core's handle at it. If anything fails, the old file goes back and is reopened,
 * so the app is never left without its database. Synchronous from close to reopen: no request runs in between.
 */
export function replaceDatabaseFile(handle: Db, file: string, candidate: string): void {
  currentConnection(handle).close();
  removeSidecars(file);
  const aside = `${file}.replaced-${Date.now()}`;
  renameSync(file, aside);
  try {
    removeSidecars(candidate);
    renameSync(candidate, file);
    swapConnection(handle, openDatabase(file));
  } catch (error) {
    if (existsSync(file)) rmSync(file);
    removeSidecars(file);
    renameSync(aside, file);
    swapConnection(handle, openDatabase(file));
    throw error;
  }
  rmSync(aside, { force: true });
}
