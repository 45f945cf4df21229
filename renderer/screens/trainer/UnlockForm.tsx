import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAppState } from '../../app-state';
import { ErrorText } from '../../components/ErrorText';
import { PinField } from '../../components/PinField';
import { ResetPinForm } from './ResetPinForm';

export function UnlockForm() {
  const { t } = useTranslation();
  const { setState } = useAppState();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [recovering, setRecovering] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setState(await api.unlockTrainer({ pin }));
    } catch (caught) {
      setError(caught);
      setPin('');
    }
  };

  if (recovering) return <ResetPinForm onBack={() => setRecovering(false)} />;

  return (
    <form className="stack" onSubmit={submit}>
      <PinField label={t('trainer.pinLabel')} value={pin} onChange={setPin} autoFocus />
      <ErrorText error={error} />
      <button type="submit" className="button primary" disabled={pin.length < 4}>{t('trainer.unlock')}</button>
      <button type="button" className="button link" onClick={() => setRecovering(true)}>{t('recovery.forgot')}</button>
    </form>
  );
}
