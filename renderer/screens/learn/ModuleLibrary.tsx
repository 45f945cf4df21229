import { useTranslation } from 'react-i18next';
import type { ParticipantSummary } from '../../../shared/domain/people';
import { formatTestPercent } from '../../../shared/domain/test-score';
import { api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorText } from '../../components/ErrorText';
import { useApiData } from '../../hooks/use-api-data';
import { useLocalized } from '../../hooks/use-localized';
import { routeHref } from '../../routes';
import { LearnerBar } from './LearnerBar';
import { VerifyLink } from '../verify/VerifyLink';

export function ModuleLibrary({ learner }: { learner: ParticipantSummary }) {
  const { t, i18n } = useTranslation('learn');
  const local = useLocalized();
  const modules = useApiData(() => api.listModules({}), []);
  const progress = useApiData(() => api.getModuleProgress({ participantId: learner.id }), [learner.id]);

  return (
    <>
      <LearnerBar learner={learner} />
      <div className="page-header">
        <h1>{t('library.title')}</h1>
        <VerifyLink />
      </div>
      <p className="lead">{t('intro')}</p>
      <ErrorText error={modules.error ?? progress.error} />
      {modules.data?.length === 0 && <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>}
      <div className="module-grid">
        {(modules.data ?? []).map((module) => {
          const mine = progress.data?.find((p) => p.moduleId === module.id);
          const done = mine?.completedLessons ?? 0;
          const total = module.lessons.length;
          const minutes = module.lessons.reduce((sum, l) => sum + l.minutes, 0);
          const target = mine?.resumeLessonId ? routeHref('learn', module.id, 'lesson', mine.resumeLessonId) : routeHref('learn', module.id);
          return (
            <article key={module.id} className="card module-card">
              <h2>{local(module.title)}</h2>
              <p className="module-summary">{local(module.summary)}</p>
              <p className="meta">
                {t('library.lessons', { count: total })} · {t('library.minutes', { minutes })}
              </p>
              <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-label={t('library.progress', { done, total })}>
                <div className="progress-fill" style={{ width: `${(done / total) * 100}%` }} />
              </div>
              <p className="meta">{t('library.progress', { done, total })}</p>
              {mine?.postTestPassed ? (
                <p className="badge ok">{t('library.postPassed')}</p>
              ) : mine?.bestPostTest !== null && mine?.bestPostTest !== undefined ? (
                <p className="badge">{t('library.bestPost', { percent: formatTestPercent(mine.bestPostTest, i18n.language) })}</p>
              ) : null}
              <div className="card-actions">
                <a className="button primary" href={target}>{done > 0 || mine?.resumeLessonId !== module.lessons[0]?.id ? t('library.continue') : t('library.start')}</a>
                <a className="button ghost" href={routeHref('learn', module.id)}>{t('library.open')}</a>
              </div>
            </article>
          );
        })}
      </div>
    </>
  );
}
