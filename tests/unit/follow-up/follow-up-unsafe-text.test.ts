import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import { contextFor, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterpriseWithTeam, suggestionInput, visitInput } from './follow-up-fixtures';

const tempDir = useTempDir();

function trainer(): ClientSession {
  const session = new ClientSession();
  session.unlockTrainer();
  return session;
}

describe('typed text of the follow-up', () => {
  it('refuses control characters and bidi overrides with their own code and the field, keeps line breaks in notes, and still trims', async () => {
    const core = openTestCore(tempDir());
    const context = contextFor(core, trainer());
    try {
      const { company } = enterpriseWithTeam(core);
      const visitor = { name: '陈老师\u202e', role: 'trainer' as const, organisation: 'SCORE' };
      expect(await dispatch('createVisit', { visit: visitInput(company.id, { visitors: [visitor] }) }, context)).toEqual({ ok: false, error: { code: 'TEXT_UNSAFE_CHARACTERS', fields: ['visit.visitors.0.name'] } });
      expect(await dispatch('createVisit', { visit: visitInput(company.id, { notes: '出口\u0000上锁' }) }, context)).toEqual({ ok: false, error: { code: 'TEXT_UNSAFE_CHARACTERS', fields: ['visit.notes'] } });
      expect(await dispatch('createSuggestion', { suggestion: suggestionInput(company.id, { description: '加装\u001b护栏' }) }, context)).toEqual({
        ok: false,
        error: { code: 'TEXT_UNSAFE_CHARACTERS', fields: ['suggestion.description'] },
      });
      const saved = await dispatch('createVisit', { visit: visitInput(company.id, { notes: '  后门锁着。\n已拆锁。  ' }) }, context);
      expect(saved).toMatchObject({ ok: true, value: { notes: '后门锁着。\n已拆锁。' } });
    } finally {
      core.close();
    }
  });
});
