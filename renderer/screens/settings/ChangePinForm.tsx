import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pin } from '../../../shared/domain/app';
import { changeTrainerPin } from '../../data/settings';
import { useAppState } from '../../app-state';
import { ErrorText } from '../../components/ErrorText';
import { PinField } from '../../components/PinField';

export function ChangePinForm() {
  const { t } = useTranslation();
  const { setState } = useAppState();
  const [currentPin, setCurrentPin] = useState('');
  const [newPin, setNewPin] = useState('');
  const [confirmPin, setConfirmPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    // A typo in a masked field would lock the trainer out, so the new PIN is typed twice.
    if (!pin.safeParse(newPin).success) return setProblem(t('firstRun.pinFormat'));
    if (newPin !== confirmPin) return setProblem(t('firstRun.pinMismatch'));
    setProblem(null);
    try {
      setState(await changeTrainerPin({ currentPin, newPin }));
      setDone(true);
      setCurrentPin('');
      setNewPin('');
      setConfirmPin('');
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <form className="stack" onSubmit={submit}>
      <PinField label={t('settings.currentPin')} value={currentPin} onChange={setCurrentPin} />
      <PinField label={t('settings.newPin')} value={newPin} onChange={setNewPin} />
      <PinField label={t('settings.confirmNewPin')} value={confirmPin} onChange={setConfirmPin} />
      {problem && <p className="error" role="alert">{problem}</p>}
      <ErrorText error={error} />
      {done && <p className="success" role="status">{t('settings.pinChanged')}</p>}
      <button type="submit" className="button primary" disabled={currentPin.length < 4 || newPin.length < 4}>
        {t('settings.changePin')}
      </button>
    </form>
  );
}
