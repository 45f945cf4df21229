import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import { readRosterTable } from '../../../electron/core/roster/read-table';
import { exportParticipants } from '../../../electron/core/roster/roster-export';
import { contextFor, insertParticipant, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterprise, participant } from '../people/fixtures';
import { csvBytes, xlsxBytes } from '../roster/roster-files';

const tempDir = useTempDir();

function trainer(): ClientSession {
  const session = new ClientSession();
  session.unlockTrainer();
  return session;
}

const UNSAFE = ['\u0000', '\u0007', '\u001b', '\u0085', '\u202e', '\u202a', '\u2066', '\u2069', '\n'];

describe('control characters and bidi overrides', () => {
  it('are refused in every typed text with their own code and the field, and ordinary text still passes', async () => {
    const core = openTestCore(tempDir());
    const context = contextFor(core, trainer());
    try {
      for (const char of UNSAFE) {
        expect(await dispatch('createParticipant', { participant: participant({ name: `张${char}伟` }) }, context)).toEqual({ ok: false, error: { code: 'TEXT_UNSAFE_CHARACTERS', fields: ['participant.name'] } });
      }
      expect(await dispatch('createEnterprise', { enterprise: enterprise({ nameEn: 'Huafeng\u202eseliteT' }) }, context)).toEqual({ ok: false, error: { code: 'TEXT_UNSAFE_CHARACTERS', fields: ['enterprise.nameEn'] } });
      expect(await dispatch('setTrainerSignature', { trainerName: 'Li\u0000', image: null }, context)).toMatchObject({ ok: false, error: { code: 'TEXT_UNSAFE_CHARACTERS', fields: ['trainerName'] } });
      expect(await dispatch('saveSessionNotes', { moduleId: 'osh', sessionId: 's1', text: 'bell\u0007' }, context)).toMatchObject({ ok: false, error: { code: 'TEXT_UNSAFE_CHARACTERS', fields: ['text'] } });
      expect(await dispatch('createParticipant', { participant: participant({ name: 'Zoë Brontë-Müller (وليد)' }) }, context)).toMatchObject({ ok: true });
    } finally {
      core.close();
    }
  });

  it('refuse a roster file, naming the row', async () => {
    const rows = [['姓名', '手机'], ['张伟', '13800138000'], ['王\u001b芳', ''], ['李娜', '']];
    await expect(readRosterTable(csvBytes(rows, 'utf-8'))).rejects.toMatchObject({ code: 'ROSTER_UNSAFE_CHARACTERS', details: { row: 3 } });
    const bidi = [['姓名'], ['张伟'], ['\u202e伟张']];
    await expect(readRosterTable(await xlsxBytes(bidi))).rejects.toMatchObject({ code: 'ROSTER_UNSAFE_CHARACTERS', details: { row: 3 } });
  });

  it('never reach a CSV export raw, even from a record saved before they were refused', async () => {
    const core = openTestCore(tempDir());
    try {
      insertParticipant(core, '王\u0000芳\u202e');
      const file = await exportParticipants(core.participants, {}, 'csv', 'zh-CN');
      expect(file.bytes.includes(0)).toBe(false);
      expect(new TextDecoder().decode(file.bytes)).toContain('王芳');
    } finally {
      core.close();
    }
  });
});
