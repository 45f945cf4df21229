import { useTranslation } from 'react-i18next';

/** The recovery code, shown once, with a way to print it; the trainer confirms before moving on. */
export function RecoveryCodeCard({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="recovery-code stack" role="region" aria-label={t('recovery.title')}>
      <h2>{t('recovery.title')}</h2>
      <p>{t('recovery.text')}</p>
      <p className="recovery-code-value" data-testid="recovery-code">{code}</p>
      <div className="button-row no-print">
        <button type="button" className="button ghost" onClick={() => window.print()}>{t('recovery.print')}</button>
        <button type="button" className="button primary" onClick={onDone}>{t('recovery.done')}</button>
      </div>
    </div>
  );
}
