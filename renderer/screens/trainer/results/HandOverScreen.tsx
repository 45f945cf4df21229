import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizAttemptView, QuizResponse } from '../../../../shared/domain/learning';
import { api } from '../../../api/client';
import { useAppState } from '../../../app-state';
import { ErrorText } from '../../../components/ErrorText';
import { PinField } from '../../../components/PinField';
import { useApiData } from '../../../hooks/use-api-data';
import { useLocalized } from '../../../hooks/use-localized';
import { navigate } from '../../../routes';
import { QuestionView } from '../../learn/questions/QuestionView';
import { endHandOver, type HandOver } from './hand-over-store';

/**
 * The participant's screen during a hand-over: a modal dialog over the whole app (everything behind it is inert,
 * Esc does nothing), showing only the test. The trainer area is locked while it runs, so the participant can
 * reach nothing else; the trainer's PIN ends it.
 */
export function HandOverScreen({ handOver }: { handOver: HandOver }) {
  const { t } = useTranslation('results');
  const ref = useRef<HTMLDialogElement>(null);
  const quiz = useApiData(() => api.getQuiz({ attemptId: handOver.attemptId }), [handOver.attemptId]);
  const [finished, setFinished] = useState(false);
  const [pinOpen, setPinOpen] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const done = finished || quiz.data?.finished === true;
  return (
    <dialog
      ref={ref}
      className="hand-over"
      aria-label={t('handOver.dialogLabel')}
      onCancel={(event) => event.preventDefault()}
      // Browsers may close a modal after repeated Esc presses despite the cancel handler; it opens again at once.
      onClose={(event) => {
        const dialog = event.currentTarget;
        if (dialog.isConnected && !dialog.open) dialog.showModal();
      }}
    >
      <header className="hand-over-bar">
        <span className="brand-mark" aria-hidden="true">S</span>
        <strong className="grow">{t('handOver.for', { name: handOver.participantName })}</strong>
        <button type="button" className="button ghost small" onClick={() => setPinOpen(true)}>{t('handOver.trainerReturn')}</button>
      </header>
      <div className="hand-over-body">
        <ErrorText error={quiz.error} />
        {pinOpen || done ? (
          <ReturnToTrainer done={done} handOver={handOver} onCancel={done ? undefined : () => setPinOpen(false)} />
        ) : (
          quiz.data && <TestRunner quiz={quiz.data} moduleId={handOver.moduleId} onFinished={() => setFinished(true)} />
        )}
      </div>
    </dialog>
  );
}

function TestRunner({ quiz, moduleId, onFinished }: { quiz: QuizAttemptView; moduleId: string; onFinished: () => void }) {
  const { t } = useTranslation('results');
  const local = useLocalized();
  const [index, setIndex] = useState(() => Math.min(Object.keys(quiz.responses).length, quiz.questions.length - 1));
  const [responses, setResponses] = useState<Record<string, QuizResponse>>(quiz.responses);
  const [saved, setSaved] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(quiz.responses).map(([k, v]) => [k, JSON.stringify(v)])));
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const question = quiz.questions[index]!;
  const last = index === quiz.questions.length - 1;
  const response = responses[question.id] ?? (question.type === 'ordering' ? { type: 'ordering' as const, order: question.items.map((i) => i.id) } : undefined);

  const save = async () => {
    if (!response || saved[question.id] === JSON.stringify(response)) return;
    await api.answerQuestion({ attemptId: quiz.attemptId, questionId: question.id, response });
    setSaved((s) => ({ ...s, [question.id]: JSON.stringify(response) }));
  };
  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    }
  };
  const answered = quiz.questions.filter((q) => responses[q.id] || saved[q.id]).length;

  return (
    <section className="hand-over-test">
      <h1>{t(quiz.kind === 'pre' ? 'handOver.preTitle' : 'handOver.postTitle')}</h1>
      <p className="hint">{t('handOver.progress', { current: index + 1, total: quiz.questions.length })}</p>
      <article className="card question-card">
        <h2 className="question-prompt">{local(question.prompt)}</h2>
        <QuestionView key={question.id} question={question} response={response} moduleId={moduleId} disabled={false} onChange={(r) => setResponses((all) => ({ ...all, [question.id]: r }))} />
      </article>
      <ErrorText error={error} />
      {confirming ? (
        <div className="card stack" role="alertdialog" aria-label={t('handOver.finish')}>
          <p>{t('handOver.confirm', { answered, total: quiz.questions.length })}</p>
          <div className="actions">
            <button type="button" className="button ghost" onClick={() => setConfirming(false)}>{t('handOver.keepGoing')}</button>
            <button
              type="button"
              className="button primary"
              onClick={() =>
                run(async () => {
                  await save();
                  await api.finishQuiz({ attemptId: quiz.attemptId });
                  onFinished();
                })
              }
            >
              {t('handOver.finishNow')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="button ghost push-left" disabled={index === 0} onClick={() => run(async () => { await save(); setIndex(index - 1); })}>
            {t('handOver.previous')}
          </button>
          {last ? (
            <button type="button" className="button primary" onClick={() => run(async () => { await save(); setConfirming(true); })}>{t('handOver.finish')}</button>
          ) : (
            <button type="button" className="button primary" onClick={() => run(async () => { await save(); setIndex(index + 1); })}>{t('handOver.next')}</button>
          )}
        </div>
      )}
    </section>
  );
}

/** Back to the trainer view: only with the trainer's PIN (the core unlocks the trainer session). */
function ReturnToTrainer({ done, handOver, onCancel }: { done: boolean; handOver: HandOver; onCancel: (() => void) | undefined }) {
  const { t } = useTranslation('results');
  const { setState } = useAppState();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const state = await api.unlockTrainer({ pin });
      endHandOver();
      setState(state);
      navigate('trainer', 'workshops', handOver.workshopId, 'results');
    } catch (caught) {
      setError(caught);
      setPin('');
    }
  };
  return (
    <section className="card narrow stack">
      {done && <h1>{t('handOver.doneTitle')}</h1>}
      <p>{done ? t('handOver.doneText') : t('handOver.pinText')}</p>
      <form className="stack" onSubmit={submit}>
        <PinField label={t('handOver.pinLabel')} value={pin} onChange={setPin} autoFocus={!done} />
        <ErrorText error={error} />
        <div className="actions">
          {onCancel && <button type="button" className="button ghost" onClick={onCancel}>{t('handOver.backToTest')}</button>}
          <button type="submit" className="button primary" disabled={pin.length < 4}>{t('handOver.return')}</button>
        </div>
      </form>
    </section>
  );
}
