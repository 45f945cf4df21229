import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../../components/ErrorText';
import { formatDate } from '../components/format';
import { Modal } from '../components/Modal';

interface Props {
  number: string;
  revokedOn: string | null;
  /** The holder's name, for the buttons' labels and as the corrected name's starting point. */
  name: string;
  /** Absent where certificates cannot be reissued. Each resolves to the message to show once done. */
  onReissue?: (participantName: string) => Promise<string>;
  onRevoke: (reason: string) => Promise<string>;
  onDone: (message: string) => void;
}

/**
 * An issued certificate's number, and what can happen to it later: reissue with a corrected name (a new number
 * that replaces this one) or revoke it with a reason. Neither deletes anything.
 */
export function IssuedCertificateCell({ number, revokedOn, name, onReissue, onRevoke, onDone }: Props) {
  const { t, i18n } = useTranslation('certificates');
  const [open, setOpen] = useState<'reissue' | 'revoke' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('value');
    const text = typeof value === 'string' ? value.trim() : '';
    setError(null);
    const work = open === 'reissue' && onReissue ? onReissue(text) : onRevoke(text);
    work.then((message) => {
      setOpen(null);
      onDone(message);
    }, setError);
  };

  return (
    <span className="issued-certificate">
      <span className="certificate-number">{number}</span>
      {revokedOn ? (
        <span className="certificate-status no">{t('panel.revokedOn', { date: formatDate(revokedOn, i18n.language) })}</span>
      ) : (
        <>
          {onReissue && (
            <button type="button" className="button ghost small" onClick={() => setOpen('reissue')} aria-label={t('panel.reissueFor', { name })}>
              {t('panel.reissue')}
            </button>
          )}
          <button type="button" className="button ghost small" onClick={() => setOpen('revoke')} aria-label={t('panel.revokeFor', { name })}>
            {t('panel.revoke')}
          </button>
        </>
      )}
      {open && (
        <Modal title={t(open === 'reissue' ? 'panel.reissueTitle' : 'panel.revokeTitle', { number })} onClose={() => setOpen(null)}>
          <form className="stack" onSubmit={submit}>
            <p>{t(open === 'reissue' ? 'panel.reissueText' : 'panel.revokeText', { number })}</p>
            <label className="field">
              <span>{t(open === 'reissue' ? 'panel.correctedName' : 'panel.revokeReason')}</span>
              <input name="value" required maxLength={open === 'reissue' ? 200 : 500} defaultValue={open === 'reissue' ? name : ''} autoFocus />
            </label>
            <ErrorText error={error} />
            <div className="actions">
              <button type="button" className="button ghost" onClick={() => setOpen(null)}>{t('panel.cancel')}</button>
              <button type="submit" className={open === 'reissue' ? 'button primary' : 'button primary danger'}>
                {t(open === 'reissue' ? 'panel.reissueConfirm' : 'panel.revokeConfirm')}
              </button>
            </div>
          </form>
        </Modal>
      )}
    </span>
  );
}
