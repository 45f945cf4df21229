import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseLabel } from '../../../../shared/domain/people';
import { ErrorText } from '../../../components/ErrorText';
import { startProgrammeCertificateExport, useIssueProgrammeCertificates, useProgrammeCertificates, useRevokeProgrammeCertificate } from '../../../data/programmes';
import { routeHref } from '../../../routes';
import '../../../styles/certificates.css';
import { CertificateExport } from '../certificates/CertificateExport';
import { IssuedCertificateCell } from '../certificates/IssuedCertificateCell';
import { formatNumber } from '../components/format';

/**
 * `#/trainer/programmes/<id>`: who completed which workshop of the programme, issuing the programme certificate
 * to everyone who completed them all, and printing those certificates as a batch.
 */
export function ProgrammeScreen({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('certificates');
  const language = i18n.language;
  const data = useProgrammeCertificates(programmeId);
  const issueCertificates = useIssueProgrammeCertificates();
  const revoke = useRevokeProgrammeCertificate();
  const [message, setMessage] = useState<string | null>(null);
  const current = data.data;
  if (!current) return <ErrorText error={data.error} />;
  const { programme, candidates } = current;
  const eligible = candidates.filter((c) => c.eligible).length;
  const issued = candidates.filter((c) => c.certificate).length;
  const due = candidates.filter((c) => c.eligible && !c.certificate).length;

  const issue = () => {
    setMessage(null);
    issueCertificates.mutate(
      { programmeId },
      { onSuccess: (result) => setMessage(result.issued > 0 ? t('panel.issued', { count: result.issued }) : t('panel.noneDue')) },
    );
  };

  return (
    <section className="stack">
      <a className="back-link" href={routeHref('trainer', 'programmes')}>{t('programmes.back')}</a>
      <h2>{programme.title}</h2>
      <ol className="programme-workshop-list">
        {programme.workshops.map((w) => (
          <li key={w.id}>
            <a href={routeHref('trainer', 'workshops', w.id)}>{w.title}</a>{' '}
            <span className="hint">{w.finished ? t('programmes.finished') : t('programmes.notFinished')}</span>
          </li>
        ))}
      </ol>
      <section className="card stack">
        <div className="toolbar center">
          <p className="grow">{t('programmes.summary', { eligible: formatNumber(eligible, language), total: formatNumber(candidates.length, language), count: issued })}</p>
          <button type="button" className="button primary" onClick={issue} disabled={due === 0}>{t('panel.issue')}</button>
        </div>
        {message && <p className="success" role="status">{message}</p>}
        <ErrorText error={issueCertificates.error} />
        <div className="table-wrap">
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('panel.name')}</th>
                <th scope="col">{t('panel.enterprise')}</th>
                {programme.workshops.map((w) => (
                  <th scope="col" key={w.id}>{w.title}</th>
                ))}
                <th scope="col">{t('panel.status')}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c) => (
                <tr key={c.participantId}>
                  <th scope="row">{c.name}</th>
                  <td>{enterpriseLabel(c.enterprise, language)}</td>
                  {c.completed.map((done, i) => (
                    <td key={programme.workshops[i]!.id} className={done ? 'certificate-status ok' : 'certificate-status no'}>
                      {t(done ? 'programmes.completed' : 'programmes.notCompleted')}
                    </td>
                  ))}
                  <td>
                    {c.certificate ? (
                      <IssuedCertificateCell
                        number={c.certificate.number}
                        revokedOn={c.certificate.revokedOn}
                        name={c.name}
                        onRevoke={async (reason) => {
                          await revoke.mutateAsync({ programmeId, number: c.certificate!.number, reason });
                          return t('panel.revoked', { number: c.certificate!.number });
                        }}
                        onDone={setMessage}
                      />
                    ) : (
                      <span className={c.eligible ? 'certificate-status ok' : 'certificate-status no'}>{t(c.eligible ? 'panel.eligible' : 'programmes.incomplete')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card stack">
        <h2>{t('panel.exportTitle')}</h2>
        <CertificateExport start={(layout) => startProgrammeCertificateExport(programmeId, layout)} disabled={issued === 0} />
      </section>
    </section>
  );
}
