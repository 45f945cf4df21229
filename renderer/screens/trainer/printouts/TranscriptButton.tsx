import { useTranslation } from 'react-i18next';
import { exportTranscript } from '../../../data/printouts';
import '../../../styles/certificates.css';
import { DownloadButton } from './DownloadButton';

/** A participant's learning record: modules studied, tests, workshops and certificates. */
export function TranscriptButton({ participantId }: { participantId: string }) {
  const { t } = useTranslation('printouts');
  return <DownloadButton label={t('transcript')} make={() => exportTranscript({ participantId })} />;
}
