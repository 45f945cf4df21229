import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateCandidate, WorkshopCertificates } from '../../../../shared/domain/certificates';
import { api } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';
import { formatDate } from '../components/format';
import { Modal } from '../components/Modal';

type Issued = CertificateCandidate & { certificate: NonNullable<CertificateCandidate['certificate']> };

/**
 * An issued certificate's number, and what can happen to it later: reissue with a corrected name (a new number
 * that replaces this one) or revoke it with a reason. Neither deletes anything.
 */
export function IssuedCertificateCell({ workshopId, candidate, onChange }: { workshopId: string; candidate: Issued; onChange: (next: WorkshopCertificates, message: string) => void }) {
  const { t, i18n } = useTranslation('certificates');
  const [open, setOpen] = useState<'reissue' | 'revoke' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { number, revokedOn } = candidate.certificate;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('value');
    const text = typeof value === 'string' ? value.trim() : '';
    setError(null);
    const work =
      open === 'reissue'
        ? api.reissueCertificate({ workshopId, number, participantName: text }).then((r) => onChange(r.certificates, t('panel.reissued', { old: number, number: r.number })))
        : api.revokeCertificate({ workshopId, number, reason: text }).then((next) => onChange(next, t('panel.revoked', { number })));
    work.then(() => setOpen(null), setError);
  };

  return (
    <span className="issued-certificate">
      <span className="certificate-number">{number}</span>
      {revokedOn ? (
        <span className="certificate-status no">{t('panel.revokedOn', { date: formatDate(revokedOn, i18n.language) })}</span>
      ) : (
        <>
          <button type="button" className="button ghost small" onClick={() => setOpen('reissue')} aria-label={t('panel.reissueFor', { name: candidate.name })}>
            {t('panel.reissue')}
          </button>
          <button type="button" className="button ghost small" onClick={() => setOpen('revoke')} aria-label={t('panel.revokeFor', { name: candidate.name })}>
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
              <input name="value" required maxLength={open === 'reissue' ? 200 : 500} defaultValue={open === 'reissue' ? candidate.name : ''} autoFocus />
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
