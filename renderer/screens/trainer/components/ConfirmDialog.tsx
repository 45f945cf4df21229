import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../../components/ErrorText';
import { Modal } from './Modal';

/** Asks before something that cannot be undone; shows the failure, if any, in place. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose }: { title: string; message: string; confirmLabel: string; onConfirm: () => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation('trainer');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={title} onClose={onClose}>
      <p>{message}</p>
      <ErrorText error={error} />
      <div className="actions">
        <button type="button" className="button ghost" onClick={onClose}>{t('actions.cancel')}</button>
        <button type="button" className="button primary danger" disabled={busy} onClick={confirm}>{confirmLabel}</button>
      </div>
    </Modal>
  );
}
