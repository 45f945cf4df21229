import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { knownFailure } from '../../../electron/core/handlers/known-failures';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import { contextFor, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { participant } from '../people/fixtures';

const tempDir = useTempDir();

function trainer(): ClientSession {
  const session = new ClientSession();
  session.unlockTrainer();
  return session;
}

describe('a full disk', () => {
  it('answers DISK_FULL when SQLite cannot grow the file, keeps every acknowledged write, and works again once there is room', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const context = contextFor(core, trainer());
    try {
      const acknowledged: string[] = [];
      for (const name of ['张伟', '王芳', '李娜']) {
        const created = await dispatch('createParticipant', { participant: participant({ name }) }, context);
        expect(created.ok).toBe(true);
        acknowledged.push(name);
      }
      // The file may not grow by a single page: SQLite's own SQLITE_FULL, as on a disk with no space left.
      const pages = core.db.pragma('page_count', { simple: true }) as number;
      core.db.pragma(`max_page_count = ${pages}`);
      let refused: unknown;
      for (let i = 0; i < 200 && refused === undefined; i++) {
        const result = await dispatch('createParticipant', { participant: participant({ name: `填满${i}`, department: '车间'.repeat(20) }) }, context);
        if (!result.ok) refused = result;
      }
      expect(refused).toEqual({ ok: false, error: { code: 'DISK_FULL' } });
      core.db.pragma('max_page_count = 1073741823');
      expect((await dispatch('createParticipant', { participant: participant({ name: '赵强' }) }, context)).ok).toBe(true);
    } finally {
      core.close();
    }
    const reopened = openTestCore(dir);
    try {
      const names = (reopened.db.prepare('SELECT name FROM participants').all() as Array<{ name: string }>).map((row) => row.name);
      expect(names).toEqual(expect.arrayContaining([...['张伟', '王芳', '李娜'], '赵强']));
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      reopened.close();
    }
  });

  it('maps a file write that hits ENOSPC to DISK_FULL', () => {
    let failure: unknown;
    try {
      writeFileSync('/dev/full', 'x');
    } catch (error) {
      failure = error;
    }
    expect(knownFailure(failure)).toEqual({ code: 'DISK_FULL' });
  });
});
