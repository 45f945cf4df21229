import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import type { AnswerFeedback, PresentedQuestion, QuizAttemptView } from '../../../shared/domain/learning';
import { contextFor, insertParticipant, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

async function call<T>(core: ReturnType<typeof openTestCore>, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input, contextFor(core));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

type Hotspot = Extract<PresentedQuestion, { type: 'hotspot' }>;

describe('hazard pictures for people who cannot see them', () => {
  it('every bundled hazard picture has a description and a list to answer from, with things that are not hazards among them', () => {
    const core = openTestCore(tempDir());
    const questions = core.content.list().flatMap((pack) => [...Object.values(pack.practice).flat(), ...pack.pool]).filter((q) => q.type === 'hotspot');
    expect(questions.length).toBeGreaterThan(5);
    for (const question of questions) {
      expect(question.scene?.['zh-CN'], question.id).toBeTruthy();
      expect(question.scene?.en, question.id).toBeTruthy();
      expect(question.decoys?.length ?? 0, question.id).toBeGreaterThanOrEqual(2);
    }
    core.close();
  });

  it('answering from the list scores as tapping the picture does: every hazard ticked is right, a decoy ticked costs', async () => {
    const core = openTestCore(tempDir());
    const participantId = insertParticipant(core);
    const quiz = await call<QuizAttemptView>(core, 'startQuiz', { participantId, moduleId: 'osh', kind: 'practice', lessonId: 'hazard-identification' });
    const question = quiz.questions.find((q): q is Hotspot => q.type === 'hotspot')!;
    expect(question.scene?.['zh-CN']).toContain('五金车间');
    expect(question.choices).toHaveLength(question.hotspotCount + 3);
    // Which choices are hazards is not in what the learner receives; the labels the pack gives the hotspots are.
    const hazardLabels = new Set(core.content.get('osh').practice['hazard-identification']!.flatMap((q) => (q.type === 'hotspot' ? q.hotspots.map((h) => h.label.en) : [])));
    const hazards = question.choices.filter((c) => hazardLabels.has(c.label.en));
    const decoys = question.choices.filter((c) => !hazardLabels.has(c.label.en));
    expect(decoys.map((d) => d.label['zh-CN'])).toContain('挂在墙上支架里的灭火器');
    const answer = (picked: typeof question.choices) =>
      call<AnswerFeedback>(core, 'answerQuestion', { attemptId: quiz.attemptId, questionId: question.id, response: { type: 'hotspot', taps: picked.map((c) => ({ x: Math.round(c.x), y: Math.round(c.y) })) } });
    expect(await answer(hazards)).toMatchObject({ correct: true, score: 1 });
    const withDecoy = await answer([...hazards, decoys[0]!]);
    expect(withDecoy.correct).toBe(false);
    expect(withDecoy.score).toBeCloseTo(6 / 7);
    core.close();
  });
});
