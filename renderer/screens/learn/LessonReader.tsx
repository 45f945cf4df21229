import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../shared/content/pack';
import type { ParticipantSummary } from '../../../shared/domain/people';
import { api } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useApiData } from '../../hooks/use-api-data';
import { useLocalized } from '../../hooks/use-localized';
import { usePackImages } from '../../hooks/use-pack-images';
import { navigate, routeHref } from '../../routes';
import { GlossaryPopup } from './GlossaryPopup';
import { LearnerBar } from './LearnerBar';
import { imagePaths, renderLessonBlock } from './lesson-markdown';
import { useReadingProgress } from './use-reading-progress';

type ReaderMode = 'zh-CN' | 'en' | 'both';
const MODE_KEY = 'score.readerMode';

export function LessonReader({ learner, moduleId, lessonId }: { learner: ParticipantSummary; moduleId: string; lessonId: string }) {
  const { t, i18n } = useTranslation('learn');
  const local = useLocalized();
  const lesson = useApiData(() => api.getLesson({ moduleId, lessonId }), [moduleId, lessonId]);
  const module = useApiData(() => api.getModule({ moduleId }), [moduleId]);
  const progress = useApiData(() => api.getModuleProgress({ participantId: learner.id }), [learner.id]);
  const [mode, setMode] = useState<ReaderMode>(() => (localStorage.getItem(MODE_KEY) as ReaderMode | null) ?? (i18n.language === 'zh-CN' ? 'zh-CN' : 'en'));
  const [term, setTerm] = useState<GlossaryTerm | null>(null);
  const [error, setError] = useState<unknown>(null);
  const body = useRef<HTMLDivElement>(null);
  const blocks = lesson.data?.blocks;
  const reading = useReadingProgress({ participantId: learner.id, moduleId, lessonId }, body, blocks !== undefined);

  const images = usePackImages(moduleId, useMemo(() => (blocks ? imagePaths([...blocks.en, ...blocks['zh-CN']]) : []), [blocks]));
  const state = progress.data?.find((p) => p.moduleId === moduleId)?.lessons.find((l) => l.lessonId === lessonId);
  const lessons = module.data?.lessons ?? [];
  const next = lessons[lessons.findIndex((l) => l.id === lessonId) + 1];

  // Resume: bring the last block read back into view once, when the lesson first shows.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current || !blocks || !state) return;
    resumed.current = true;
    reading.setFurthest(state.lastBlock);
    if (state.lastBlock > 0) body.current?.querySelector(`[data-block="${state.lastBlock}"]`)?.scrollIntoView({ block: 'center' });
  }, [blocks, state, reading]);

  const chooseMode = (value: ReaderMode) => {
    setMode(value);
    localStorage.setItem(MODE_KEY, value);
  };

  const onBodyClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest<HTMLElement>('[data-term]');
    if (!link) return;
    event.preventDefault();
    setTerm(module.data?.glossary.find((g) => g.id === link.dataset.term) ?? null);
  };

  const complete = async () => {
    try {
      await reading.markComplete();
      if (next) navigate('learn', moduleId, 'lesson', next.id);
      else navigate('learn', moduleId);
    } catch (caught) {
      setError(caught);
    }
  };

  const practice = async () => {
    try {
      const quiz = await api.startQuiz({ participantId: learner.id, moduleId, kind: 'practice', lessonId });
      navigate('learn', moduleId, 'quiz', quiz.attemptId);
    } catch (caught) {
      setError(caught);
    }
  };

  if (!lesson.data || !blocks) return <ErrorText error={lesson.error} />;
  const env = { moduleId, images };
  const languages: Array<'zh-CN' | 'en'> = mode === 'both' ? ['zh-CN', 'en'] : [mode];

  return (
    <>
      <LearnerBar learner={learner} />
      <a className="back-link" href={routeHref('learn', moduleId)}>← {module.data ? local(module.data.title) : t('reader.backToModule')}</a>
      <div className="page-header reader-header">
        <div>
          <h1>{local(lesson.data.lesson.title)}</h1>
          <p className="meta">{t('reader.minutes', { minutes: lesson.data.lesson.minutes })}</p>
        </div>
        <SegmentedControl
          label={t('reader.modeLabel')}
          options={['zh-CN', 'en', 'both'] as const}
          value={mode}
          optionLabel={(value) => t(value === 'zh-CN' ? 'reader.modeZh' : value === 'en' ? 'reader.modeEn' : 'reader.modeBoth')}
          onChange={chooseMode}
        />
      </div>
      <div ref={body} className={`lesson-body ${mode === 'both' ? 'side-by-side' : ''}`} onClick={onBodyClick}>
        {blocks.en.map((_, index) => (
          <div key={index} className="lesson-row" data-block={index}>
            {languages.map((language) => (
              <div
                key={language}
                className="lesson-block"
                lang={language}
                dangerouslySetInnerHTML={{ __html: renderLessonBlock(blocks[language][index]!, env) }}
              />
            ))}
          </div>
        ))}
      </div>
      <ErrorText error={error} />
      <div className="reader-actions">
        {state?.completed && <p className="success" role="status">{t('reader.completed')}</p>}
        <button type="button" className="button ghost" onClick={practice}>{t('reader.practice')}</button>
        {/* Until the module's lesson list arrives there is no "next" to go to, and a click would end on the overview. */}
        <button type="button" className="button primary" onClick={complete} disabled={!module.data}>{next && state?.completed ? t('reader.next') : t('reader.markComplete')}</button>
      </div>
      {term && <GlossaryPopup term={term} onClose={() => setTerm(null)} />}
    </>
  );
}
