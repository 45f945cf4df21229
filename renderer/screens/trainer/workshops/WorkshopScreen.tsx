import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHOP_STATUSES, type WorkshopStatus } from '../../../../shared/domain/workshops';
import { api } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';
import { useApiData } from '../../../hooks/use-api-data';
import { useLocalized } from '../../../hooks/use-localized';
import { navigate, routeHref } from '../../../routes';
import { CertificatesPanel } from '../certificates/CertificatesPanel';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { PrintoutsPanel } from '../printouts/PrintoutsPanel';
import { formatNumber } from '../components/format';
import { Modal } from '../components/Modal';
import { ResultsPanel } from '../results/ResultsPanel';
import { AttendanceGrid } from './AttendanceGrid';
import { EnrollmentPanel } from './EnrollmentPanel';
import { StatusOffer } from './StatusOffer';
import { WorkshopForm } from './WorkshopForm';
import { workshopDates, workshopPlace } from './workshop-labels';
import { SegmentedControl } from '../../../components/SegmentedControl';

const TABS = ['participants', 'attendance', 'results', 'certificates', 'printouts'] as const;
type Tab = (typeof TABS)[number];

/** `#/trainer/workshops/<id>/<tab>`: the workshop's facts and status, then enrollment and attendance. */
export function WorkshopScreen({ workshopId, tab }: { workshopId: string; tab: string | undefined }) {
  const { t, i18n } = useTranslation('workshops');
  const { t: tt } = useTranslation('trainer');
  const localized = useLocalized();
  const workshop = useApiData(() => api.getWorkshop({ id: workshopId }), [workshopId]);
  const modules = useApiData(() => api.listModules({}), []);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [statusError, setStatusError] = useState<unknown>(null);
  const active: Tab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'participants';
  const w = workshop.data;
  if (!w) return <ErrorText error={workshop.error} />;
  const module = modules.data?.find((m) => m.id === w.moduleId);
  const hours = w.sessions.length * w.hoursPerSession;
  const changeStatus = async (status: WorkshopStatus) => {
    setStatusError(null);
    try {
      await api.setWorkshopStatus({ id: w.id, status });
      workshop.reload();
    } catch (caught) {
      setStatusError(caught);
    }
  };

  return (
    <section className="stack">
      <a className="back-link" href={routeHref('trainer', 'workshops')}>{t('detail.back')}</a>
      <div className="card workshop-head">
        <div className="workshop-title">
          <h2>{w.title}</h2>
          <p className="hint">{module ? localized(module.title) : w.moduleId}</p>
        </div>
        <SegmentedControl
          label={t('list.status')}
          options={WORKSHOP_STATUSES}
          value={w.status}
          optionLabel={(status) => t(`status.${status}`)}
          onChange={(status) => void changeStatus(status)}
        />
        <dl className="facts workshop-facts">
          <dt>{t('list.dates')}</dt>
          <dd>{workshopDates(w, i18n.language, t)}</dd>
          <dt>{t('list.place')}</dt>
          <dd>{workshopPlace(w, i18n.language) || '—'}</dd>
          <dt>{t('form.trainers')}</dt>
          <dd>{w.trainerNames.join('、') || '—'}</dd>
          <dt>{t('list.sessions')}</dt>
          <dd>{t('detail.sessionsValue', { sessions: formatNumber(w.sessions.length, i18n.language), hours: formatNumber(hours, i18n.language) })}</dd>
        </dl>
        <div className="actions">
          <button type="button" className="button ghost danger" onClick={() => setDeleting(true)}>{tt('actions.delete')}</button>
          <button type="button" className="button ghost" onClick={() => setEditing(true)}>{t('detail.edit')}</button>
        </div>
      </div>
      <ErrorText error={statusError} />
      <StatusOffer workshop={w} onAccept={(status) => void changeStatus(status)} />
      <nav className="trainer-tabs sub" aria-label={t('detail.tabs')}>
        {TABS.map((item) => (
          <a key={item} href={routeHref('trainer', 'workshops', w.id, item)} className={item === active ? 'trainer-tab active' : 'trainer-tab'} aria-current={item === active ? 'page' : undefined}>
            {t(`detail.tab.${item}`)}
            {item === 'participants' && <span className="tab-count">{formatNumber(w.enrolledCount, i18n.language)}</span>}
          </a>
        ))}
      </nav>
      {active === 'participants' && <EnrollmentPanel workshopId={w.id} onChanged={workshop.reload} />}
      {active === 'attendance' && <AttendanceGrid workshopId={w.id} onMarked={w.status === 'planned' ? workshop.reload : undefined} />}
      {active === 'results' && <ResultsPanel workshopId={w.id} moduleId={w.moduleId} />}
      {/* Keyed by status: finishing the workshop must enable issuing at once, with nothing kept from before. */}
      {active === 'certificates' && <CertificatesPanel key={w.status} workshopId={w.id} />}
      {active === 'printouts' && <PrintoutsPanel workshop={w} />}
      {editing && (
        <Modal title={t('detail.edit')} onClose={() => setEditing(false)} wide>
          <WorkshopForm
            workshop={w}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              workshop.reload();
            }}
          />
        </Modal>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('detail.deleteTitle')}
          message={t('detail.confirmDelete', { title: w.title })}
          confirmLabel={tt('actions.delete')}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            await api.deleteWorkshop({ id: w.id });
            navigate('trainer', 'workshops');
          }}
        />
      )}
    </section>
  );
}
