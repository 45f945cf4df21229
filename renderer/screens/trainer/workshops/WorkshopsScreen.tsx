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
import { CertificateExport } from '../certificates/CertificateExport';

const PAGE = 50;

/** `#/trainer/workshops`: newest first, filtered by status. */
export function WorkshopsScreen() {
  const { t, i18n } = useTranslation('workshops');
  const { t: tc } = useTranslation('certificates');
  const localized = useLocalized();
  const [status, setStatus] = useState<WorkshopStatus | undefined>(undefined);
  const [limit, setLimit] = useState(PAGE);
  const [creating, setCreating] = useState(false);
  // Finished workshops ticked for one certificate batch, e.g. every workshop of a programme.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
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
                <th scope="col" className="select-column"><span className="visually-hidden">{tc('programme.selectColumn')}</span></th>
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
                  <td className="select-column">
                    {w.status === 'done' && (
                      <input type="checkbox" checked={selected.has(w.id)} onChange={() => toggle(w.id)} aria-label={tc('programme.select', { title: w.title })} />
                    )}
                  </td>
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
      <section className="card stack">
        <h2>{tc('programme.title')}</h2>
        <p className="hint">{selected.size === 0 ? tc('programme.hint') : tc('programme.selected', { count: selected.size })}</p>
        <CertificateExport workshopIds={[...selected]} disabled={selected.size === 0} />
      </section>
      {creating && (
        <Modal title={t('list.add')} onClose={() => setCreating(false)} wide>
          <WorkshopForm onCancel={() => setCreating(false)} onSaved={(saved) => navigate('trainer', 'workshops', saved.id)} />
        </Modal>
      )}
    </section>
  );
}
