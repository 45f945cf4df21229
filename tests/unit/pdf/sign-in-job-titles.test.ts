import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import type { FileBytes } from '../../../shared/api/bridge';
import { finishedWorkshop } from '../certificates/finished-workshop';
import { contextFor, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { participant } from '../people/fixtures';
import { pdfText } from './poppler';

const tempDir = useTempDir();

describe('sign-in sheet positions', () => {
  it('print the job title as the enterprise wrote it, and the role for someone without one', async () => {
    const core = openTestCore(tempDir());
    const { workshop, factory } = finishedWorkshop(core);
    const titled = core.participants.create(participant({ name: '欧阳昇', enterpriseId: factory.id, role: 'worker', jobTitle: '叉车司机' }));
    const untitled = core.participants.create(participant({ name: '王珺', enterpriseId: factory.id, role: 'other' }));
    core.enrollments.enroll(workshop.id, [titled.id, untitled.id]);
    const session = new ClientSession();
    session.unlockTrainer();
    const result = await dispatch('exportSignInSheet', { workshopId: workshop.id, sessionId: workshop.sessions[0]!.id, blankRows: 0, language: 'zh-CN' }, contextFor(core, session));
    if (!result.ok) throw new Error(result.error.code);
    const text = pdfText((result.value as FileBytes).bytes);
    expect(text).toMatch(/欧阳昇[\s\S]*叉车司机/);
    expect(text).toMatch(/王珺[\s\S]*其他/);
    core.close();
  });
});
