import { useTranslation } from 'react-i18next';
import type { CertificateSettings, TrustedKeySummary } from '../../../shared/domain/certificates';
import { platform } from '../../api/client';
import { certificateSettingsOperations as ops } from '../../data/settings';
import { formatDate } from '../trainer/components/format';

type Run = (work: () => Promise<unknown>, done?: string) => Promise<void>;

/**
 * The keys that check certificates: this computer's (its public key file and its signed revocation list, to
 * hand to other trainers) and the keys and revocation lists imported from others, each of which can be marked
 * withdrawn from a date.
 */
export function VerificationKeysSection({ settings, run, onMessage }: { settings: CertificateSettings; run: Run; onMessage: (message: string) => void }) {
  const { t } = useTranslation('certificates');
  const importFile = (load: (bytes: Uint8Array) => Promise<TrustedKeySummary>, message: string) =>
    void run(async () => {
      const file = await platform.openFile(['json']);
      if (!file) return;
      const key = await load(file.bytes);
      onMessage(t(message, { label: key.label }));
    });
  const exportFile = (make: () => Promise<{ name: string; bytes: Uint8Array }>) =>
    void run(async () => {
      await platform.saveFile(await make());
    });

  return (
    <>
      <h3>{t('settings.keysTitle')}</h3>
      <p className="hint">{t('settings.keysHint')}</p>
      <dl className="facts">
        <dt>{t('settings.ownKey')}</dt>
        <dd>{settings.ownKey ? <code>{settings.ownKey.keyId}</code> : <span className="hint">{t('settings.noOwnKey')}</span>}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="button ghost" onClick={() => exportFile(ops.exportPublicKey)}>{t('settings.exportKey')}</button>
        <button type="button" className="button ghost" onClick={() => exportFile(ops.exportRevocationList)}>{t('settings.exportRevocations')}</button>
        <button type="button" className="button ghost" onClick={() => importFile(ops.importPublicKey, 'settings.imported')}>{t('settings.importKey')}</button>
        <button type="button" className="button ghost" onClick={() => importFile(ops.importRevocationList, 'settings.revocationsImported')}>
          {t('settings.importRevocations')}
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() =>
            void run(async () => {
              const file = await platform.openFile(['json']);
              if (!file) return;
              const result = await ops.countersign(file.bytes);
              await platform.saveFile(result.file);
              onMessage(t('settings.countersigned', { count: result.count }));
            })
          }
        >
          {t('settings.countersign')}
        </button>
      </div>
      <h3>{t('settings.trustedKeys')}</h3>
      {settings.trustedKeys.length === 0 ? (
        <p className="hint">{t('settings.noTrustedKeys')}</p>
      ) : (
        <ul className="key-list">
          {settings.trustedKeys.map((key) => (
            <TrustedKeyRow key={key.keyId} trustedKey={key} run={run} />
          ))}
        </ul>
      )}
    </>
  );
}

function TrustedKeyRow({ trustedKey: key, run }: { trustedKey: TrustedKeySummary; run: Run }) {
  const { t, i18n } = useTranslation('certificates');
  const date = (iso: string) => formatDate(iso.slice(0, 10), i18n.language, { dateStyle: 'long' });
  return (
    <li className="trusted-key">
      <span className="grow stack-tight">
        <span>
          <strong>{key.label}</strong> <code className="hint">{t('settings.keyId', { keyId: key.keyId })}</code>
        </span>
        <span className="hint">{key.revocationListDate ? t('settings.listOf', { date: date(key.revocationListDate) }) : t('settings.noList')}</span>
        {key.withdrawnFrom && <span className="certificate-status no">{t('settings.withdrawnFrom', { date: date(key.withdrawnFrom) })}</span>}
      </span>
      <form
        className="withdraw-form"
        onSubmit={(event) => {
          event.preventDefault();
          const from = new FormData(event.currentTarget).get('from');
          void run(() => ops.setKeyWithdrawn({ keyId: key.keyId, from: typeof from === 'string' && from ? from : null }));
        }}
      >
        <label className="field">
          <span>{t('settings.withdrawLabel', { label: key.label })}</span>
          <input type="date" name="from" defaultValue={key.withdrawnFrom ?? ''} />
        </label>
        <button type="submit" className="button ghost">{t('settings.withdrawSave')}</button>
      </form>
      <button type="button" className="button ghost" onClick={() => void run(() => ops.removeTrustedKey(key.keyId))}>
        {t('settings.removeKey', { label: key.label })}
      </button>
    </li>
  );
}
