import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where photos live in the data folder: content-addressed as photos/<first two hex digits>/<sha256>.jpg, so a
 * photo attached twice is stored once, and its name is its checksum (a backup or restore can prove each file).
 */
export const PHOTO_DIR = 'photos';

const PHOTO_PATH = /^photos\/([0-9a-f]{2})\/([0-9a-f]{64})\.jpg$/;

/** The POSIX path, relative to the data folder, of the photo with this hash. */
export function photoPath(sha256: string): string {
  return `${PHOTO_DIR}/${sha256.slice(0, 2)}/${sha256}.jpg`;
}

/** The hash a photo path names, or undefined when the path is not a photo path (a backup entry may be anything). */
export function hashOfPhotoPath(path: string): string | undefined {
  const match = PHOTO_PATH.exec(path);
  return match && match[2]!.startsWith(match[1]!) ? match[2] : undefined;
}

/** Every file under the photo folder, as POSIX paths relative to the data folder, photo-named or not. */
export function listPhotoFolder(dataDir: string): string[] {
  const root = join(dataDir, PHOTO_DIR);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(join(root, dir.name)).map((name) => `${PHOTO_DIR}/${dir.name}/${name}`));
}
