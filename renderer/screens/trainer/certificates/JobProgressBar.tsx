import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../../../shared/domain/jobs';

/** A job's progress as a bar (with its numbers for screen readers), its status line and a cancel button. */
export function JobProgressBar({ progress, label, text, onCancel }: { progress: JobProgress; label: string; text: string; onCancel: () => void }) {
  const { t } = useTranslation('certificates');
  const share = progress.total > 0 ? progress.done / progress.total : 0;
  return (
    <div className="job-progress">
      <div className="bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <div className="toolbar center">
        <span className="grow" aria-live="polite">{text}</span>
        <button type="button" className="button ghost" onClick={onCancel}>{t('panel.cancel')}</button>
      </div>
    </div>
  );
}
