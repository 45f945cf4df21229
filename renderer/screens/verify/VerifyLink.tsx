import { useTranslation } from 'react-i18next';
import { routeHref } from '../../routes';

/** The way to the verify screen, from the Learn home and the trainer's start page. */
export function VerifyLink() {
  const { t } = useTranslation('certificates');
  return (
    <a className="button ghost verify-link" href={routeHref('verify')}>
      {t('verify.open')}
    </a>
  );
}
