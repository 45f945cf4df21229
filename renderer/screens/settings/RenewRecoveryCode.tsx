import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renewRecoveryCode } from '../../data/settings';
import { ErrorText } from '../../components/ErrorText';
import { RecoveryCodeCard } from '../../components/RecoveryCodeCard';

/** For a trainer who lost the paper, or set the PIN before recovery codes existed. */
export function RenewRecoveryCode() {
  const { t } = useTranslation();
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  if (code) return <RecoveryCodeCard code={code} onDone={() => setCode(null)} />;
  return (
    <div className="stack">
      <p className="hint">{t('recovery.renewHint')}</p>
      <ErrorText error={error} />
      <button
        type="button"
        className="button ghost"
        onClick={() => {
          setError(null);
          renewRecoveryCode().then(({ recoveryCode }) => setCode(recoveryCode), setError);
        }}
      >
        {t('recovery.renew')}
      </button>
    </div>
  );
}
