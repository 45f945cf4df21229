import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopCertificates } from '../../../../shared/domain/certificates';
import { api, platform } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';

/**
 * A co-delivered workshop's certificates, signed by the co-signer's own key too: save a request for their
 * computer, then import the signatures they send back. Printed codes then carry both.
 */
export function CountersignSection({ certificates, onChange }: { certificates: WorkshopCertificates; onChange: (next: WorkshopCertificates) => void }) {
  const { t } = useTranslation('certificates');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { coSigned, countersigned } = certificates.countersigning;
  if (coSigned === 0) return null;

  const run = (work: () => Promise<string | null>) => {
    setError(null);
    setMessage(null);
    work().then(setMessage, setError);
  };

  return (
    <section className="card stack">
      <h2>{t('countersign.title')}</h2>
      <p className="hint">{t('countersign.intro')}</p>
      <p>{t('countersign.status', { countersigned, total: coSigned })}</p>
      <div className="actions">
        <button
          type="button"
          className="button ghost"
          disabled={countersigned === coSigned}
          onClick={() =>
            run(async () => {
              await platform.saveFile(await api.exportCountersignRequest({ workshopId: certificates.workshopId }));
              return t('countersign.requestSaved');
            })
          }
        >
          {t('countersign.saveRequest')}
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={() =>
            run(async () => {
              const file = await platform.openFile(['json']);
              if (!file) return null;
              const result = await api.importCountersignatures({ workshopId: certificates.workshopId, bytes: file.bytes });
              onChange(result.certificates);
              return t('countersign.imported', { count: result.imported });
            })
          }
        >
          {t('countersign.importAnswer')}
        </button>
      </div>
      {message && <p className="success" role="status">{message}</p>}
      <ErrorText error={error} />
    </section>
  );
}
