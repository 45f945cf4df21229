import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileBytes } from '../../../../shared/api/bridge';
import { platform } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';

/** A button that asks the core for a PDF and saves it (native dialog in the app, a download in a browser). */
export function DownloadButton({ label, make, primary = false }: { label: string; make: () => Promise<FileBytes>; primary?: boolean }) {
  const { t } = useTranslation('printouts');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const click = async () => {
    setBusy(true);
    setSaved(null);
    setError(null);
    try {
      const file = await make();
      if ((await platform.saveFile(file)).saved) setSaved(file.name);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="download-button">
      <button type="button" className={primary ? 'button primary' : 'button ghost'} onClick={() => void click()} disabled={busy} aria-busy={busy}>
        {busy ? t('preparing') : label}
      </button>
      {saved && <span className="hint" role="status">{t('saved', { name: saved })}</span>}
      <ErrorText error={error} />
    </span>
  );
}
