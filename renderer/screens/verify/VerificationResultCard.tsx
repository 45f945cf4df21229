import { useTranslation } from 'react-i18next';
import type { VerificationResult } from '../../../shared/domain/certificates';
import { useLocalized } from '../../hooks/use-localized';
import { formatDate, formatNumber } from '../trainer/components/format';

/** The answer, in words and colour: valid (with what the certificate says), altered, unknown issuer, or not a code. */
export function VerificationResultCard({ result }: { result: VerificationResult }) {
  const { t, i18n } = useTranslation('certificates');
  const localized = useLocalized();
  const language = i18n.language;
  if (result.status !== 'valid') {
    const heading = { tampered: 'tampered', 'unknown-key': 'unknownKey', malformed: 'malformed' }[result.status];
    return (
      <section className={`card verify-result ${result.status}`} role="status">
        <h2>{t(`verify.${heading}`)}</h2>
        <p>{t(`verify.${heading}Text`, { keyId: 'keyId' in result ? result.keyId : '' })}</p>
      </section>
    );
  }
  const { claims } = result;
  const dates = claims.startDate === claims.endDate ? formatDate(claims.startDate, language, { dateStyle: 'long' }) : `${formatDate(claims.startDate, language, { dateStyle: 'long' })} – ${formatDate(claims.endDate, language, { dateStyle: 'long' })}`;
  const issuer = result.issuer.own ? t('verify.ownIssuer') : result.issuer.label;
  return (
    <section className="card verify-result valid" role="status">
      <h2>{t('verify.valid')}</h2>
      <p>
        {t('verify.validText', { issuer })}
        {result.issuedHere && ` ${t('verify.issuedHere')}`}
      </p>
      <dl className="facts">
        <dt>{t('verify.name')}</dt>
        <dd className="verify-name">{claims.participantName}</dd>
        <dt>{t('verify.module')}</dt>
        <dd>{result.moduleTitle ? localized(result.moduleTitle) : claims.moduleId}</dd>
        <dt>{t('verify.dates')}</dt>
        <dd>{dates}</dd>
        <dt>{t('verify.hours')}</dt>
        <dd>{formatNumber(claims.hours, language)}</dd>
        <dt>{t('verify.number')}</dt>
        <dd><code>{claims.number}</code></dd>
      </dl>
    </section>
  );
}
