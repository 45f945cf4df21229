import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizKind } from '../../../shared/domain/learning';
import type { ParticipantSummary } from '../../../shared/domain/people';
import { formatTestPercent } from '../../../shared/domain/test-score';
import { api } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { useApiData } from '../../hooks/use-api-data';
import { useLocalized } from '../../hooks/use-localized';
import { navigate, routeHref } from '../../routes';
import { LearnerBar } from './LearnerBar';

export function ModuleOverview({ learner, moduleId }: { learner: ParticipantSummary; moduleId: string }) {
  const { t, i18n } = useTranslation('learn');
  const local = useLocalized();
  const module = useApiData(() => api.getModule({ moduleId }), [moduleId]);
  const progress = useApiData(() => api.getModuleProgress({ participantId: learner.id }), [learner.id]);
  const [error, setError] = useState<unknown>(null);
  const mine = progress.data?.find((p) => p.moduleId === moduleId);

  const startTest = async (kind: QuizKind) => {
    try {
      const quiz = await api.startQuiz({ participantId: learner.id, moduleId, kind });
      navigate('learn', moduleId, 'quiz', quiz.attemptId);
    } catch (caught) {
      setError(caught);
    }
  };

  if (!module.data) return <ErrorText error={module.error} />;
  const m = module.data;
  return (
    <>
      <LearnerBar learner={learner} />
      <a className="back-link" href={routeHref('learn')}>← {t('module.back')}</a>
      <div className="page-header">
        <h1>{local(m.title)}</h1>
      </div>
      <p className="lead">{local(m.summary)}</p>
      <p className="meta">{t('module.audience', { audience: local(m.audience) })}</p>
      <ErrorText error={error} />
      <div className="module-layout">
        <section className="card">
          <h2>{t('module.lessonsTitle')}</h2>
          <ol className="lesson-list">
            {m.lessons.map((lesson, index) => {
              const state = mine?.lessons.find((l) => l.lessonId === lesson.id);
              const status = state?.completed ? 'completed' : state?.started ? 'inProgress' : 'notStarted';
              return (
                <li key={lesson.id} className={`lesson-item ${status}`}>
                  <span className="lesson-number" aria-hidden="true">{status === 'completed' ? '✓' : index + 1}</span>
                  <a href={routeHref('learn', moduleId, 'lesson', lesson.id)}>
                    <strong>{local(lesson.title)}</strong>
                    <span>{local(lesson.summary)}</span>
                  </a>
                  <span className="lesson-status">
                    {t(`module.${status}`)} · {t('reader.minutes', { minutes: lesson.minutes })}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
        <aside className="stack">
          <section className="card">
            <h2>{t('module.testsTitle')}</h2>
            <p className="hint">{t('module.testsText', { passMark: m.passMark })}</p>
            <div className="stack">
              <button type="button" className="button ghost" onClick={() => startTest('pre')}>{t('module.preTest')}</button>
              {mine?.bestPreTest != null && <span className="meta">{t('module.best', { percent: formatTestPercent(mine.bestPreTest, i18n.language) })}</span>}
              <button type="button" className="button primary" onClick={() => startTest('post')}>{t('module.postTest')}</button>
              {mine?.bestPostTest != null && <span className="meta">{t('module.best', { percent: formatTestPercent(mine.bestPostTest, i18n.language) })}</span>}
            </div>
          </section>
          <section className="card">
            <h2 id="glossary-title">{t('module.glossaryTitle')}</h2>
            {/* A scroll box: focusable and named, so the keyboard can reach and scroll it (WCAG 2.1.1). */}
            <div className="glossary-scroll" tabIndex={0} role="region" aria-labelledby="glossary-title">
              <dl className="glossary">
                {m.glossary.map((term) => (
                  <div key={term.id}>
                    <dt>{local(term.term)}</dt>
                    <dd>{local(term.definition)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          </section>
        </aside>
      </div>
    </>
  );
}
