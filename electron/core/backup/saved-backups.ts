import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupKind, SavedBackup } from '../../../shared/domain/backup';

const SAVED_NAME = /^score-(auto|before-restore)-(\d{8})-(\d{6})(?:-\d+)?\.zip$/;

/** The backups kept in a backups folder, newest first, read from their names alone (no database needed). */
export function listSavedBackups(backupsDir: string): SavedBackup[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .flatMap((name) => {
      const match = SAVED_NAME.exec(name);
      if (!match) return [];
      const [, kind, day, time] = match;
      const createdAt = `${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6, 8)}T${time!.slice(0, 2)}:${time!.slice(2, 4)}:${time!.slice(4, 6)}Z`;
      return [{ name, kind: kind as BackupKind, createdAt, bytes: statSync(join(backupsDir, name)).size }];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}
