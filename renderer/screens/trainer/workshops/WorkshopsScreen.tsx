import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHOP_STATUSES, type WorkshopStatus } from '../../../../shared/domain/workshops';
import { api } from '../../../api/client';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorText } from '../../../components/ErrorText';
import { useApiData } from '../../../hooks/use-api-data';
import { useLocalized } from '../../../hooks/use-localized';
import { navigate, routeHref } from '../../../routes';
import { formatNumber } from '../components/format';
import { Modal } from '../components/Modal';
import { WorkshopForm } from './WorkshopForm';
import { workshopDates, workshopPlace } from './workshop-labels';
import { SegmentedControl } from '../../../components/SegmentedControl';

const PAGE = 50;

/** `#/trainer/workshops`: newest first, filtered by status. */
export function WorkshopsScreen() {
  const { t, i18n } = useTranslation('workshops');
  const localized = useLocalized();
  const [status, setStatus] = useState<WorkshopStatus | undefined>(undefined);
  const [limit, setLimit] = useState(PAGE);
  const [creating, setCreating] = useState(false);
  const list = useApiData(() => api.listWorkshops({ status, offset: 0, limit }), [status, limit]);
  const modules = useApiData(() => api.listModules({}), []);
  const moduleTitle = (id: string) => {
    const module = modules.data?.find((m) => m.id === id);
    return module ? localized(module.title) : id;
  };
  const rows = list.data?.rows ?? [];

  return (
    <section className="stack">
      <div className="toolbar">
        <SegmentedControl
          label={t('list.filter')}
          options={['all', ...WORKSHOP_STATUSES] as const}
          value={status ?? 'all'}
          optionLabel={(item) => (item === 'all' ? t('list.all') : t(`status.${item}`))}
          onChange={(item) => {
            setStatus(item === 'all' ? undefined : item);
            setLimit(PAGE);
          }}
        />
        <span className="grow" />
        <button type="button" className="button primary" onClick={() => setCreating(true)}>{t('list.add')}</button>
      </div>
      <ErrorText error={list.error} />
      {list.data && rows.length === 0 && <EmptyState title={t('list.emptyTitle')}>{t('list.emptyText')}</EmptyState>}
      {rows.length > 0 && (
        <div className="table-wrap card flush">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('list.workshop')}</th>
                <th scope="col">{t('list.dates')}</th>
                <th scope="col">{t('list.place')}</th>
                <th scope="col" className="num">{t('list.sessions')}</th>
                <th scope="col" className="num">{t('list.enrolled')}</th>
                <th scope="col">{t('list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((w) => (
                <tr key={w.id}>
                  <th scope="row">
                    <a href={routeHref('trainer', 'workshops', w.id)}>{w.title}</a>
                    <small className="secondary-name">{moduleTitle(w.moduleId)}</small>
                  </th>
                  <td>{workshopDates(w, i18n.language, t)}</td>
                  <td>{workshopPlace(w, i18n.language) || '—'}</td>
                  <td className="num">{formatNumber(w.sessionCount, i18n.language)}</td>
                  <td className="num">{formatNumber(w.enrolledCount, i18n.language)}</td>
                  <td><span className={`status-pill ${w.status}`}>{t(`status.${w.status}`)}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && list.data.total > rows.length && (
        <button type="button" className="button ghost" onClick={() => setLimit((l) => l + PAGE)}>
          {t('list.more', { shown: formatNumber(rows.length, i18n.language), total: formatNumber(list.data.total, i18n.language) })}
        </button>
      )}
      {creating && (
        <Modal title={t('list.add')} onClose={() => setCreating(false)} wide>
          <WorkshopForm onCancel={() => setCreating(false)} onSaved={(saved) => navigate('trainer', 'workshops', saved.id)} />
        </Modal>
      )}
    </section>
  );
}
