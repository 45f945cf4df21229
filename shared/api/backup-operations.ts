import { z } from 'zod';
import { backupSettings, type BackupStatus, type RestoreResult, type SavedBackup } from '../domain/backup';
import type { ExportedFile } from '../domain/roster';
import { fileBytes } from './bytes';
import { operation } from './operation';

const none = z.object({}).strict();

/** Backup and restore of the whole data folder: trainer-only. */
export const backupOperations = {
  getBackupStatus: operation<BackupStatus>()(none, 'trainer'),
  setBackupSettings: operation<BackupStatus>()(z.object({ settings: backupSettings }).strict(), 'trainer'),
  /** A backup as bytes; the renderer saves it where the trainer chooses. */
  createBackup: operation<ExportedFile>()(none, 'trainer'),
  /** A backup into <data folder>/backups now. */
  saveBackupNow: operation<SavedBackup>()(none, 'trainer'),
  /** Checked completely first; a corrupt or foreign file is refused and nothing changes. */
  restoreBackup: operation<RestoreResult>()(z.object({ bytes: fileBytes }).strict(), 'trainer'),
  restoreSavedBackup: operation<RestoreResult>()(z.object({ name: z.string().max(120) }).strict(), 'trainer'),
};
