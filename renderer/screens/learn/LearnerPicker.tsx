import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseLabel, GENDERS, ROLES, type Gender, type ParticipantSummary, type Role } from '../../../shared/domain/people';
import { api } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { useApiData } from '../../hooks/use-api-data';
import { useLearner } from './learner-session';
import { VerifyLink } from '../verify/VerifyLink';

/** A learner finds their own name (characters or pinyin) or creates a profile; no password on a shared PC. */
export function LearnerPicker() {
  const { t, i18n } = useTranslation('learn');
  const [, setLearner] = useLearner();
  const [query, setQuery] = useState('');
  const matches = useApiData(() => (query.trim() ? api.searchLearners({ query }) : Promise.resolve([])), [query]);

  return (
    <div className="learner-picker">
      <section className="card">
        <h1>{t('learner.whoTitle')}</h1>
        <p className="hint">{t('learner.whoText')}</p>
        <label className="field">
          <span>{t('learner.searchLabel')}</span>
          <input type="search" value={query} placeholder={t('learner.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} autoFocus />
        </label>
        <ul className="learner-results">
          {(matches.data ?? []).map((person) => (
            <li key={person.id}>
              <button type="button" className="learner-choice" onClick={() => setLearner(person)}>
                <strong>{person.name}</strong>
                <span>{enterpriseLabel(person.enterprise, i18n.language)}</span>
              </button>
            </li>
          ))}
        </ul>
        {query.trim() !== '' && matches.data?.length === 0 && <p className="hint">{t('learner.noMatch')}</p>}
      </section>
      <NewLearnerForm onCreated={setLearner} />
      <VerifyLink />
    </div>
  );
}

/** Its own name field: what someone types to find themselves is a search, never a new profile's name. */
function NewLearnerForm({ onCreated }: { onCreated: (learner: ParticipantSummary) => void }) {
  const { t, i18n } = useTranslation('learn');
  const enterprises = useApiData(() => api.listEnterpriseNames({}), []);
  const [name, setName] = useState('');
  const [enterpriseId, setEnterpriseId] = useState('');
  const [gender, setGender] = useState<Gender>('undisclosed');
  const [role, setRole] = useState<Role>('worker');
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const finalName = name.trim();
    if (!finalName) return setProblem(t('learner.nameRequired'));
    setProblem('');
    try {
      onCreated(await api.createLearner({ name: finalName, gender, role, enterpriseId: enterpriseId || null }));
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <form className="card stack" onSubmit={submit}>
      <h2>{t('learner.newTitle')}</h2>
      <label className="field">
        <span>{t('learner.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
      </label>
      <label className="field">
        <span>{t('learner.enterprise')}</span>
        <select value={enterpriseId} onChange={(e) => setEnterpriseId(e.target.value)}>
          <option value="">{t('learner.noEnterprise')}</option>
          {(enterprises.data ?? []).map((e) => (
            <option key={e.id} value={e.id}>{enterpriseLabel(e, i18n.language)}</option>
          ))}
        </select>
      </label>
      <div className="form-row">
        <label className="field">
          <span>{t('learner.gender')}</span>
          <select value={gender} onChange={(e) => setGender(e.target.value as Gender)}>
            {GENDERS.map((g) => <option key={g} value={g}>{t(`gender.${g}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('learner.role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
          </select>
        </label>
      </div>
      {problem && <p className="error" role="alert">{problem}</p>}
      <ErrorText error={error} />
      <button type="submit" className="button primary">{t('learner.create')}</button>
    </form>
  );
}
