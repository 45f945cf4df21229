import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BLANK_ENTERPRISE, hasEnterpriseName, SECTORS, SIZE_BANDS, type Enterprise, type EnterpriseInput } from '../../../../shared/domain/people';
import { ErrorText } from '../../../components/ErrorText';
import { useCreateEnterprise, useUpdateEnterprise } from '../../../data/people';

// The form offers manufacturing first, where most SCORE enterprises are; the roster import, knowing nothing, says 'other'.
const EMPTY: EnterpriseInput = { ...BLANK_ENTERPRISE, sector: 'manufacturing' };

function inputOf(enterprise: Enterprise | undefined): EnterpriseInput {
  if (!enterprise) return EMPTY;
  const { nameZh, nameEn, sector, sizeBand, city, district, contactName, contactPhone, workersFemale, workersMale } = enterprise;
  return { nameZh, nameEn, sector, sizeBand, city, district, contactName, contactPhone, workersFemale, workersMale };
}

export function EnterpriseForm({ enterprise, onSaved, onCancel }: { enterprise?: Enterprise; onSaved: (saved: Enterprise) => void; onCancel: () => void }) {
  const { t } = useTranslation('trainer');
  const [value, setValue] = useState<EnterpriseInput>(() => inputOf(enterprise));
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<unknown>(null);
  const create = useCreateEnterprise();
  const update = useUpdateEnterprise();
  const saving = create.isPending || update.isPending;
  const set = <K extends keyof EnterpriseInput>(key: K, next: EnterpriseInput[K]) => setValue((v) => ({ ...v, [key]: next }));
  const text = (key: 'nameZh' | 'nameEn' | 'city' | 'district' | 'contactName' | 'contactPhone', max = 120) => (
    <label className="field">
      <span>{t(`enterprise.${key}`)}</span>
      <input value={value[key]} maxLength={max} onChange={(e) => set(key, e.target.value)} />
    </label>
  );
  const count = (key: 'workersFemale' | 'workersMale') => (
    <label className="field">
      <span>{t(`enterprise.${key}`)}</span>
      <input type="number" inputMode="numeric" min={0} max={1_000_000} value={value[key]} onChange={(e) => set(key, Math.max(0, Math.floor(Number(e.target.value) || 0)))} />
    </label>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!hasEnterpriseName(value)) return setProblem(t('enterprise.nameRequired'));
    setProblem('');
    setError(null);
    try {
      onSaved(enterprise ? await update.mutateAsync({ id: enterprise.id, enterprise: value }) : await create.mutateAsync({ enterprise: value }));
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <form className="stack" onSubmit={submit}>
      <div className="form-grid">
        {text('nameZh')}
        {text('nameEn')}
        <label className="field">
          <span>{t('enterprise.sector')}</span>
          <select value={value.sector} onChange={(e) => set('sector', e.target.value as EnterpriseInput['sector'])}>
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>{t(`sector.${sector}`)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('enterprise.sizeBand')}</span>
          <select value={value.sizeBand} onChange={(e) => set('sizeBand', e.target.value as EnterpriseInput['sizeBand'])}>
            <option value="">{t('sizeBand.unknown')}</option>
            {SIZE_BANDS.map((band) => (
              <option key={band} value={band}>{t(`sizeBand.${band}`)}</option>
            ))}
          </select>
        </label>
        {text('city', 60)}
        {text('district', 60)}
        {text('contactName', 60)}
        {text('contactPhone', 40)}
        {count('workersFemale')}
        {count('workersMale')}
      </div>
      {problem && <p className="error" role="alert">{problem}</p>}
      <ErrorText error={error} />
      <div className="actions">
        <button type="button" className="button ghost" onClick={onCancel}>{t('actions.cancel')}</button>
        <button type="submit" className="button primary" disabled={saving}>{t('actions.save')}</button>
      </div>
    </form>
  );
}
