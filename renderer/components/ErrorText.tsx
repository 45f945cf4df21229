import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client';

/** Turns any failure into a localized sentence: a typed API error by its code, anything else as INTERNAL. */
export function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const apiError = error instanceof ApiCallError ? error.error : { code: 'INTERNAL' as const };
  return (
    <p className="error" role="alert">
      {t(`errors.${apiError.code}`, apiError as Record<string, unknown>)}
    </p>
  );
}
