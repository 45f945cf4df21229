import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inflatingBackup } from '../../fixtures/hostile-files';
import { insertParticipant, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { peakGrowth } from '../helpers/peak-memory';

const tempDir = useTempDir();
const MB = 1024 * 1024;

describe('hostile backups', () => {
  it('refuses a small zip whose database inflates far past what its manifest declares, with flat memory and nothing left behind', async () => {
    const core = openTestCore(tempDir());
    try {
      insertParticipant(core);
      const bomb = await inflatingBackup(256, 8192);
      expect(bomb.length).toBeLessThan(2 * MB);
      await expect(core.backups.restore(bomb)).rejects.toMatchObject({ code: 'BACKUP_CORRUPT' });
      expect(await peakGrowth(() => core.backups.restore(bomb))).toBeLessThan(64 * MB);
      expect(core.participants.count()).toBe(1);
      expect(readdirSync(core.options.dataDir).filter((name) => name.startsWith('.restore-'))).toEqual([]);
    } finally {
      core.close();
    }
  });

  it('refuses a database entry packed a thousand to one even when the manifest is honest about its size', async () => {
    const core = openTestCore(tempDir());
    try {
      const bomb = await inflatingBackup(256);
      await expect(core.backups.restore(bomb)).rejects.toMatchObject({ code: 'BACKUP_CORRUPT' });
      expect(await peakGrowth(() => core.backups.restore(bomb))).toBeLessThan(64 * MB);
    } finally {
      core.close();
    }
  });
});
