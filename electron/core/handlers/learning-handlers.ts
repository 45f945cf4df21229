import { AppError } from '../../../shared/api/result';
import type { learningOperations } from '../../../shared/api/learning-operations';
import type { LoadedPack } from '../../../shared/content/loaded-pack';
import { testPercent } from '../../../shared/domain/test-score';
import type { ModuleProgress, ModuleSummary } from '../../../shared/domain/learning';
import { installPack } from '../content/install-pack';
import { readZip } from '../content/read-zip';
import type { Core } from '../core';
import type { HandlersFor } from './handler';

function summarize(pack: LoadedPack): ModuleSummary {
  const { id, version, title, summary, audience, passMark, testSize, lessons } = pack.meta;
  return { id, version, title, summary, audience, passMark, testSize, lessons, origin: pack.origin };
}

function moduleProgress(core: Core, participantId: string, pack: LoadedPack): ModuleProgress {
  const rows = new Map(core.progress.forModule(participantId, pack.meta.id).map((r) => [r.lesson_id, r]));
  const lessons = pack.meta.lessons.map((lesson) => {
    const row = rows.get(lesson.id);
    return { lessonId: lesson.id, started: row !== undefined, lastBlock: row?.last_block ?? 0, secondsSpent: row?.seconds_spent ?? 0, completed: Boolean(row?.completed_at) };
  });
  // Continue where the learner last was; if that lesson is done, the first lesson not yet completed.
  const latest = [...rows.values()].sort((a, b) => b.updated_at.localeCompare(a.updated_at))[0];
  const firstOpen = lessons.find((l) => !l.completed)?.lessonId ?? null;
  const resumeLessonId = latest && !latest.completed_at ? latest.lesson_id : firstOpen;
  const tests = core.attempts.finishedTests(participantId, pack.meta.id);
  const best = (kind: 'pre' | 'post') => {
    const scores = tests.filter((t) => t.kind === kind && t.max_score).map((t) => testPercent(t.score ?? 0, t.max_score!));
    return scores.length ? Math.max(...scores) : null;
  };
  return {
    moduleId: pack.meta.id,
    lessons,
    completedLessons: lessons.filter((l) => l.completed).length,
    resumeLessonId,
    bestPreTest: best('pre'),
    bestPostTest: best('post'),
    postTestPassed: tests.some((t) => t.kind === 'post' && t.passed === 1),
  };
}

export const learningHandlers: HandlersFor<typeof learningOperations> = {
  listModules: (_input, { core }) => core.content.list().map(summarize),

  getModule: ({ moduleId }, { core }) => {
    const pack = core.content.get(moduleId);
    return { ...summarize(pack), glossary: pack.glossary, images: Object.keys(pack.images) };
  },

  getLesson: ({ moduleId, lessonId }, { core }) => {
    const pack = core.content.get(moduleId);
    const lesson = pack.meta.lessons.find((l) => l.id === lessonId);
    const blocks = pack.lessons[lessonId];
    if (!lesson || !blocks) throw new AppError('NOT_FOUND', { lessonId });
    return { moduleId, lesson, blocks };
  },

  getPackImage: ({ moduleId, path }, { core }) => core.content.readImage(moduleId, path),

  getFacilitatorGuide: ({ moduleId }, { core }) => core.content.get(moduleId).guide,

  listBrokenPacks: (_input, { core }) => core.content.broken,

  getSessionNotes: ({ moduleId, sessionId }, { core }) => ({ text: core.notes.get(moduleId, sessionId) }),

  saveSessionNotes: ({ moduleId, sessionId, text }, { core }) => {
    if (!core.content.get(moduleId).guide.sessions.some((s) => s.id === sessionId)) throw new AppError('NOT_FOUND', { sessionId });
    core.notes.save(moduleId, sessionId, text);
    return { text };
  },

  installPackFromZip: async ({ bytes }, { core }) => {
    const files = await readZip(bytes);
    return summarize(core.content.get(installPack(core.content, files)));
  },

  installPackFromFiles: ({ files }, { core }) => summarize(core.content.get(installPack(core.content, files))),

  getModuleProgress: ({ participantId }, { core }) => core.content.list().map((pack) => moduleProgress(core, participantId, pack)),

  recordLessonProgress: (input, { core }) => {
    const pack = core.content.get(input.moduleId);
    if (!pack.lessons[input.lessonId]) throw new AppError('NOT_FOUND', { lessonId: input.lessonId });
    core.progress.record(input);
    return moduleProgress(core, input.participantId, pack);
  },

  startQuiz: (input, { core }) => core.quizzes.start(input),
  getQuiz: ({ attemptId }, { core }) => core.quizzes.view(attemptId),
  answerQuestion: ({ attemptId, questionId, response }, { core }) => core.quizzes.answer(attemptId, questionId, response),
  finishQuiz: ({ attemptId }, { core }) => core.quizzes.finish(attemptId),
  getQuizResult: ({ attemptId }, { core }) => core.quizzes.result(attemptId),
};
