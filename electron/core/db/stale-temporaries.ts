import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The copies a backup or restore writes beside the database and removes when done (see backup/backup-service.ts),
 * and the folder a restore streams the backup's photos into (backup/backup-reader.ts).
 */
const WORKING_COPY = /^\.(restore|backup)-[0-9a-f-]{36}\.sqlite(-wal|-shm|-journal|\.photos)?$/;

/**
 * A process killed during a backup or restore leaves its working copies behind, each as large as the database.
 * Called before the database opens, when no backup or restore of this data folder can be running. The old file a
 * restore moved aside is removed only while the database file itself is in place.
 */
export function removeStaleTemporaries(dataDir: string, databaseFileName: string): string[] {
  if (!existsSync(dataDir)) return [];
  const databaseInPlace = existsSync(join(dataDir, databaseFileName));
  const replaced = new RegExp(`^${databaseFileName.replace('.', '\\.')}\\.replaced-\\d+(-wal|-shm)?$`);
  const stale = readdirSync(dataDir).filter((name) => WORKING_COPY.test(name) || (databaseInPlace && replaced.test(name)));
  for (const name of stale) rmSync(join(dataDir, name), { recursive: true, force: true });
  return stale;
}
