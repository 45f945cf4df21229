import { useTranslation } from 'react-i18next';
import { exportFacilitatorGuide } from '../../../data/printouts';
import '../../../styles/certificates.css';
import { DownloadButton } from './DownloadButton';

/** The facilitator guide as a printed handbook, in both languages when the guide is shown bilingual. */
export function GuidePdfButton({ moduleId, bilingual }: { moduleId: string; bilingual: boolean }) {
  const { t, i18n } = useTranslation('printouts');
  const language = bilingual ? 'bilingual' : i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return <DownloadButton label={t('guidePdf')} make={() => exportFacilitatorGuide({ moduleId, language })} />;
}
