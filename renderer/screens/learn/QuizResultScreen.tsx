import { useTranslation } from 'react-i18next';
import { formatPoints, formatTestPercent } from '../../../shared/domain/test-score';
import { api } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { useApiData } from '../../hooks/use-api-data';
import { useLocalized } from '../../hooks/use-localized';
import { routeHref } from '../../routes';
import { AnswerView } from './questions/AnswerView';

export function QuizResultScreen({ moduleId, attemptId }: { moduleId: string; attemptId: string }) {
  const { t, i18n } = useTranslation('learn');
  const local = useLocalized();
  const result = useApiData(() => api.getQuizResult({ attemptId }), [attemptId]);
  if (!result.data) return <ErrorText error={result.error} />;
  const r = result.data;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <section className="quiz-result">
      <a className="back-link" href={routeHref('learn', moduleId)}>← {t('result.backToModule')}</a>
      <div className={`card result-summary ${r.passed === false ? 'not-passed' : 'passed'}`}>
        <h1>{t('result.title')}</h1>
        <p className="result-percent">{formatTestPercent(r.percent, i18n.language)}</p>
        <p>{t('result.score', { score: formatPoints(r.score, i18n.language), max: number.format(r.maxScore) })}</p>
        {r.passed !== null && (
          <p className={r.passed ? 'badge ok' : 'badge warn'}>
            {r.passed ? t('result.passed') : t('result.notPassed')} · {t('result.passMark', { passMark: r.passMark ?? 0 })}
          </p>
        )}
      </div>
      <h2>{t('result.review')}</h2>
      {!r.answersRevealed && <p className="notice">{t('result.answersHidden')}</p>}
      <ol className="review-list">
        {r.review.map((item) => (
          <li key={item.question.id} className={`card review-item ${item.score >= 0.9999 ? 'ok' : item.score > 0 ? 'partial' : 'wrong'}`}>
            <h3>{local(item.question.prompt)}</h3>
            <p className="meta">{t('result.questionScore', { percent: number.format(item.score * 100) })}</p>
            <div className="review-columns">
              <div>
                <p className="feedback-label">{t('result.yourAnswer')}</p>
                {item.response ? <AnswerView question={item.question} answer={item.response} moduleId={moduleId} /> : <p>{t('result.noAnswer')}</p>}
              </div>
              {item.correctAnswer && (
                <div>
                  <p className="feedback-label">{t('quiz.rightAnswer')}</p>
                  <AnswerView question={item.question} answer={item.correctAnswer} moduleId={moduleId} taps={item.response?.type === 'hotspot' ? item.response.taps : undefined} />
                </div>
              )}
            </div>
            {item.explanation && (
              <>
                <p className="feedback-label">{t('result.explanation')}</p>
                <p>{local(item.explanation)}</p>
              </>
            )}
          </li>
        ))}
      </ol>
      <a className="button primary" href={routeHref('learn', moduleId)}>{t('result.backToModule')}</a>
    </section>
  );
}
