import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/app';
import type { ExportedFile, ExportFormat } from '../../../../shared/domain/roster';
import { platform } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';

/** CSV and Excel buttons: the core builds the file, the platform saves it where the trainer chooses. */
export function ExportButtons({ label, build }: { label: string; build: (format: ExportFormat, language: Language) => Promise<ExportedFile> }) {
  const { t, i18n } = useTranslation('roster');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (format: ExportFormat) => {
    setBusy(true);
    setError(null);
    try {
      const file = await build(format, i18n.language === 'zh-CN' ? 'zh-CN' : 'en');
      await platform.saveFile({ name: file.fileName, bytes: file.bytes });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={label}>
      <button type="button" className="button ghost" disabled={busy} onClick={() => run('csv')}>{t('export.csv')}</button>
      <button type="button" className="button ghost" disabled={busy} onClick={() => run('xlsx')}>{t('export.xlsx')}</button>
      <ErrorText error={error} />
    </div>
  );
}
