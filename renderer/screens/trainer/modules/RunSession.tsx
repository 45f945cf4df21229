import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../../components/ErrorText';
import { useFacilitatorGuide, useSaveSessionNotes, useSessionNotes } from '../../../data/modules';
import { useLocalized } from '../../../hooks/use-localized';
import { routeHref } from '../../../routes';
import { Activity } from './GuideScreen';
import { formatDuration, useSessionTimer } from './session-timer';

/** The agenda of one half-day with a countdown for each activity, and the trainer's notes. */
export function RunSession({ moduleId, sessionId }: { moduleId: string; sessionId: string }) {
  const { t, i18n } = useTranslation('guide');
  const local = useLocalized();
  const guide = useFacilitatorGuide(moduleId);
  const session = guide.data?.sessions.find((s) => s.id === sessionId);
  const activities = session?.activities ?? [];
  const timer = useSessionTimer(activities.length);

  if (!session) return <ErrorText error={guide.error} />;
  const current = activities[timer.index];
  const plannedMs = current ? (current.minutes + timer.extraMinutes(timer.index)) * 60_000 : 0;
  const remainingMs = plannedMs - timer.elapsedMs;
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' });
  const total = activities.reduce((sum, a) => sum + a.minutes, 0);
  // Minutes from the session start at which each activity is planned to begin, with added minutes included.
  const startOffsets = activities.map((_, i) => activities.slice(0, i).reduce((sum, a, j) => sum + a.minutes + timer.extraMinutes(j), 0));

  return (
    <div className="run-session stack">
      <a className="back-link" href={routeHref('trainer', 'modules', moduleId)}>← {t('run.backToGuide')}</a>
      <h2>{t('run.title', { session: local(session.title) })}</h2>
      <div className="run-layout">
        <aside className="card">
          <h3>{t('run.agenda')}</h3>
          <p className="meta">{t('run.total', { minutes: total })}</p>
          <ol className="agenda">
            {activities.map((activity, i) => {
              const startsAt = timer.sessionStart !== null ? time.format(new Date(timer.sessionStart + startOffsets[i]! * 60_000)) : null;
              return (
                <li key={activity.id} className={i === timer.index ? 'current' : i < timer.index ? 'done' : ''}>
                  <button type="button" className="agenda-item" onClick={() => timer.goTo(i)} aria-current={i === timer.index ? 'step' : undefined}>
                    <span>{local(activity.title)}</span>
                    <span className="meta">
                      {startsAt && `${t('run.plannedAt', { time: startsAt })} · `}
                      {t('guide.sessionTime', { minutes: activity.minutes + timer.extraMinutes(i) })}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </aside>
        <section className="stack">
          {current ? (
            <div className="card countdown-card">
              <p className="meta">{t('run.remaining')}</p>
              <p className={`countdown ${remainingMs < 0 ? 'over' : remainingMs < 60_000 ? 'soon' : ''}`} role="timer" aria-live="off">
                {remainingMs >= 0 ? formatDuration(remainingMs) : t('run.overrun', { time: formatDuration(remainingMs) })}
              </p>
              <div className="card-actions centered">
                <button type="button" className="button ghost" disabled={timer.index === 0} onClick={() => timer.goTo(timer.index - 1)}>{t('run.previous')}</button>
                {timer.running ? (
                  <button type="button" className="button primary" onClick={timer.pause}>{t('run.pause')}</button>
                ) : (
                  <button type="button" className="button primary" onClick={timer.start}>{timer.started ? t('run.resume') : t('run.start')}</button>
                )}
                <button type="button" className="button ghost" onClick={timer.addMinute}>{t('run.addMinute')}</button>
                <button type="button" className="button ghost" onClick={() => timer.goTo(timer.index + 1)}>{t('run.next')}</button>
              </div>
            </div>
          ) : (
            <p className="success card">{t('run.finished')}</p>
          )}
          {current && (
            <ol className="activity-list single">
              <Activity activity={current} />
            </ol>
          )}
          <SessionNotes moduleId={moduleId} sessionId={sessionId} />
        </section>
      </div>
    </div>
  );
}

function SessionNotes({ moduleId, sessionId }: { moduleId: string; sessionId: string }) {
  const { t } = useTranslation('guide');
  const loaded = useSessionNotes(moduleId, sessionId);
  const saveNotes = useSaveSessionNotes();
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const text = draft ?? loaded.data?.text ?? '';
  const save = async () => {
    try {
      await saveNotes.mutateAsync({ moduleId, sessionId, text });
      setSaved(true);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section className="card stack">
      <label className="field">
        <span>{t('run.notes')}</span>
        <textarea rows={5} value={text} onChange={(e) => { setDraft(e.target.value); setSaved(false); }} />
      </label>
      <p className="hint">{t('run.notesHint')}</p>
      <ErrorText error={error} />
      {saved && <p className="success" role="status">{t('run.notesSaved')}</p>}
      <button type="button" className="button primary" onClick={save}>{t('run.saveNotes')}</button>
    </section>
  );
}
