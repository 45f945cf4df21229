import { useTranslation } from 'react-i18next';
import { ErrorText } from './ErrorText';

export function StartupError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <main className="first-run">
      <div className="card first-run-card">
        <div className="brand-mark large" aria-hidden="true">S</div>
        <h1>{t('app.name')}</h1>
        <ErrorText error={error} />
      </div>
    </main>
  );
}
