import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { certificateSettingsOperations as ops, useCertificateSettings, useCertificateSettingsChange } from '../../data/settings';
import '../../styles/certificates.css';
import { imageUrl, normalizeImage } from './normalize-image';
import { VerificationKeysSection } from './VerificationKeysSection';

const IMAGE_TYPES = ['png', 'jpg', 'jpeg', 'webp', 'bmp', 'gif'];

function ImagePreview({ bytes, alt }: { bytes: Uint8Array; alt: string }) {
  const url = useMemo(() => imageUrl(bytes), [bytes]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <img className="image-preview" src={url} alt={alt} />;
}

/** Settings for what certificates print (organisation, logo, trainer signatures) and the verification keys. */
export function CertificateSettingsCard() {
  const { t } = useTranslation('certificates');
  const loaded = useCertificateSettings();
  const change = useCertificateSettingsChange();
  const settings = loaded.data;
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (work: () => Promise<unknown>, done?: string): Promise<void> => {
    setError(null);
    setProblem(null);
    setMessage(null);
    try {
      await change(work);
      if (done) setMessage(done);
    } catch (caught) {
      setError(caught);
    }
  };

  const pickImage = async (): Promise<Uint8Array | null> => {
    const file = await platform.openFile(IMAGE_TYPES);
    if (!file) return null;
    const png = await normalizeImage(file.bytes);
    if (!png) setProblem(t('imageUnreadable'));
    return png;
  };

  if (!settings) return <ErrorText error={loaded.error} />;

  const saveOrganisation = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    void run(() => ops.save({ organisationName: text('organisation'), keyHolderName: text('keyHolder') }), t('settings.saved'));
  };

  return (
    <section className="card stack certificate-settings">
      <h2>{t('settings.title')}</h2>
      <p className="hint">{t('settings.intro')}</p>
      <form className="toolbar" onSubmit={saveOrganisation}>
        <label className="field grow">
          <span>{t('settings.organisation')}</span>
          <input name="organisation" defaultValue={settings.organisationName} maxLength={120} />
        </label>
        <label className="field grow">
          <span>{t('settings.keyHolder')}</span>
          <input name="keyHolder" defaultValue={settings.keyHolderName} maxLength={80} />
        </label>
        <button type="submit" className="button ghost">{t('settings.save')}</button>
      </form>

      <div className="field">
        <span>{t('settings.logo')}</span>
        <div className="image-setting">
          {settings.logo ? <ImagePreview bytes={settings.logo} alt={t('settings.logo')} /> : <span className="hint">{t('settings.noLogo')}</span>}
          <button
            type="button"
            className="button ghost"
            onClick={() =>
              void run(async () => {
                const logo = await pickImage();
                if (logo) return ops.save({ organisationName: settings.organisationName, logo });
              }, undefined)
            }
          >
            {t('settings.chooseLogo')}
          </button>
          {settings.logo && (
            <button type="button" className="button ghost" onClick={() => void run(() => ops.save({ organisationName: settings.organisationName, logo: null }))}>
              {t('settings.removeLogo')}
            </button>
          )}
        </div>
      </div>

      <dl className="facts">
        <dt>{t('settings.prefix')}</dt>
        <dd><code>{settings.prefix}</code></dd>
      </dl>

      <h3>{t('settings.signatures')}</h3>
      <p className="hint">{t('settings.signaturesHint')}</p>
      <p className="hint">{t('settings.titleHint')}</p>
      {settings.trainers.length === 0 ? (
        <p className="hint">{t('settings.noTrainers')}</p>
      ) : (
        <ul className="key-list signature-list">
          {settings.trainers.map((trainer) => (
            <li key={trainer.name}>
              <span className="grow">
                <strong>{trainer.name}</strong> <span className="hint">{trainer.hasSignature ? t('settings.hasSignature') : t('settings.noSignature')}</span>
              </span>
              <form
                className="withdraw-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  const title = new FormData(event.currentTarget).get('title');
                  void run(() => ops.setTrainerTitle({ trainerName: trainer.name, title: typeof title === 'string' ? title : '' }), t('settings.saved'));
                }}
              >
                <label className="field">
                  <span className="visually-hidden">{t('settings.titleFor', { name: trainer.name })}</span>
                  <input name="title" defaultValue={trainer.title} maxLength={80} placeholder={t('settings.titleFor', { name: trainer.name })} />
                </label>
                <button type="submit" className="button ghost">{t('settings.saveTitle')}</button>
              </form>
              <button
                type="button"
                className="button ghost"
                onClick={() =>
                  void run(async () => {
                    const image = await pickImage();
                    if (image) return ops.setTrainerSignature({ trainerName: trainer.name, image });
                  })
                }
              >
                {t('settings.chooseSignature', { name: trainer.name })}
              </button>
              {trainer.hasSignature && (
                <button type="button" className="button ghost" onClick={() => void run(() => ops.setTrainerSignature({ trainerName: trainer.name, image: null }))}>
                  {t('settings.removeSignature', { name: trainer.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      <VerificationKeysSection settings={settings} run={run} onMessage={setMessage} />
      {message && <p className="success" role="status">{message}</p>}
      {problem && <p className="error" role="alert">{problem}</p>}
      <ErrorText error={error} />
    </section>
  );
}
