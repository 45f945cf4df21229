import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stagedPhotosDir } from './backup-reader';

/**
 * Moves the photos a restore streamed aside into the data folder, once the database is in place. A rename within
 * the data folder: a photo appears whole or not at all, and its content-addressed name was proved while reading.
 */
export function placeStagedPhotos(candidateFile: string, dataDir: string, photos: readonly string[]): void {
  for (const path of photos) {
    const target = join(dataDir, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(stagedPhotosDir(candidateFile), ...path.split('/')), target);
  }
}

/** Removes whatever is left of the staging folder: all of it after a refused backup, empty folders after a restore. */
export function removeStagedPhotos(candidateFile: string): void {
  rmSync(stagedPhotosDir(candidateFile), { recursive: true, force: true });
}
