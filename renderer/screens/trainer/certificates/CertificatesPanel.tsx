import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopCertificates } from '../../../../shared/domain/certificates';
import { enterpriseLabel } from '../../../../shared/domain/people';
import { formatTestPercent } from '../../../../shared/domain/test-score';
import { api } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';
import { useApiData } from '../../../hooks/use-api-data';
import '../../../styles/certificates.css';
import { formatNumber, formatPercent } from '../components/format';
import { CertificateExport } from './CertificateExport';
import { CountersignSection } from './CountersignSection';
import { IssuedCertificateCell } from './IssuedCertificateCell';

/** The workshop's certificates: the rule set, who qualifies and why not, issuing, and printing as a batch job. */
export function CertificatesPanel({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation('certificates');
  const language = i18n.language;
  const data = useApiData(() => api.getWorkshopCertificates({ workshopId }), [workshopId]);
  const [override, setOverride] = useState<WorkshopCertificates | null>(null);
  const certificates = override?.workshopId === workshopId && !data.loading ? override : data.data;
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  if (!certificates) return <ErrorText error={data.error} />;
  const total = certificates.candidates.length;
  const eligible = certificates.candidates.filter((c) => c.eligible).length;
  const issued = certificates.candidates.filter((c) => c.certificate).length;
  const due = certificates.candidates.filter((c) => c.eligible && !c.certificate).length;

  const run = async (work: () => Promise<void>) => {
    setError(null);
    setMessage(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    }
  };

  const saveRules = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void run(async () => {
      setOverride(
        await api.setCertificateRules({
          workshopId,
          rules: { minAttendancePercent: Number(form.get('minAttendance')), requirePostTestPassed: form.get('requirePostTest') === 'on' },
        }),
      );
      setMessage(t('panel.rulesSaved'));
    });
  };

  const issue = () =>
    run(async () => {
      const result = await api.issueCertificates({ workshopId });
      setOverride(result.certificates);
      setMessage(result.issued > 0 ? t('panel.issued', { count: result.issued }) : t('panel.noneDue'));
    });

  return (
    <div className="stack">
      <form className="card stack" onSubmit={saveRules} key={JSON.stringify(certificates.rules)}>
        <h2>{t('panel.rulesTitle')}</h2>
        <div className="certificate-rules">
          <label className="field">
            <span>{t('panel.minAttendance')}</span>
            <input name="minAttendance" type="number" min={0} max={100} step={1} required defaultValue={certificates.rules.minAttendancePercent} />
          </label>
          <label className="check-field">
            <input name="requirePostTest" type="checkbox" defaultChecked={certificates.rules.requirePostTestPassed} />
            {t('panel.requirePostTest')}
          </label>
          <button type="submit" className="button ghost">{t('panel.saveRules')}</button>
        </div>
      </form>

      <section className="card stack">
        <div className="toolbar center">
          <p className="grow">{t('panel.summary', { eligible: formatNumber(eligible, language), total: formatNumber(total, language), issued: formatNumber(issued, language) })}</p>
          <button type="button" className="button primary" onClick={() => void issue()} disabled={!certificates.finished || due === 0}>
            {t('panel.issue')}
          </button>
        </div>
        {!certificates.finished && <p className="notice">{t('panel.notFinished')}</p>}
        {message && <p className="success" role="status">{message}</p>}
        <ErrorText error={error} />
        <div className="table-wrap">
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{t('panel.name')}</th>
                <th scope="col">{t('panel.enterprise')}</th>
                <th scope="col" className="num">{t('panel.attendance')}</th>
                <th scope="col" className="num">{t('panel.postTest')}</th>
                <th scope="col">{t('panel.status')}</th>
              </tr>
            </thead>
            <tbody>
              {certificates.candidates.map((c) => (
                <tr key={c.participantId}>
                  <th scope="row">{c.name}</th>
                  <td>{enterpriseLabel(c.enterprise, language)}</td>
                  <td className="num">{formatPercent(c.attendanceRate, language)}</td>
                  <td className="num">{c.postTestPercent === null ? t('panel.notTaken') : formatTestPercent(c.postTestPercent, language)}</td>
                  <td>
                    {c.certificate ? (
                      <IssuedCertificateCell
                        number={c.certificate.number}
                        revokedOn={c.certificate.revokedOn}
                        name={c.name}
                        onReissue={async (participantName) => {
                          const result = await api.reissueCertificate({ workshopId, number: c.certificate!.number, participantName });
                          setOverride(result.certificates);
                          return t('panel.reissued', { old: c.certificate!.number, number: result.number });
                        }}
                        onRevoke={async (reason) => {
                          setOverride(await api.revokeCertificate({ workshopId, number: c.certificate!.number, reason }));
                          return t('panel.revoked', { number: c.certificate!.number });
                        }}
                        onDone={setMessage}
                      />
                    ) : c.eligible ? (
                      <span className="certificate-status ok">{t('panel.eligible')}</span>
                    ) : (
                      <span className="certificate-status no">{c.reasons.map((reason) => t(`panel.reason.${reason}`)).join(t('panel.reasonSeparator'))}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <CountersignSection certificates={certificates} onChange={setOverride} />

      <section className="card stack">
        <h2>{t('panel.exportTitle')}</h2>
        <CertificateExport start={(layout) => api.startCertificateExport({ workshopIds: [workshopId], layout })} disabled={issued === 0} />
      </section>
    </div>
  );
}
