import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_LAYOUTS, type CertificateLayout } from '../../../../shared/domain/certificates';
import type { JobProgress } from '../../../../shared/domain/jobs';
import { platform } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';
import { SegmentedControl } from '../../../components/SegmentedControl';
import { formatNumber } from '../components/format';
import { JobProgressBar } from './JobProgressBar';
import { useJob } from './use-job';

/**
 * Prints the issued certificates of a workshop or a programme as a batch job with a progress bar and Cancel: one
 * PDF per person into a folder, or one combined PDF. `start` starts the job for the chosen layout.
 */
export function CertificateExport({ start, disabled }: { start: (layout: CertificateLayout) => Promise<JobProgress>; disabled: boolean }) {
  const { t, i18n } = useTranslation('certificates');
  const language = i18n.language;
  const [layout, setLayout] = useState<CertificateLayout>('one-per-person');
  const [saved, setSaved] = useState<{ count: number; unprintable: string[] } | null>(null);
  const job = useJob(async ({ files, unprintable }) => {
    const count = files.length === 1 ? ((await platform.saveFile(files[0]!)).saved ? 1 : 0) : (await platform.saveFiles(files)).saved;
    setSaved({ count, unprintable });
  });

  const download = () => {
    setSaved(null);
    void job.start(() => start(layout));
  };

  return (
    <>
      <div className="toolbar center">
        <SegmentedControl
          label={t('panel.layout')}
          options={CERTIFICATE_LAYOUTS}
          value={layout}
          optionLabel={(option) => t(option === 'combined' ? 'panel.layoutCombined' : 'panel.layoutOnePerPerson')}
          onChange={setLayout}
        />
        <button type="button" className="button primary" onClick={download} disabled={disabled || job.running}>
          {t('panel.download')}
        </button>
      </div>
      {job.progress?.state === 'running' && (
        <JobProgressBar
          progress={job.progress}
          label={t('panel.progressLabel')}
          text={t('panel.progress', { done: formatNumber(job.progress.done, language), total: formatNumber(job.progress.total, language) })}
          onCancel={() => void job.cancel()}
        />
      )}
      {job.progress?.state === 'cancelled' && <p className="notice" role="status">{t('panel.cancelled')}</p>}
      {saved && <p className="success" role="status">{t('panel.saved', { count: saved.count })}</p>}
      {saved && saved.unprintable.length > 0 && <p className="error" role="alert">{t('panel.unprintable', { chars: saved.unprintable.join(' ') })}</p>}
      <ErrorText error={job.error} />
    </>
  );
}
