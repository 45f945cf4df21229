import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseLabel } from '../../../../shared/domain/people';
import { api } from '../../../api/client';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorText } from '../../../components/ErrorText';
import { useApiData } from '../../../hooks/use-api-data';
import { routeHref } from '../../../routes';
import { useDebounced } from '../components/use-debounced';

/** Who is in the workshop: search and add people one by one, or a whole enterprise at once. */
export function EnrollmentPanel({ workshopId, onChanged }: { workshopId: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation('workshops');
  const { t: tt } = useTranslation('trainer');
  const enrolled = useApiData(() => api.listEnrolled({ workshopId }), [workshopId]);
  const enterprises = useApiData(() => api.listEnterprises({}), []);
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim());
  const matches = useApiData(() => (settled ? api.searchParticipants({ query: settled, limit: 12 }) : Promise.resolve([])), [settled]);
  const [enterpriseId, setEnterpriseId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const enrolledIds = new Set((enrolled.data ?? []).map((p) => p.id));

  const run = async (work: () => Promise<string>) => {
    setError(null);
    setNotice('');
    try {
      setNotice(await work());
      enrolled.reload();
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  };
  const enrollOne = (id: string) => run(async () => t('enroll.added', { added: (await api.enrollParticipants({ workshopId, participantIds: [id] })).added }));
  const enrollEnterprise = () => run(async () => t('enroll.added', { added: (await api.enrollEnterprise({ workshopId, enterpriseId })).added }));
  const remove = (participantId: string) =>
    run(async () => {
      await api.unenrollParticipant({ workshopId, participantId });
      return t('enroll.removed');
    });

  const people = enrolled.data ?? [];
  return (
    <div className="enroll-layout">
      <section className="card stack">
        <h3>{t('enroll.addTitle')}</h3>
        <label className="field">
          <span>{t('enroll.search')}</span>
          <input type="search" value={query} placeholder={t('enroll.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        </label>
        {settled !== '' && (
          <ul className="pick-list" aria-label={t('enroll.results')}>
            {(matches.data ?? []).map((person) => (
              <li key={person.id}>
                <span>
                  <strong>{person.name}</strong>
                  <small className="secondary-name">{enterpriseLabel(person.enterprise, i18n.language) || tt('participant.noEnterprise')}</small>
                </span>
                <button
                  type="button"
                  className="button ghost small"
                  disabled={enrolledIds.has(person.id)}
                  aria-label={t('enroll.enrollPerson', { name: person.name })}
                  onClick={() => enrollOne(person.id)}
                >
                  {enrolledIds.has(person.id) ? t('enroll.already') : t('enroll.enroll')}
                </button>
              </li>
            ))}
            {matches.data?.length === 0 && <li className="hint">{t('enroll.noMatch')}</li>}
          </ul>
        )}
        <div className="field">
          <label htmlFor="enroll-enterprise">{t('enroll.wholeEnterprise')}</label>
          <div className="inline-add">
            <select id="enroll-enterprise" value={enterpriseId} onChange={(e) => setEnterpriseId(e.target.value)}>
              <option value="">{t('enroll.chooseEnterprise')}</option>
              {(enterprises.data ?? []).map((e) => (
                <option key={e.id} value={e.id}>
                  {t('enroll.enterpriseOption', { name: enterpriseLabel(e, i18n.language), number: e.participantCount })}
                </option>
              ))}
            </select>
            <button type="button" className="button ghost" disabled={!enterpriseId} onClick={enrollEnterprise}>{t('enroll.enrollAll')}</button>
          </div>
        </div>
        <a className="button ghost" href={routeHref('trainer', 'import', workshopId)}>{t('enroll.importRoster')}</a>
        {notice && <p className="success" role="status">{notice}</p>}
        <ErrorText error={error} />
      </section>
      <section className="stack">
        <h3>{t('enroll.enrolledTitle', { number: people.length })}</h3>
        <ErrorText error={enrolled.error} />
        {enrolled.data && people.length === 0 ? (
          <EmptyState title={t('enroll.emptyTitle')}>{t('enroll.emptyText')}</EmptyState>
        ) : (
          <div className="table-wrap card flush">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{tt('participant.name')}</th>
                  <th scope="col">{tt('participant.enterprise')}</th>
                  <th scope="col">{tt('participant.gender')}</th>
                  <th scope="col">{tt('participant.role')}</th>
                  <th scope="col"><span className="visually-hidden">{tt('actions.label')}</span></th>
                </tr>
              </thead>
              <tbody>
                {people.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">{person.name}</th>
                    <td>{enterpriseLabel(person.enterprise, i18n.language) || '—'}</td>
                    <td>{tt(`gender.${person.gender}`)}</td>
                    <td>{tt(`role.${person.role}`)}</td>
                    <td className="row-actions">
                      <button type="button" className="button ghost small" aria-label={t('enroll.removePerson', { name: person.name })} onClick={() => remove(person.id)}>
                        {t('enroll.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
