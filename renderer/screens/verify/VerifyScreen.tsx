import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_CODE_MAX_LENGTH, type VerificationResult } from '../../../shared/domain/certificates';
import { platform } from '../../api/client';
import { verifyCertificate } from '../../data/verify';
import { ErrorText } from '../../components/ErrorText';
import '../../styles/certificates.css';
import { CameraScanner, useHasCamera } from './CameraScanner';
import { readQrFromImage } from './read-qr';
import { VerificationResultCard } from './VerificationResultCard';

const IMAGE_TYPES = ['png', 'jpg', 'jpeg', 'webp', 'bmp', 'gif'];

/**
 * `#/verify`: checks a certificate code offline. The field has focus so a USB barcode scanner (which types the
 * code and presses Enter) works at once; a photo or the camera are read with jsQR in the page.
 */
export function VerifyScreen() {
  const { t } = useTranslation('certificates');
  const [code, setCode] = useState('');
  const [result, setResult] = useState<VerificationResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [camera, setCamera] = useState(false);
  const hasCamera = useHasCamera();

  const verify = async (text: string) => {
    const clean = text.trim();
    if (!clean) return;
    setError(null);
    setProblem(null);
    try {
      setResult(await verifyCertificate(clean.slice(0, CERTIFICATE_CODE_MAX_LENGTH)));
    } catch (caught) {
      setResult(null);
      setError(caught);
    }
  };

  const fromCode = (found: string) => {
    setCode(found);
    setCamera(false);
    void verify(found);
  };

  const fromImage = async () => {
    const file = await platform.openFile(IMAGE_TYPES);
    if (!file) return;
    setBusy(true);
    setResult(null);
    setProblem(null);
    try {
      const read = await readQrFromImage(file.bytes);
      if ('code' in read) fromCode(read.code);
      else setProblem(read.problem === 'unreadable' ? t('imageUnreadable') : t('verify.noCodeInImage'));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void verify(code);
  };

  return (
    <section className="stack verify-screen">
      <div className="page-header">
        <h1>{t('verify.title')}</h1>
      </div>
      <p className="lead">{t('verify.intro')}</p>
      <form className="card stack" onSubmit={submit}>
        <label className="field">
          <span>{t('verify.codeLabel')}</span>
          <textarea
            className="verify-code"
            value={code}
            rows={3}
            autoFocus
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={CERTIFICATE_CODE_MAX_LENGTH}
            onChange={(event) => setCode(event.target.value)}
            onKeyDown={(event) => {
              // A barcode scanner ends with Enter; so may a person. Shift+Enter still makes a new line.
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                void verify(code);
              }
            }}
          />
          <span className="hint">{t('verify.codeHint')}</span>
        </label>
        <div className="actions verify-actions">
          <button type="button" className="button ghost" onClick={() => void fromImage()} disabled={busy}>{t('verify.fromImage')}</button>
          {hasCamera && !camera && <button type="button" className="button ghost" onClick={() => setCamera(true)}>{t('verify.useCamera')}</button>}
          <button type="submit" className="button primary" disabled={code.trim() === ''}>{t('verify.check')}</button>
        </div>
        {busy && <p className="hint" role="status">{t('verify.reading')}</p>}
        {camera && <CameraScanner onCode={fromCode} onStop={() => setCamera(false)} />}
      </form>
      {problem && <p className="error" role="alert">{problem}</p>}
      <ErrorText error={error} />
      {result && <VerificationResultCard result={result} />}
    </section>
  );
}
