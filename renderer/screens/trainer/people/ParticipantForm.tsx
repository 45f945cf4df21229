import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseLabel, GENDERS, ROLES, type DuplicateMatch, type EnterpriseSummary, type Participant, type ParticipantInput } from '../../../../shared/domain/people';
import { ApiCallError } from '../../../api/client';
import { useCreateParticipant, useUpdateParticipant } from '../../../data/people';
import { ErrorText } from '../../../components/ErrorText';

function inputOf(participant: Participant | undefined, enterpriseId: string | undefined): ParticipantInput {
  if (!participant) return { name: '', gender: 'female', enterpriseId: enterpriseId ?? null, role: 'worker', jobTitle: '', department: '', phone: '' };
  const { name, gender, enterpriseId: own, role, jobTitle, department, phone } = participant;
  return { name, gender, enterpriseId: own, role, jobTitle, department, phone };
}

/**
 * Add or edit one participant. The core refuses a likely duplicate; the form then shows who it resembles and
 * lets the trainer save anyway (two workers can share a common name).
 */
export function ParticipantForm({
  participant,
  enterprises,
  defaultEnterpriseId,
  onSaved,
  onDelete,
  onCancel,
}: {
  participant?: Participant;
  enterprises: EnterpriseSummary[];
  defaultEnterpriseId?: string;
  onSaved: (saved: Participant) => void;
  onDelete?: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('trainer');
  const [value, setValue] = useState<ParticipantInput>(() => inputOf(participant, defaultEnterpriseId));
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const create = useCreateParticipant();
  const update = useUpdateParticipant();
  const saving = create.isPending || update.isPending;
  const set = <K extends keyof ParticipantInput>(key: K, next: ParticipantInput[K]) => {
    setValue((v) => ({ ...v, [key]: next }));
    setDuplicates(null);
  };

  const save = async (allowDuplicate: boolean) => {
    setError(null);
    try {
      const saved = participant
        ? await update.mutateAsync({ id: participant.id, participant: value, allowDuplicate })
        : await create.mutateAsync({ participant: value, allowDuplicate });
      onSaved(saved);
    } catch (caught) {
      if (caught instanceof ApiCallError && caught.error.code === 'PARTICIPANT_DUPLICATE') setDuplicates(caught.error.matches as DuplicateMatch[]);
      else setError(caught);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };

  return (
    <form className="stack" onSubmit={submit}>
      <div className="form-grid">
        <label className="field">
          <span>{t('participant.name')}</span>
          <input value={value.name} maxLength={100} required autoFocus onChange={(e) => set('name', e.target.value)} />
        </label>
        <label className="field">
          <span>{t('participant.enterprise')}</span>
          <select value={value.enterpriseId ?? ''} onChange={(e) => set('enterpriseId', e.target.value || null)}>
            <option value="">{t('participant.noEnterprise')}</option>
            {enterprises.map((e) => (
              <option key={e.id} value={e.id}>{enterpriseLabel(e, i18n.language)}</option>
            ))}
          </select>
        </label>
        <fieldset className="field choice-row">
          <legend>{t('participant.gender')}</legend>
          <div className="segmented">
            {GENDERS.map((gender) => (
              <label key={gender} className={value.gender === gender ? 'segment selected' : 'segment'}>
                <input type="radio" name="gender" value={gender} checked={value.gender === gender} onChange={() => set('gender', gender)} />
                {t(`gender.${gender}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span>{t('participant.jobTitle')}</span>
          <input value={value.jobTitle} maxLength={60} onChange={(e) => set('jobTitle', e.target.value)} />
        </label>
        <label className="field">
          <span>{t('participant.role')}</span>
          <select value={value.role} onChange={(e) => set('role', e.target.value as ParticipantInput['role'])}>
            {ROLES.map((role) => (
              <option key={role} value={role}>{t(`role.${role}`)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('participant.department')}</span>
          <input value={value.department} maxLength={60} onChange={(e) => set('department', e.target.value)} />
        </label>
        <label className="field">
          <span>{t('participant.phone')}</span>
          <input type="tel" inputMode="tel" value={value.phone} maxLength={40} onChange={(e) => set('phone', e.target.value)} />
        </label>
      </div>
      {duplicates && (
        <div className="warning-box" role="alert">
          <strong>{t('participant.duplicateTitle')}</strong>
          <ul>
            {duplicates.map((match) => (
              <li key={match.id}>
                {t(match.reason === 'phone' ? 'participant.duplicatePhone' : 'participant.duplicateName', {
                  name: match.name,
                  enterprise: enterpriseLabel(match.enterprise, i18n.language) || t('participant.noEnterprise'),
                })}
              </li>
            ))}
          </ul>
          <button type="button" className="button ghost" disabled={saving} onClick={() => save(true)}>{t('participant.saveAnyway')}</button>
        </div>
      )}
      <ErrorText error={error} />
      <div className="actions">
        {onDelete && (
          <button type="button" className="button ghost danger push-left" onClick={onDelete}>{t('actions.delete')}</button>
        )}
        <button type="button" className="button ghost" onClick={onCancel}>{t('actions.cancel')}</button>
        <button type="submit" className="button primary" disabled={saving || duplicates !== null}>{t('actions.save')}</button>
      </div>
    </form>
  );
}
