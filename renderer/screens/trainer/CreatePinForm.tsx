import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pin as pinSchema, type PinCreated } from '../../../shared/domain/app';
import { api } from '../../api/client';
import { useAppState } from '../../app-state';
import { ErrorText } from '../../components/ErrorText';
import { PinField } from '../../components/PinField';
import { RecoveryCodeCard } from '../../components/RecoveryCodeCard';

/** `onRecoveryCode` tells the surrounding screen the code is showing (the first-run flow hides its other choices). */
export function CreatePinForm({ onCreated, onRecoveryCode }: { onCreated?: () => void; onRecoveryCode?: () => void }) {
  const { t } = useTranslation();
  const { setState } = useAppState();
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<PinCreated | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!pinSchema.safeParse(pin).success) return setProblem(t('firstRun.pinFormat'));
    if (pin !== confirm) return setProblem(t('firstRun.pinMismatch'));
    setProblem(null);
    try {
      setCreated(await api.createTrainerPin({ pin }));
      onRecoveryCode?.();
    } catch (caught) {
      setError(caught);
    }
  };

  // The new state (unlocked) waits until the code has been noted: it would replace this screen at once.
  if (created) {
    return (
      <RecoveryCodeCard
        code={created.recoveryCode}
        onDone={() => {
          setState(created.state);
          onCreated?.();
        }}
      />
    );
  }

  return (
    <form className="stack" onSubmit={submit}>
      <PinField label={t('firstRun.pinLabel')} value={pin} onChange={setPin} autoFocus />
      <PinField label={t('firstRun.pinConfirmLabel')} value={confirm} onChange={setConfirm} />
      {problem && <p className="error" role="alert">{problem}</p>}
      <ErrorText error={error} />
      <button type="submit" className="button primary">{t('firstRun.savePin')}</button>
    </form>
  );
}
