import { z } from 'zod';

/** Hours between automatic backups; 0 turns them off. */
export const BACKUP_INTERVALS = [0, 1, 4, 12, 24] as const;
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { intervalHours: 24, keep: 10 };

export const backupSettings = z
  .object({
    intervalHours: z.union(BACKUP_INTERVALS.map((h) => z.literal(h)) as [z.ZodLiteral<0>, ...z.ZodLiteral<number>[]]),
    keep: z.number().int().min(1).max(100),
  })
  .strict();
export type BackupSettings = z.infer<typeof backupSettings>;

export type BackupKind = 'auto' | 'before-restore';

/** A backup kept in <data folder>/backups. */
export interface SavedBackup {
  name: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

export interface BackupStatus {
  dataDir: string;
  backupsDir: string;
  databaseFile: string;
  settings: BackupSettings;
  /** Newest first. */
  saved: SavedBackup[];
  /** Files of the data folder that backups carry besides the database (POSIX paths). */
  extraFiles: string[];
}

export interface RestoreResult {
  schemaVersion: number;
  /** When the backup was made, if the file says so (a bare database copy does not). */
  backupCreatedAt: string | null;
  participants: number;
  workshops: number;
}
