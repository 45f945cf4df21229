import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_INTERVALS, type BackupSettings, type RestoreResult } from '../../../../shared/domain/backup';
import { platform } from '../../../api/client';
import { useAppState } from '../../../app-state';
import { ErrorText } from '../../../components/ErrorText';
import { readAppState, useBackupStatus, useCreateBackup, useRestoreBackup, useRestoreSavedBackup, useSaveBackupNow, useSetBackupSettings } from '../../../data/backup';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { formatDateTime, formatNumber } from '../components/format';

type PendingRestore = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'saved'; name: string };

function formatSize(bytes: number, language: string): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${formatNumber(megabytes, language, { maximumFractionDigits: 1 })} MB` : `${formatNumber(Math.ceil(bytes / 1024), language)} KB`;
}

/**
 * `#/trainer/backup`: save a backup where the trainer chooses, restore one (checked before anything changes),
 * automatic backups with their schedule and retention, and where the data lives.
 */
export function BackupScreen() {
  const { t, i18n } = useTranslation('backup');
  const { t: tt } = useTranslation('trainer');
  const { setState } = useAppState();
  const status = useBackupStatus();
  const createBackup = useCreateBackup();
  const setBackupSettings = useSetBackupSettings();
  const saveBackupNow = useSaveBackupNow();
  const restoreBackup = useRestoreBackup();
  const restoreSavedBackup = useRestoreSavedBackup();
  const [draft, setDraft] = useState<BackupSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const language = i18n.language;
  const data = status.data;
  const settings = draft ?? data?.settings;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      setMessage(await work());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const saveToFile = () =>
    run(async () => {
      const file = await createBackup.mutateAsync({});
      const { saved } = await platform.saveFile({ name: file.fileName, bytes: file.bytes });
      return saved ? t('save.done', { name: file.fileName }) : '';
    });
  const chooseRestore = async () => {
    setError(null);
    const picked = await platform.openFile(['.zip', '.sqlite']);
    if (picked) setPending({ kind: 'file', name: picked.name, bytes: picked.bytes });
  };
  const restored = async (result: RestoreResult) => {
    setState(await readAppState());
    setMessage(
      t('restore.done', {
        participants: formatNumber(result.participants, language),
        workshops: formatNumber(result.workshops, language),
        date: result.backupCreatedAt ? formatDateTime(result.backupCreatedAt, language) : t('restore.unknownDate'),
      }),
    );
  };

  return (
    <div className="backup-layout">
      <section className="card stack">
        <h2>{t('save.title')}</h2>
        <p className="hint">{t('save.text')}</p>
        <div className="actions start">
          <button type="button" className="button primary" disabled={busy} onClick={saveToFile}>{t('save.button')}</button>
        </div>
      </section>

      <section className="card stack">
        <h2>{t('restore.title')}</h2>
        <p className="hint">{t('restore.text')}</p>
        <div className="actions start">
          <button type="button" className="button ghost" disabled={busy} onClick={chooseRestore}>{t('restore.button')}</button>
        </div>
      </section>

      <ErrorText error={error ?? status.error} />
      {message && <p className="success wide" role="status">{message}</p>}

      {data && settings && (
        <section className="card stack wide">
          <h2>{t('auto.title')}</h2>
          <div className="toolbar">
            <label className="field">
              <span>{t('auto.interval')}</span>
              <select value={settings.intervalHours} onChange={(e) => setDraft({ ...settings, intervalHours: Number(e.target.value) })}>
                {BACKUP_INTERVALS.map((hours) => (
                  <option key={hours} value={hours}>{t(`auto.every.${hours}`)}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('auto.keep')}</span>
              <input type="number" min={1} max={100} value={settings.keep} onChange={(e) => setDraft({ ...settings, keep: Math.min(100, Math.max(1, Math.floor(Number(e.target.value) || 1))) })} />
            </label>
            <button
              type="button"
              className="button ghost"
              disabled={busy || !draft}
              onClick={() =>
                run(async () => {
                  await setBackupSettings.mutateAsync({ settings });
                  setDraft(null);
                  return t('auto.saved');
                })
              }
            >
              {t('auto.apply')}
            </button>
            <span className="grow" />
            <button
              type="button"
              className="button ghost"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  const saved = await saveBackupNow.mutateAsync({});
                  return t('auto.savedNow', { name: saved.name });
                })
              }
            >
              {t('auto.now')}
            </button>
          </div>
          <p className="hint">{t('auto.hint')}</p>
          {data.saved.length === 0 ? (
            <p className="hint">{t('auto.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table compact">
                <thead>
                  <tr>
                    <th scope="col">{t('auto.when')}</th>
                    <th scope="col">{t('auto.kind')}</th>
                    <th scope="col" className="num">{t('auto.size')}</th>
                    <th scope="col"><span className="visually-hidden">{tt('actions.label')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {data.saved.map((backup) => (
                    <tr key={backup.name}>
                      <th scope="row">
                        {formatDateTime(backup.createdAt, language)}
                        <small className="secondary-name">{backup.name}</small>
                      </th>
                      <td>{t(`kind.${backup.kind}`)}</td>
                      <td className="num">{formatSize(backup.bytes, language)}</td>
                      <td className="row-actions">
                        <button type="button" className="button ghost small" disabled={busy} onClick={() => setPending({ kind: 'saved', name: backup.name })}>
                          {t('restore.short')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      {data && (
        <section className="card stack wide">
          <h2>{t('folder.title')}</h2>
          <dl className="facts">
            <dt>{t('folder.data')}</dt>
            <dd><code>{data.dataDir}</code></dd>
            <dt>{t('folder.database')}</dt>
            <dd><code>{data.databaseFile}</code></dd>
            <dt>{t('folder.backups')}</dt>
            <dd><code>{data.backupsDir}</code></dd>
            <dt>{t('folder.extra')}</dt>
            <dd>{data.extraFiles.length > 0 ? data.extraFiles.map((f) => <code key={f}>{f} </code>) : '—'}</dd>
          </dl>
        </section>
      )}

      {pending && (
        <ConfirmDialog
          title={t('restore.confirmTitle')}
          message={t('restore.confirm', { name: pending.name })}
          confirmLabel={t('restore.confirmButton')}
          onClose={() => setPending(null)}
          onConfirm={async () => {
            setError(null);
            setMessage('');
            const result = pending.kind === 'file' ? await restoreBackup.mutateAsync({ bytes: pending.bytes }) : await restoreSavedBackup.mutateAsync({ name: pending.name });
            await restored(result);
          }}
        />
      )}
    </div>
  );
}
