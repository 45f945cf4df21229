import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client';

/**
 * Turns any failure into a localized sentence: a typed API error by its code, anything else as INTERNAL. An internal
 * error's log reference follows, for whoever helps the trainer to find the details in the log.
 */
export function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const apiError = error instanceof ApiCallError ? error.error : { code: 'INTERNAL' as const };
  const reference = typeof apiError.reference === 'string' && apiError.reference !== '' ? apiError.reference : null;
  return (
    <p className="error" role="alert">
      {t(`errors.${apiError.code}`, apiError as Record<string, unknown>)}
      {reference && <span className="error-reference"> {t('errorReference', { reference })}</span>}
    </p>
  );
}
