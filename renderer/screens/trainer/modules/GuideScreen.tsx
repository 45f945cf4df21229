import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideActivity, LocalizedText } from '../../../../shared/content/pack';
import { ErrorText } from '../../../components/ErrorText';
import { useFacilitatorGuide, useModule } from '../../../data/modules';
import { useLocalized } from '../../../hooks/use-localized';
import { routeHref } from '../../../routes';
import { Bi, BilingualContext } from './Bilingual';
import { GuidePdfButton } from '../printouts/GuidePdfButton';

/** The two-day classroom plan session by session, facilitation tips and the follow-up visit. */
export function GuideScreen({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation('guide');
  const local = useLocalized();
  const module = useModule(moduleId);
  const guide = useFacilitatorGuide(moduleId);
  const [bilingual, setBilingual] = useState(false);
  if (!guide.data || !module.data) return <ErrorText error={guide.error ?? module.error} />;
  const g = guide.data;
  const lessonTitle = new Map(module.data.lessons.map((l) => [l.id, l.title]));

  return (
    <BilingualContext.Provider value={bilingual}>
      <div className="guide stack">
        <a className="back-link" href={routeHref('trainer', 'modules')}>← {t('guide.back')}</a>
        <div className="page-header">
          <h2>{local(module.data.title)}</h2>
          <label className="toggle">
            <input type="checkbox" checked={bilingual} onChange={(e) => setBilingual(e.target.checked)} />
            {t('guide.bilingual')}
          </label>
          <GuidePdfButton moduleId={moduleId} bilingual={bilingual} />
        </div>
        <section className="card">
          <h3>{t('guide.overview')}</h3>
          <Bi as="p" text={g.overview} />
          <h3>{t('guide.preparation')}</h3>
          <List items={g.preparation} />
        </section>

        {[1, 2].map((day) => (
          <section key={day} className="guide-day">
            <h3 className="day-title">{t('guide.day', { day })}</h3>
            {g.sessions.filter((s) => s.day === day).map((session) => {
              const minutes = session.activities.reduce((sum, a) => sum + a.minutes, 0);
              return (
                <article key={session.id} className="card guide-session">
                  <div className="page-header">
                    <div>
                      <span className="badge">{t(`guide.${session.half}`)} · {t('guide.sessionTime', { minutes })}</span>
                      <h4><Bi text={session.title} /></h4>
                    </div>
                    <a className="button primary" href={routeHref('trainer', 'modules', moduleId, 'run', session.id)}>{t('guide.run')}</a>
                  </div>
                  {session.lessons.length > 0 && (
                    <p className="meta">
                      {t('guide.lessons', { lessons: session.lessons.map((id) => (lessonTitle.has(id) ? local(lessonTitle.get(id)!) : id)).join(' · ') })}
                    </p>
                  )}
                  <div className="guide-columns">
                    <div>
                      <h5>{t('guide.objectives')}</h5>
                      <List items={session.objectives} />
                    </div>
                    <div>
                      <h5>{t('guide.materials')}</h5>
                      <List items={session.materials} />
                    </div>
                  </div>
                  <h5>{t('guide.activities')}</h5>
                  <ol className="activity-list">
                    {session.activities.map((activity) => <Activity key={activity.id} activity={activity} />)}
                  </ol>
                </article>
              );
            })}
          </section>
        ))}

        <section className="card">
          <h3>{t('guide.tipsTitle')}</h3>
          <div className="guide-columns three">
            <div><h5>{t('guide.tipsLowLiteracy')}</h5><List items={g.tips.lowLiteracy} /></div>
            <div><h5>{t('guide.tipsMixedLanguage')}</h5><List items={g.tips.mixedLanguage} /></div>
            <div><h5>{t('guide.tipsGender')}</h5><List items={g.tips.gender} /></div>
          </div>
        </section>

        <section className="card">
          <h3>{t('guide.visitTitle')}</h3>
          <h5>{t('guide.visitPurpose')}</h5>
          <Bi as="p" text={g.visit.purpose} />
          <ol className="activity-list">
            {g.visit.activities.map((activity) => <Activity key={activity.id} activity={activity} />)}
          </ol>
          <h5>{t('guide.checklist')}</h5>
          <ul className="checklist">
            {g.visit.checklist.map((item, i) => <li key={i}><Bi text={item} /></li>)}
          </ul>
        </section>
      </div>
    </BilingualContext.Provider>
  );
}

function List({ items }: { items: LocalizedText[] }) {
  return <ul>{items.map((item, i) => <li key={i}><Bi text={item} /></li>)}</ul>;
}

export function Activity({ activity }: { activity: GuideActivity }) {
  const { t } = useTranslation('guide');
  return (
    <li className="activity">
      <div className="activity-head">
        <strong><Bi text={activity.title} /></strong>
        <span className="badge">{t('guide.sessionTime', { minutes: activity.minutes })}</span>
      </div>
      <p className="meta"><span className="feedback-label">{t('guide.method')}</span> <Bi text={activity.method} /></p>
      <ol className="steps">{activity.steps.map((step, i) => <li key={i}><Bi text={step} /></li>)}</ol>
      {activity.prompts.length > 0 && (
        <details className="prompts">
          <summary>{t('guide.prompts')} ({activity.prompts.length})</summary>
          <dl>
            {activity.prompts.map((prompt, i) => (
              <div key={i}>
                <dt><Bi text={prompt.question} /></dt>
                <dd><span className="feedback-label">{t('guide.expected')}</span> <Bi text={prompt.expected} /></dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}
