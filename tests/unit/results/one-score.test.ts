import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import type { Core } from '../../../electron/core/core';
import type { ModuleProgress, QuizResult } from '../../../shared/domain/learning';
import type { WorkshopResults } from '../../../shared/domain/results';
import { formatPoints, formatTestPercent } from '../../../shared/domain/test-score';
import { finishedWorkshop } from '../certificates/finished-workshop';
import { contextFor, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const session = new ClientSession();
  session.unlockTrainer();
  const result = await dispatch(name, input, contextFor(core, session));
  if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
  return result.value as T;
}

describe('one score everywhere', () => {
  it('shows a partial-credit post-test as the same percentage on the result page, module card, results table and certificates', async () => {
    const core = openTestCore(tempDir());
    const { workshop, ids } = finishedWorkshop(core);
    // Partial credit leaves 3.53 of 14 points: people read "3.5 / 14", which is 25%, not 25.2%.
    const attemptId = randomUUID();
    const now = '2025-03-05T16:00:00.000Z';
    core.db
      .prepare(
        `INSERT INTO quiz_attempts (id, participant_id, module_id, workshop_id, kind, entry, seed, question_ids, started_at, finished_at, score, max_score, pass_mark, passed, created_at, updated_at)
         VALUES (?, ?, 'osh', ?, 'post', 'screen', 1, '[]', ?, ?, 3.53, 14, 70, 0, ?, ?)`,
      )
      .run(attemptId, ids[6], workshop.id, now, now, now, now);

    const result = await call<QuizResult>(core, 'getQuizResult', { attemptId });
    const card = (await call<ModuleProgress[]>(core, 'getModuleProgress', { participantId: ids[6] })).find((m) => m.moduleId === 'osh')!;
    const table = (await call<WorkshopResults>(core, 'getWorkshopResults', { workshopId: workshop.id })).participants.find((p) => p.participantId === ids[6])!;
    const certificate = core.certificates.issuer.candidates(workshop.id).candidates.find((c) => c.participantId === ids[6])!;

    expect(result.percent).toBe(25);
    expect(card.bestPostTest).toBe(25);
    expect(table.post?.percent).toBe(25);
    expect(certificate.postTestPercent).toBe(25);
    expect(formatPoints(result.score, 'zh-CN')).toBe('3.5');
    expect(formatTestPercent(result.percent, 'zh-CN')).toBe('25%');
    core.close();
  });

  it('keeps one decimal where the points have one', () => {
    expect(formatTestPercent(90.5, 'en')).toBe('90.5%');
    expect(formatTestPercent(25, 'en')).toBe('25%');
  });
});
