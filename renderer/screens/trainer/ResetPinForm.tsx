import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pin as pinSchema, type PinCreated } from '../../../shared/domain/app';
import { api } from '../../api/client';
import { useAppState } from '../../app-state';
import { ErrorText } from '../../components/ErrorText';
import { PinField } from '../../components/PinField';
import { RecoveryCodeCard } from '../../components/RecoveryCodeCard';

/** A forgotten or locked PIN replaced with the recovery code; the used code is replaced by a new one, shown once. */
export function ResetPinForm({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const { setState } = useAppState();
  const [code, setCode] = useState('');
  const [newPin, setNewPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reset, setReset] = useState<PinCreated | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!pinSchema.safeParse(newPin).success) return setProblem(t('firstRun.pinFormat'));
    if (newPin !== confirm) return setProblem(t('firstRun.pinMismatch'));
    setProblem(null);
    try {
      setReset(await api.resetTrainerPin({ recoveryCode: code, newPin }));
    } catch (caught) {
      setError(caught);
    }
  };

  if (reset) return <RecoveryCodeCard code={reset.recoveryCode} onDone={() => setState(reset.state)} />;

  return (
    <form className="stack" onSubmit={submit}>
      <h2>{t('recovery.resetTitle')}</h2>
      <label className="field">
        <span>{t('recovery.codeLabel')}</span>
        <input type="text" autoComplete="off" spellCheck={false} maxLength={64} value={code} autoFocus onChange={(event) => setCode(event.target.value)} />
      </label>
      <PinField label={t('settings.newPin')} value={newPin} onChange={setNewPin} />
      <PinField label={t('settings.confirmNewPin')} value={confirm} onChange={setConfirm} />
      {problem && <p className="error" role="alert">{problem}</p>}
      <ErrorText error={error} />
      <div className="button-row">
        <button type="button" className="button ghost" onClick={onBack}>{t('recovery.back')}</button>
        <button type="submit" className="button primary" disabled={code.trim() === '' || newPin.length < 4}>{t('recovery.resetSubmit')}</button>
      </div>
    </form>
  );
}
