import { localToday } from '../../../../shared/domain/workshop-status-offer';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseLabel } from '../../../../shared/domain/people';
import { slotsBetween, type SessionSlot, type Workshop, type WorkshopInput } from '../../../../shared/domain/workshops';
import { api } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';
import { useApiData } from '../../../hooks/use-api-data';
import { useLocalized } from '../../../hooks/use-localized';
import { formatDate } from '../components/format';

const slotKey = (slot: SessionSlot) => `${slot.date}/${slot.half}`;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function initial(workshop: Workshop | undefined): WorkshopInput {
  if (workshop) {
    const { moduleId, title, startDate, endDate, location, siteEnterprise, hoursPerSession, trainerNames, sessions } = workshop;
    return { moduleId, title, startDate, endDate, location, siteEnterpriseId: siteEnterprise?.id ?? null, hoursPerSession, trainerNames, sessions: sessions.map(({ date, half }) => ({ date, half })) };
  }
  const start = localToday();
  const end = addDays(start, 1);
  return { moduleId: '', title: '', startDate: start, endDate: end, location: '', siteEnterpriseId: null, hoursPerSession: 3.5, trainerNames: [], sessions: slotsBetween(start, end) };
}

/**
 * A workshop's module, dates, place, trainers and half-day sessions. Changing the dates offers every half-day in
 * between; the trainer unticks those not held. A session that already has attendance marks stays ticked.
 */
export function WorkshopForm({ workshop, onSaved, onCancel }: { workshop?: Workshop; onSaved: (saved: Workshop) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation('workshops');
  const { t: tt } = useTranslation('trainer');
  const localized = useLocalized();
  const modules = useApiData(() => api.listModules({}), []);
  const enterprises = useApiData(() => api.listEnterprises({}), []);
  const knownTrainers = useApiData(() => api.listTrainerNames({}), []);
  const [value, setValue] = useState<WorkshopInput>(() => initial(workshop));
  const [titleTouched, setTitleTouched] = useState(workshop !== undefined);
  const [trainerDraft, setTrainerDraft] = useState('');
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const locked = new Set((workshop?.sessions ?? []).filter((s) => s.marked > 0).map(slotKey));
  const chosen = new Set(value.sessions.map(slotKey));
  const offered = slotsBetween(value.startDate, value.endDate);
  const set = <K extends keyof WorkshopInput>(key: K, next: WorkshopInput[K]) => setValue((v) => ({ ...v, [key]: next }));

  const chooseModule = (moduleId: string) => {
    const module = modules.data?.find((m) => m.id === moduleId);
    setValue((v) => ({ ...v, moduleId, title: titleTouched || !module ? v.title : localized(module.title) }));
  };
  const changeDates = (startDate: string, endDate: string) => {
    const slots = slotsBetween(startDate, endDate);
    setValue((v) => ({ ...v, startDate, endDate, sessions: slots.length > 0 ? slots : v.sessions }));
  };
  const toggle = (slot: SessionSlot) => {
    const key = slotKey(slot);
    set('sessions', chosen.has(key) ? value.sessions.filter((s) => slotKey(s) !== key) : offered.filter((s) => chosen.has(slotKey(s)) || slotKey(s) === key));
  };
  const addTrainer = () => {
    const name = trainerDraft.trim();
    if (name && !value.trainerNames.includes(name)) set('trainerNames', [...value.trainerNames, name]);
    setTrainerDraft('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.moduleId) return setProblem(t('form.moduleRequired'));
    if (!value.title.trim()) return setProblem(t('form.titleRequired'));
    if (value.endDate < value.startDate) return setProblem(t('form.datesBackwards'));
    if (offered.length === 0 || value.sessions.length === 0) return setProblem(t('form.sessionsRequired'));
    setProblem('');
    setError(null);
    setSaving(true);
    const input = { ...value, sessions: value.sessions.filter((s) => offered.some((o) => slotKey(o) === slotKey(s))) };
    try {
      onSaved(workshop ? await api.updateWorkshop({ id: workshop.id, workshop: input }) : await api.createWorkshop({ workshop: input }));
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit}>
      <div className="form-grid">
        <label className="field">
          <span>{t('form.module')}</span>
          <select value={value.moduleId} onChange={(e) => chooseModule(e.target.value)} required>
            <option value="">{t('form.chooseModule')}</option>
            {(modules.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>{localized(m.title)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('form.title')}</span>
          <input
            value={value.title}
            maxLength={160}
            onChange={(e) => {
              setTitleTouched(true);
              set('title', e.target.value);
            }}
          />
        </label>
        <label className="field">
          <span>{t('form.startDate')}</span>
          <input type="date" value={value.startDate} onChange={(e) => changeDates(e.target.value, value.endDate < e.target.value ? e.target.value : value.endDate)} required />
        </label>
        <label className="field">
          <span>{t('form.endDate')}</span>
          <input type="date" value={value.endDate} min={value.startDate} onChange={(e) => changeDates(value.startDate, e.target.value)} required />
        </label>
        <label className="field">
          <span>{t('form.site')}</span>
          <select value={value.siteEnterpriseId ?? ''} onChange={(e) => set('siteEnterpriseId', e.target.value || null)}>
            <option value="">{t('form.noSite')}</option>
            {(enterprises.data ?? []).map((e) => (
              <option key={e.id} value={e.id}>{enterpriseLabel(e, i18n.language)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('form.location')}</span>
          <input value={value.location} maxLength={160} placeholder={t('form.locationPlaceholder')} onChange={(e) => set('location', e.target.value)} />
        </label>
        <label className="field">
          <span>{t('form.hoursPerSession')}</span>
          <input type="number" min={0.5} max={12} step={0.5} value={value.hoursPerSession} onChange={(e) => set('hoursPerSession', Number(e.target.value) || 0.5)} />
        </label>
        <div className="field">
          <label htmlFor="trainer-draft">{t('form.trainers')}</label>
          <div className="inline-add">
            <input
              id="trainer-draft"
              list="known-trainers"
              value={trainerDraft}
              maxLength={80}
              onChange={(e) => setTrainerDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addTrainer();
                }
              }}
            />
            <button type="button" className="button ghost" onClick={addTrainer} disabled={!trainerDraft.trim()}>{t('form.addTrainer')}</button>
          </div>
          <datalist id="known-trainers">
            {(knownTrainers.data ?? []).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {value.trainerNames.length > 0 && (
            <ul className="chips">
              {value.trainerNames.map((name) => (
                <li key={name} className="chip">
                  {name}
                  <button type="button" aria-label={t('form.removeTrainer', { name })} onClick={() => set('trainerNames', value.trainerNames.filter((n) => n !== name))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <fieldset className="sessions-picker">
        <legend>{t('form.sessions', { number: value.sessions.length })}</legend>
        <p className="hint">{t('form.sessionsHint')}</p>
        <div className="session-days">
          {[...new Set(offered.map((s) => s.date))].map((date) => (
            <div key={date} className="session-day">
              <span className="session-date">{formatDate(date, i18n.language, { weekday: 'short', month: 'short', day: 'numeric' })}</span>
              {offered
                .filter((s) => s.date === date)
                .map((slot) => (
                  <label key={slotKey(slot)} className={chosen.has(slotKey(slot)) ? 'session-toggle on' : 'session-toggle'}>
                    <input type="checkbox" checked={chosen.has(slotKey(slot))} disabled={locked.has(slotKey(slot))} onChange={() => toggle(slot)} />
                    {t(`half.${slot.half}`)}
                  </label>
                ))}
            </div>
          ))}
        </div>
      </fieldset>
      {problem && <p className="error" role="alert">{problem}</p>}
      <ErrorText error={error ?? modules.error} />
      <div className="actions">
        <button type="button" className="button ghost" onClick={onCancel}>{tt('actions.cancel')}</button>
        <button type="submit" className="button primary" disabled={saving}>{tt('actions.save')}</button>
      </div>
    </form>
  );
}
