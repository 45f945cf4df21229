import { useTranslation } from 'react-i18next';
import type { VerificationResult } from '../../../shared/domain/certificates';
import { formatDate } from '../trainer/components/format';
import { SignedFieldsPaper } from './SignedFieldsPaper';

/**
 * The answer, in words and colour. A signed code always says what its standing was checked against: this
 * computer's records, the signer's revocation list of a given date, or that no list of theirs is known here.
 */
export function VerificationResultCard({ result }: { result: VerificationResult }) {
  const { t, i18n } = useTranslation('certificates');
  const date = (iso: string) => formatDate(iso, i18n.language, { dateStyle: 'long' });
  if (result.status === 'tampered' || result.status === 'unknown-key' || result.status === 'malformed') {
    const heading = { tampered: 'tampered', 'unknown-key': 'unknownKey', malformed: 'malformed' }[result.status];
    return (
      <section className={`card verify-result ${result.status}`} role="status">
        <h2>{t(`verify.${heading}`)}</h2>
        <p>{t(`verify.${heading}Text`, { keyId: 'keyId' in result ? result.keyId : '' })}</p>
      </section>
    );
  }
  const issuer = result.issuer.own ? t('verify.ownIssuer') : result.issuer.label;
  const check = result.checkedAgainst;
  const checked =
    check.source === 'none' ? t('verify.checkedAgainst.none') : t(check.source === 'own' ? 'verify.checkedAgainst.own' : 'verify.checkedAgainst.list', { issuer, date: date(check.date) });
  const heading =
    result.status === 'valid'
      ? t('verify.validChecked', { check: checked })
      : result.status === 'revoked'
        ? t('verify.revoked', { date: date(result.on) })
        : result.status === 'replaced'
          ? t('verify.replaced', { number: result.by, date: date(result.on) })
          : t('verify.withdrawnKey');
  return (
    <section className={`card verify-result ${result.status}`} role="status">
      <h2>{heading}</h2>
      <p>
        {t('verify.validText', { issuer })}
        {result.issuedHere && ` ${t('verify.issuedHere')}`}
      </p>
      {result.countersigner && (
        <p className="verify-countersigner">
          {!result.countersigner.signer
            ? t('verify.countersignedUnknown', { keyId: result.countersigner.keyId })
            : result.countersigner.signer.own
              ? t('verify.countersignedHere')
              : t('verify.countersignedBy', { signer: result.countersigner.signer.label })}
        </p>
      )}
      {result.status === 'revoked' && <p>{t('verify.revokedReason', { reason: result.reason })}</p>}
      {result.status === 'replaced' && <p>{t('verify.replacedText', { number: result.by })}</p>}
      {result.status === 'withdrawn-key' && <p>{t('verify.withdrawnKeyText', { issuer, date: date(result.from) })}</p>}
      {result.status !== 'valid' && <p className="verify-check">{checked}</p>}
      {result.unsignedFields.length > 0 && (
        <p className="notice verify-v1">
          {t('verify.oldCode', { fields: result.unsignedFields.map((field) => t(`verify.field.${field}`)).join(t('verify.fieldSeparator')) })}
        </p>
      )}
      <SignedFieldsPaper claims={result.claims} moduleTitles={result.moduleTitles} unsigned={result.unsignedFields} />
    </section>
  );
}
