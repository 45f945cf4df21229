import { SIGNING_KEY_FILE } from './certificates/signing-key';

/**
 * Files in the data folder, besides the database, that a backup must carry and a restore must put back, as
 * POSIX paths relative to the data folder. Backup and restore read this list; whoever keeps another file in
 * the data folder adds it here.
 *
 * - the certificate signing key: without it, this installation can no longer sign certificates under the key
 *   its printed certificates carry, and its own certificates would verify only where the public key was imported.
 */
export const BACKUP_EXTRA_FILES: readonly string[] = [SIGNING_KEY_FILE];
