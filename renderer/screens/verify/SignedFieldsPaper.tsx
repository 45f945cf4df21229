import { useTranslation } from 'react-i18next';
import type { CertificateClaims, ModuleClaim, UnsignedField } from '../../../shared/domain/certificates';
import type { LocalizedText } from '../../../shared/content/pack';
import { useLocalized } from '../../hooks/use-localized';
import { formatDate, formatNumber } from '../trainer/components/format';

/**
 * What the code signs, laid out where the paper prints it (number top right, name in the middle, signers and
 * organisation along the bottom), so a checker can hold the paper beside the screen and compare line by line.
 * A field the code does not sign says so in its place.
 */
export function SignedFieldsPaper({ claims, moduleTitles, unsigned }: { claims: CertificateClaims; moduleTitles: Array<LocalizedText | null>; unsigned: UnsignedField[] }) {
  const { t, i18n } = useTranslation('certificates');
  const localized = useLocalized();
  const language = i18n.language;
  const date = (iso: string) => formatDate(iso, language, { dateStyle: 'long' });
  const dates = (m: ModuleClaim) => (m.startDate === m.endDate ? date(m.startDate) : `${date(m.startDate)} – ${date(m.endDate)}`);
  const notSigned = (field: UnsignedField) => unsigned.includes(field) && <span className="not-signed">{t('verify.paper.notSigned')}</span>;

  return (
    <div className="signed-paper" aria-label={t('verify.paper.label')}>
      <dl className="signed-paper-corner">
        <dt>{t('verify.number')}</dt>
        <dd><code>{claims.number}</code></dd>
        {claims.replaces && (
          <>
            <dt>{t('verify.paper.replaces')}</dt>
            <dd><code>{claims.replaces}</code></dd>
          </>
        )}
        {notSigned('replaces') && (
          <>
            <dt>{t('verify.paper.replaces')}</dt>
            <dd>{notSigned('replaces')}</dd>
          </>
        )}
      </dl>
      <p className="signed-paper-caption">{t('verify.paper.certifies')}</p>
      <p className="verify-name">{claims.participantName}</p>
      <p className="signed-paper-caption">{t(claims.programmeTitle ? 'verify.paper.completedProgramme' : 'verify.paper.completed')}</p>
      {claims.programmeTitle && <p className="signed-paper-module">{claims.programmeTitle}</p>}
      {claims.modules.map((module, i) => (
        <div key={`${module.moduleId}-${module.startDate}`} className="signed-paper-training">
          <p className={claims.programmeTitle ? 'signed-paper-programme-module' : 'signed-paper-module'}>{moduleTitles[i] ? localized(moduleTitles[i]) : module.moduleId}</p>
          <dl className="facts">
            <dt>{t('verify.dates')}</dt>
            <dd>{dates(module)}</dd>
            <dt>{t('verify.hours')}</dt>
            <dd>{formatNumber(module.hours, language)}</dd>
          </dl>
        </div>
      ))}
      <div className="signed-paper-bottom">
        {(claims.signers ?? [null]).map((signer, i) => (
          <dl key={signer?.name ?? i}>
            <dd className="signed-paper-signer">{signer ? signer.name : notSigned('signers')}</dd>
            <dt>{signer?.title || t('verify.paper.signers')}</dt>
          </dl>
        ))}
        <dl>
          <dt>{t('verify.paper.organisation')}</dt>
          <dd>{claims.organisationName ?? notSigned('organisationName')}</dd>
          <dt>{t('verify.paper.issuedOn')}</dt>
          <dd>{claims.issuedOn ? date(claims.issuedOn) : notSigned('issuedOn')}</dd>
        </dl>
      </div>
    </div>
  );
}
