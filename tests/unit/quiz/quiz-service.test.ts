import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import type { QuizAttemptView } from '../../../shared/domain/learning';
import { contextFor, FIXTURE_PACKS, insertParticipant, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

async function call<T>(core: ReturnType<typeof openTestCore>, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input, contextFor(core));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

describe('quizzes through the API', () => {
  it('practice gives feedback at once and lets the learner retry', async () => {
    const core = openTestCore(tempDir(), FIXTURE_PACKS);
    const participantId = insertParticipant(core);
    const quiz = await call<QuizAttemptView>(core, 'startQuiz', { participantId, moduleId: 'minimal', kind: 'practice', lessonId: 'first' });
    expect(quiz.questions.map((q) => q.id).sort()).toEqual(['p1', 'p2']);
    const wrong = await call<{ correct: boolean; explanation: unknown }>(core, 'answerQuestion', { attemptId: quiz.attemptId, questionId: 'p1', response: { type: 'single', optionId: 'b' } });
    expect(wrong).toMatchObject({ correct: false, explanation: { en: 'Because p1' }, correctAnswer: { type: 'single', optionId: 'a' } });
    const retry = await call<{ correct: boolean }>(core, 'answerQuestion', { attemptId: quiz.attemptId, questionId: 'p1', response: { type: 'single', optionId: 'a' } });
    expect(retry.correct).toBe(true);
    const result = await call<{ score: number; maxScore: number; passed: null }>(core, 'finishQuiz', { attemptId: quiz.attemptId });
    expect(result).toMatchObject({ score: 1, maxScore: 2, passed: null });
    core.close();
  });

  it('a post-test stays silent until the end, stores every answer and its seed, and applies the pass mark', async () => {
    const dir = tempDir();
    const core = openTestCore(dir, FIXTURE_PACKS);
    const participantId = insertParticipant(core);
    const quiz = await call<QuizAttemptView>(core, 'startQuiz', { participantId, moduleId: 'minimal', kind: 'post' });
    expect(quiz.questions).toHaveLength(4);
    for (const question of quiz.questions) {
      const response =
        question.type === 'truefalse' ? { type: 'truefalse', value: false }
        : question.type === 'single' ? { type: 'single', optionId: 'a' }
        : question.type === 'multiple' ? { type: 'multiple', optionIds: ['a', 'b'] }
        : question.type === 'ordering' ? { type: 'ordering', order: ['s1', 's2', 's3', 's4'] }
        : question.type === 'matching' ? { type: 'matching', pairs: { m1: 'm1', m2: 'm2', m3: 'm3' } }
        : { type: 'hotspot', taps: [{ x: 100, y: 100 }, { x: 350, y: 220 }] };
      const feedback = await call<Record<string, unknown>>(core, 'answerQuestion', { attemptId: quiz.attemptId, questionId: question.id, response });
      expect(feedback.explanation).toBeUndefined();
      expect(feedback.correctAnswer).toBeUndefined();
    }
    core.close();

    const reopened = openTestCore(dir, FIXTURE_PACKS);
    const resumed = await call<QuizAttemptView>(reopened, 'getQuiz', { attemptId: quiz.attemptId });
    expect(resumed.questions).toEqual(quiz.questions);
    expect(Object.keys(resumed.responses)).toHaveLength(4);
    const result = await call<{ percent: number; passed: boolean; review: unknown[] }>(reopened, 'finishQuiz', { attemptId: quiz.attemptId });
    expect(result).toMatchObject({ percent: 100, passed: true, passMark: 60 });
    expect(result.review).toHaveLength(4);
    const row = reopened.db.prepare('SELECT seed, question_ids FROM quiz_attempts WHERE id = ?').get(quiz.attemptId) as { seed: number; question_ids: string };
    expect(JSON.parse(row.question_ids)).toEqual(quiz.questions.map((q) => q.id));
    expect(Number.isInteger(row.seed)).toBe(true);
    expect((reopened.db.prepare('SELECT count(*) AS n FROM quiz_answers WHERE attempt_id = ?').get(quiz.attemptId) as { n: number }).n).toBe(4);
    const again = await dispatch('answerQuestion', { attemptId: quiz.attemptId, questionId: quiz.questions[0]!.id, response: { type: 'truefalse', value: true } }, contextFor(reopened));
    expect(again).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'finished' } });
    reopened.close();
  });

  it('an unanswered test scores 0 and fails; an unknown learner is refused', async () => {
    const core = openTestCore(tempDir(), FIXTURE_PACKS);
    const participantId = insertParticipant(core);
    const quiz = await call<QuizAttemptView>(core, 'startQuiz', { participantId, moduleId: 'minimal', kind: 'pre' });
    expect(await call(core, 'finishQuiz', { attemptId: quiz.attemptId })).toMatchObject({ score: 0, passed: false });
    expect(await dispatch('startQuiz', { participantId: 'nobody', moduleId: 'minimal', kind: 'pre' }, contextFor(core))).toEqual({ ok: false, error: { code: 'NOT_FOUND' } });
    core.close();
  });
});

describe('lesson progress', () => {
  it('adds up time, keeps the last block and marks completion; resume points at the open lesson', async () => {
    const core = openTestCore(tempDir(), FIXTURE_PACKS);
    const participantId = insertParticipant(core);
    await call(core, 'recordLessonProgress', { participantId, moduleId: 'minimal', lessonId: 'first', lastBlock: 2, addSeconds: 30 });
    await call(core, 'recordLessonProgress', { participantId, moduleId: 'minimal', lessonId: 'first', lastBlock: 3, addSeconds: 45, completed: true });
    const progress = await call<Array<{ moduleId: string; lessons: unknown[]; completedLessons: number; resumeLessonId: string }>>(core, 'getModuleProgress', { participantId });
    const minimal = progress.find((p) => p.moduleId === 'minimal')!;
    expect(minimal.lessons[0]).toEqual({ lessonId: 'first', started: true, lastBlock: 3, secondsSpent: 75, completed: true });
    expect(minimal.lessons[1]).toMatchObject({ lessonId: 'second', started: false });
    expect(minimal.completedLessons).toBe(1);
    expect(minimal.resumeLessonId).toBe('second');
    expect(await dispatch('recordLessonProgress', { participantId, moduleId: 'minimal', lessonId: 'first', lastBlock: 0, addSeconds: 99999 }, contextFor(core))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: ['addSeconds'] } });
    core.close();
  });
});
