import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerFeedback, QuizAttemptView, QuizResponse } from '../../../shared/domain/learning';
import { api } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { useApiData } from '../../hooks/use-api-data';
import { useLocalized } from '../../hooks/use-localized';
import { navigate } from '../../routes';
import { AnswerView } from './questions/AnswerView';
import { QuestionView } from './questions/QuestionView';

/** One question at a time. Practice answers at once and allows retries; tests store answers silently. */
export function QuizScreen({ moduleId, attemptId }: { moduleId: string; attemptId: string }) {
  const quiz = useApiData(() => api.getQuiz({ attemptId }), [attemptId]);
  const module = useApiData(() => api.getModule({ moduleId }), [moduleId]);
  if (!quiz.data || !module.data) return <ErrorText error={quiz.error ?? module.error} />;
  if (quiz.data.finished) return <FinishedRedirect moduleId={moduleId} attemptId={attemptId} />;
  return <QuizRunner quiz={quiz.data} moduleTitle={module.data.title} lessonTitle={module.data.lessons.find((l) => l.id === quiz.data!.lessonId)?.title} />;
}

function FinishedRedirect({ moduleId, attemptId }: { moduleId: string; attemptId: string }) {
  useEffect(() => navigate('learn', moduleId, 'result', attemptId), [moduleId, attemptId]);
  return null;
}

function QuizRunner({ quiz, moduleTitle, lessonTitle }: { quiz: QuizAttemptView; moduleTitle: { en: string; 'zh-CN': string }; lessonTitle?: { en: string; 'zh-CN': string } | undefined }) {
  const { t } = useTranslation('learn');
  const local = useLocalized();
  const [index, setIndex] = useState(() => Math.min(Object.keys(quiz.responses).length, quiz.questions.length - 1));
  const [responses, setResponses] = useState<Record<string, QuizResponse>>(quiz.responses);
  const [saved, setSaved] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(quiz.responses).map(([k, v]) => [k, JSON.stringify(v)])));
  const [feedback, setFeedback] = useState<AnswerFeedback | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const practice = quiz.kind === 'practice';
  const question = quiz.questions[index]!;
  const response = responses[question.id];
  const last = index === quiz.questions.length - 1;

  const title = practice ? t('quiz.practiceTitle', { lesson: lessonTitle ? local(lessonTitle) : '' }) : t(quiz.kind === 'pre' ? 'quiz.preTitle' : 'quiz.postTitle', { module: local(moduleTitle) });

  // An ordering question always has an answer: the order on screen, even if the learner moved nothing.
  const shownResponse: QuizResponse | undefined = response ?? (question.type === 'ordering' ? { type: 'ordering', order: question.items.map((i) => i.id) } : undefined);

  /** Saves the current answer; a test skips an unchanged one, practice always re-checks it (Try again). */
  const save = async (): Promise<AnswerFeedback | null> => {
    if (!shownResponse || (!practice && saved[question.id] === JSON.stringify(shownResponse))) return null;
    const result = await api.answerQuestion({ attemptId: quiz.attemptId, questionId: question.id, response: shownResponse });
    setSaved((s) => ({ ...s, [question.id]: JSON.stringify(shownResponse) }));
    return result;
  };

  const run = async (work: () => Promise<void>) => {
    try {
      setError(null);
      await work();
    } catch (caught) {
      setError(caught);
    }
  };

  const check = () => run(async () => setFeedback(await save()));
  const go = (to: number) => run(async () => {
    if (!practice) await save();
    setFeedback(null);
    setIndex(to);
  });
  const finish = () => run(async () => {
    await save();
    await api.finishQuiz({ attemptId: quiz.attemptId });
    navigate('learn', quiz.moduleId, 'result', quiz.attemptId);
  });

  const answered = quiz.questions.filter((q) => responses[q.id]).length;
  const verdict = feedback ? (feedback.correct ? 'quiz.correct' : feedback.score > 0 ? 'quiz.partly' : 'quiz.incorrect') : null;

  return (
    <section className="quiz">
      <div className="page-header">
        <h1>{title}</h1>
      </div>
      <div className="quiz-progress">
        <span>{t('quiz.progress', { current: index + 1, total: quiz.questions.length })}</span>
        <div className="progress"><div className="progress-fill" style={{ width: `${((index + 1) / quiz.questions.length) * 100}%` }} /></div>
      </div>
      <article className="card question-card">
        <h2 className="question-prompt">{local(question.prompt)}</h2>
        <QuestionView
          key={question.id}
          question={question}
          response={response}
          moduleId={quiz.moduleId}
          disabled={feedback !== null}
          onChange={(r) => setResponses((all) => ({ ...all, [question.id]: r }))}
        />
        {feedback && verdict && (
          <div className={`feedback ${feedback.correct ? 'ok' : 'wrong'}`} role="status">
            <strong>{t(verdict)}</strong>
            {feedback.explanation && <p>{local(feedback.explanation)}</p>}
            {!feedback.correct && feedback.correctAnswer && (
              <>
                <p className="feedback-label">{t('quiz.rightAnswer')}</p>
                <AnswerView question={question} answer={feedback.correctAnswer} moduleId={quiz.moduleId} taps={response?.type === 'hotspot' ? response.taps : undefined} />
              </>
            )}
          </div>
        )}
        {!practice && <p className="hint">{t('quiz.noFeedbackInTest')}</p>}
      </article>
      <ErrorText error={error} />
      <div className="quiz-actions">
        <button type="button" className="button ghost" disabled={index === 0} onClick={() => go(index - 1)}>{t('quiz.previous')}</button>
        <span className="spacer" />
        {practice && !feedback && <button type="button" className="button primary" disabled={!shownResponse} onClick={check}>{t('quiz.check')}</button>}
        {practice && feedback && !feedback.correct && <button type="button" className="button ghost" onClick={() => setFeedback(null)}>{t('quiz.tryAgain')}</button>}
        {(!practice || feedback || saved[question.id]) && !last && <button type="button" className="button primary" onClick={() => go(index + 1)}>{t('quiz.next')}</button>}
        {(!practice || feedback || saved[question.id]) && last && (
          <button type="button" className="button primary" onClick={() => (practice ? finish() : setConfirming(true))}>
            {practice ? t('quiz.finish') : t('quiz.finishTest')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="card confirm" role="alertdialog" aria-label={t('quiz.finishTest')}>
          <p>{t('quiz.confirmFinish', { answered, total: quiz.questions.length })}</p>
          <div className="quiz-actions">
            <button type="button" className="button ghost" onClick={() => setConfirming(false)}>{t('quiz.confirmNo')}</button>
            <button type="button" className="button primary" onClick={finish}>{t('quiz.confirmYes')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
