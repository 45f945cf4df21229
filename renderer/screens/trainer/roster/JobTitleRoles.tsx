import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/domain/people';
import type { RosterJobTitle } from '../../../../shared/domain/roster';
import { formatNumber } from '../components/format';

/** Each distinct job title of the file once, with the role its people get; a choice here applies to all of them. */
export function JobTitleRoles({ titles, onChoose }: { titles: RosterJobTitle[]; onChoose: (key: string, role: Role) => void }) {
  const { t, i18n } = useTranslation('roster');
  const { t: tt } = useTranslation('trainer');
  if (titles.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="roster-titles-title">
      <h3 id="roster-titles-title">{t('titles.title')}</h3>
      <p className="hint">{t('titles.hint')}</p>
      <div className="table-wrap">
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('titles.jobTitle')}</th>
              <th scope="col" className="num">{t('titles.people')}</th>
              <th scope="col">{t('titles.role')}</th>
            </tr>
          </thead>
          <tbody>
            {titles.map((title) => (
              <tr key={title.key} className={title.source === 'unknown' ? 'row-warn' : undefined}>
                <th scope="row">{title.title}</th>
                <td className="num">{formatNumber(title.rows, i18n.language)}</td>
                <td>
                  <div className="roster-title-role">
                    <select aria-label={t('titles.roleFor', { title: title.title })} value={title.role} onChange={(e) => onChoose(title.key, e.target.value as Role)}>
                      {ROLES.map((role) => <option key={role} value={role}>{tt(`role.${role}`)}</option>)}
                    </select>
                    {title.source === 'unknown' && <span className="badge warn">{t('titles.unknown')}</span>}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
