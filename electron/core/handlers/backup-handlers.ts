import type { backupOperations } from '../../../shared/api/backup-operations';
import type { HandlersFor } from './handler';

export const backupHandlers: HandlersFor<typeof backupOperations> = {
  getBackupStatus: (_input, { core }) => core.backups.status(),
  setBackupSettings: ({ settings }, { core }) => {
    core.backups.setSettings(settings);
    return core.backups.status();
  },
  createBackup: (_input, { core }) => core.backups.createArchive(),
  saveBackupNow: (_input, { core }) => core.backups.saveToFolder('auto'),
  restoreBackup: ({ bytes }, { core }) => core.backups.restore(bytes),
  restoreSavedBackup: ({ name }, { core }) => core.backups.restoreSaved(name),
};
