import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { useApiData } from '../../hooks/use-api-data';
import { useLocalized } from '../../hooks/use-localized';
import { routeHref } from '../../routes';
import { VerifyLink } from '../verify/VerifyLink';
import { formatDateTime, formatNumber } from './components/format';
import { workshopDates, workshopPlace } from './workshops/workshop-labels';

/** The trainer's start page: what is on the books, and where to go next. */
export function TrainerDashboard() {
  const { t } = useTranslation();
  const { t: tt, i18n } = useTranslation('trainer');
  const { t: tw } = useTranslation('workshops');
  const localized = useLocalized();
  const overview = useApiData(() => api.getTrainerOverview({}), []);
  const modules = useApiData(() => api.listModules({}), []);
  const data = overview.data;
  const language = i18n.language;
  const moduleTitle = (id: string) => {
    const module = modules.data?.find((m) => m.id === id);
    return module ? localized(module.title) : id;
  };
  const stat = (key: string, value: number | undefined, href: string) => (
    <a className="stat card" href={href}>
      <span className="stat-value">{value === undefined ? '–' : formatNumber(value, language)}</span>
      <span className="stat-label">{tt(`overview.${key}`)}</span>
    </a>
  );

  return (
    <div className="stack">
      <p className="notice">{t('trainer.unlockedAs')}</p>
      <ErrorText error={overview.error} />
      <div className="stat-grid">
        {stat('running', data?.workshops.running, routeHref('trainer', 'workshops'))}
        {stat('planned', data?.workshops.planned, routeHref('trainer', 'workshops'))}
        {stat('enterprises', data?.enterprises, routeHref('trainer', 'enterprises'))}
        {stat('participants', data?.participants, routeHref('trainer', 'participants'))}
        <a className="stat card" href={routeHref('trainer', 'backup')}>
          <span className="stat-text">{data ? (data.lastBackupAt ? formatDateTime(data.lastBackupAt, language) : tt('overview.noBackup')) : '–'}</span>
          <span className="stat-label">{tt('overview.lastBackup')}</span>
        </a>
      </div>
      <section className="stack">
        <div className="toolbar">
          <h2 className="grow">{tt('overview.recent')}</h2>
          <VerifyLink />
          <a className="button ghost" href={routeHref('trainer', 'workshops')}>{tt('overview.allWorkshops')}</a>
        </div>
        {data && data.recentWorkshops.length === 0 ? (
          <p className="hint">{tt('overview.noWorkshops')}</p>
        ) : (
          <ul className="workshop-cards">
            {(data?.recentWorkshops ?? []).map((w) => (
              <li key={w.id}>
                <a className="card workshop-card" href={routeHref('trainer', 'workshops', w.id)}>
                  <span className={`status-pill ${w.status}`}>{tw(`status.${w.status}`)}</span>
                  <strong>{w.title}</strong>
                  <span className="hint">{moduleTitle(w.moduleId)}</span>
                  <span>{workshopDates(w, language, tw)}</span>
                  <span className="hint">{workshopPlace(w, language)}</span>
                  <span className="hint">{tt('overview.enrolled', { number: formatNumber(w.enrolledCount, language) })}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
