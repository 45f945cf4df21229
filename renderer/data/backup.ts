import { api } from '../api/client';
import { useApiMutation, useApiQuery } from './api-hooks';
import { DATA_AREAS } from './data-areas';

/** Backups: the schedule, the saved copies, and restoring one (which replaces every area's data). */
export const useBackupStatus = () => useApiQuery('backup', 'getBackupStatus', {});

export const useCreateBackup = () => useApiMutation('createBackup', ['backup']);

export const useSetBackupSettings = () => useApiMutation('setBackupSettings', ['backup']);

export const useSaveBackupNow = () => useApiMutation('saveBackupNow', ['backup']);

export const useRestoreBackup = () => useApiMutation('restoreBackup', DATA_AREAS);

export const useRestoreSavedBackup = () => useApiMutation('restoreSavedBackup', DATA_AREAS);

/** After a restore the PIN, language and certificate settings may differ: the shell reads them again. */
export const readAppState = () => api.getAppState({});
