import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import type { PresentedQuestion, QuizAttemptView, QuizResponse } from '../../../shared/domain/learning';
import { closeCoresAfterEach, contextFor, FIXTURE_PACKS, insertParticipant, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
closeCoresAfterEach();

/** The right answer to a fixture question, found through what the learner sees (its texts), never the pack's ids. */
function rightAnswer(q: PresentedQuestion): QuizResponse {
  const byText = (items: Array<{ id: string; text: { en: string } }>, text: string) => items.find((i) => i.text.en === text)!.id;
  switch (q.type) {
    case 'truefalse':
      return { type: 'truefalse', value: false };
    case 'single':
      return { type: 'single', optionId: byText(q.options, 'Right') };
    case 'multiple':
      return { type: 'multiple', optionIds: [byText(q.options, 'A'), byText(q.options, 'B')] };
    case 'ordering':
      return { type: 'ordering', order: ['Stop', 'Isolate', 'Lock', 'Test'].map((t) => byText(q.items, t)) };
    case 'matching': {
      const pairs = { Noise: 'Ear muffs', Dust: 'Mask', Heat: 'Water' } as Record<string, string>;
      return { type: 'matching', pairs: Object.fromEntries(q.left.map((l) => [l.id, byText(q.right, pairs[l.text.en]!)])) };
    }
    case 'hotspot':
      return { type: 'hotspot', taps: [{ x: 100, y: 100 }, { x: 350, y: 220 }] };
  }
}

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
    const p1 = quiz.questions.find((q) => q.id === 'p1')!;
    const optionIdOf = (text: string) => (p1.type === 'single' ? p1.options.find((o) => o.text.en === text)!.id : '');
    const wrong = await call<{ correct: boolean; explanation: unknown }>(core, 'answerQuestion', { attemptId: quiz.attemptId, questionId: 'p1', response: { type: 'single', optionId: optionIdOf('Wrong') } });
    expect(wrong).toMatchObject({ correct: false, explanation: { en: 'Because p1' }, correctAnswer: { type: 'single', optionId: optionIdOf('Right') } });
    const retry = await call<{ correct: boolean }>(core, 'answerQuestion', { attemptId: quiz.attemptId, questionId: 'p1', response: { type: 'single', optionId: optionIdOf('Right') } });
    expect(retry.correct).toBe(true);
    const result = await call<{ score: number; maxScore: number; passed: null }>(core, 'finishQuiz', { attemptId: quiz.attemptId });
    expect(result).toMatchObject({ score: 1, maxScore: 2, passed: null });
  });

  it('a post-test stays silent until the end, stores every answer and its seed, and applies the pass mark', async () => {
    const dir = tempDir();
    const core = openTestCore(dir, FIXTURE_PACKS);
    const participantId = insertParticipant(core);
    const quiz = await call<QuizAttemptView>(core, 'startQuiz', { participantId, moduleId: 'minimal', kind: 'post' });
    expect(quiz.questions).toHaveLength(4);
    for (const question of quiz.questions) {
      const feedback = await call<Record<string, unknown>>(core, 'answerQuestion', { attemptId: quiz.attemptId, questionId: question.id, response: rightAnswer(question) });
      expect(feedback.explanation).toBeUndefined();
      expect(feedback.correctAnswer).toBeUndefined();
    }
    core.close();

    const reopened = openTestCore(dir, FIXTURE_PACKS);
    const resumed = await call<QuizAttemptView>(reopened, 'getQuiz', { attemptId: quiz.attemptId });
    expect(resumed.questions).toEqual(quiz.questions);
    expect(resumed.responses).toEqual(Object.fromEntries(quiz.questions.map((q) => [q.id, rightAnswer(q)])));
    const result = await call<{ percent: number; passed: boolean; review: Array<{ correctAnswer?: unknown }> }>(reopened, 'finishQuiz', { attemptId: quiz.attemptId });
    expect(result).toMatchObject({ percent: 100, passed: true, passMark: 60, answersRevealed: true });
    expect(result.review).toHaveLength(4);
    expect(result.review.every((item) => item.correctAnswer !== undefined)).toBe(true);
    const row = reopened.db.prepare('SELECT seed, question_ids FROM quiz_attempts WHERE id = ?').get(quiz.attemptId) as { seed: number; question_ids: string };
    expect(JSON.parse(row.question_ids)).toEqual(quiz.questions.map((q) => q.id));
    expect(Number.isInteger(row.seed)).toBe(true);
    const stored = reopened.db.prepare('SELECT question_id, response FROM quiz_answers WHERE attempt_id = ?').all(quiz.attemptId) as Array<{ question_id: string; response: string }>;
    expect(stored).toHaveLength(4);
    // Stored in the pack's own ids, so results stay readable whatever the learner was shown.
    const ordering = stored.find((a) => a.question_id === 't-ordering');
    if (ordering) expect(JSON.parse(ordering.response)).toEqual({ type: 'ordering', order: ['s1', 's2', 's3', 's4'] });
    const again = await dispatch('answerQuestion', { attemptId: quiz.attemptId, questionId: quiz.questions[0]!.id, response: { type: 'truefalse', value: true } }, contextFor(reopened));
    expect(again).toEqual({ ok: false, error: { code: 'CONFLICT', reason: 'finished' } });
    reopened.close();
  });

  it('never shows the pack\'s ids: steps, options and the two sides of a match get opaque ids per attempt', async () => {
    const core = openTestCore(tempDir(), FIXTURE_PACKS);
    const participantId = insertParticipant(core);
    const seen = new Set<string>();
    for (let attempt = 0; attempt < 3; attempt++) {
      const quiz = await call<QuizAttemptView>(core, 'startQuiz', { participantId, moduleId: 'minimal', kind: 'practice', lessonId: 'first' });
      const options = quiz.questions.flatMap((q) => (q.type === 'single' ? q.options.map((o) => o.id) : []));
      expect(options.some((id) => ['a', 'b', 'c'].includes(id))).toBe(false);
      options.forEach((id) => seen.add(id));
    }
    expect(seen.size).toBeGreaterThan(3);
    const test = await call<QuizAttemptView>(core, 'startQuiz', { participantId, moduleId: 'minimal', kind: 'post' });
    for (const q of test.questions) {
      if (q.type === 'matching') {
        const left = new Set(q.left.map((l) => l.id));
        expect(q.right.some((r) => left.has(r.id))).toBe(false);
      }
      if (q.type === 'ordering') expect(q.items.map((i) => i.id).some((id) => /^s\d$/.test(id))).toBe(false);
    }
  });

  it('passes a learner who reaches the pass mark exactly, even when partial credits add up in floating point', async () => {
    const core = openTestCore(tempDir(), FIXTURE_PACKS);
    const participantId = insertParticipant(core);
    const quiz = await call<QuizAttemptView>(core, 'startQuiz', { participantId, moduleId: 'minimal', kind: 'post' });
    const attemptId = quiz.attemptId;
    // 4 questions, pass mark 60%: a score of 2.4 is exactly 60%. Write scores that sum to 2.4 only approximately.
    const scores = [0.4, 1, 0.7, 0.3];
    quiz.questions.forEach((q, i) => core.attempts.saveAnswer(attemptId, q.id, { type: 'truefalse', value: true }, scores[i]!));
    expect((scores.reduce((a, b) => a + b, 0) / 4) * 100).toBeLessThan(60);
    expect(await call(core, 'finishQuiz', { attemptId })).toMatchObject({ percent: 60, passed: true });
  });

  it('a pre-test review shows right and wrong but not the right answers, which the post-test shares', async () => {
    const core = openTestCore(tempDir(), FIXTURE_PACKS);
    const participantId = insertParticipant(core);
    const quiz = await call<QuizAttemptView>(core, 'startQuiz', { participantId, moduleId: 'minimal', kind: 'pre' });
    const result = await call<{ answersRevealed: boolean; review: Array<Record<string, unknown>> }>(core, 'finishQuiz', { attemptId: quiz.attemptId });
    expect(result.answersRevealed).toBe(false);
    expect(result.review.every((item) => !('correctAnswer' in item) && !('explanation' in item))).toBe(true);
  });

  it('an unanswered test scores 0 and fails; an unknown learner is refused', async () => {
    const core = openTestCore(tempDir(), FIXTURE_PACKS);
    const participantId = insertParticipant(core);
    const quiz = await call<QuizAttemptView>(core, 'startQuiz', { participantId, moduleId: 'minimal', kind: 'pre' });
    expect(await call(core, 'finishQuiz', { attemptId: quiz.attemptId })).toMatchObject({ score: 0, passed: false });
    expect(await dispatch('startQuiz', { participantId: 'nobody', moduleId: 'minimal', kind: 'pre' }, contextFor(core))).toEqual({ ok: false, error: { code: 'NOT_FOUND' } });
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
  });
});
