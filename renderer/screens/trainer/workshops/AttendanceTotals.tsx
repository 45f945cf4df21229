import { useTranslation } from 'react-i18next';
import type { AttendanceSummary, CellState } from '../../../../shared/domain/attendance-summary';
import { formatNumber, formatPercent } from '../components/format';

const STATES: CellState[] = ['present', 'late', 'excused', 'absent', 'unmarked'];

/** The workshop's totals: every cell by status, and attendance by gender (present and late count as attended). */
export function AttendanceTotals({ summary }: { summary: AttendanceSummary }) {
  const { t, i18n } = useTranslation('workshops');
  const { t: tt } = useTranslation('trainer');
  const language = i18n.language;
  return (
    <div className="totals-layout">
      <section className="card">
        <h3>{t('attendance.byStatus')}</h3>
        <ul className="status-totals">
          {STATES.map((state) => (
            <li key={state}>
              <span className={`mark ${state}`} aria-hidden="true">{state === 'unmarked' ? '' : t(`attendance.short.${state}`)}</span>
              <span className="grow">{t(`attendance.status.${state}`)}</span>
              <strong>{formatNumber(summary.byStatus[state], language)}</strong>
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h3>{t('attendance.byGender')}</h3>
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{tt('participant.gender')}</th>
              <th scope="col" className="num">{t('attendance.people')}</th>
              <th scope="col" className="num">{t('attendance.attendedSessions')}</th>
              <th scope="col" className="num">{t('attendance.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.byGender.map((group) => (
              <tr key={group.gender}>
                <th scope="row">{tt(`gender.${group.gender}`)}</th>
                <td className="num">{formatNumber(group.participants, language)}</td>
                <td className="num">{t('attendance.attendedOf', { attended: formatNumber(group.attended, language), total: formatNumber(group.possible, language) })}</td>
                <td className="num">{formatPercent(group.rate, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
