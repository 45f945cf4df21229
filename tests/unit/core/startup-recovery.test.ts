import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreNewestBackup } from '../../../electron/core/backup/startup-recovery';
import { DATABASE_FILE_NAME } from '../../../electron/core/core';
import { insertParticipant, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

async function folderWithBackup(): Promise<{ dir: string; backupName: string }> {
  const dir = tempDir();
  const core = openTestCore(dir);
  insertParticipant(core, '张伟');
  insertParticipant(core, '王芳');
  const saved = await core.backups.saveToFolder('auto');
  insertParticipant(core, '李娜');
  core.close();
  return { dir, backupName: saved.name };
}

describe('opening the data folder', () => {
  it('removes the working copies a killed backup or restore left behind, and nothing else', () => {
    const dir = tempDir();
    openTestCore(dir).close();
    const leftovers = ['.restore-0b9d6a51-4a0e-4c39-9f55-1a2b3c4d5e6f.sqlite', '.restore-0b9d6a51-4a0e-4c39-9f55-1a2b3c4d5e6f.sqlite-wal', '.backup-7c1e2f30-1111-4222-8333-944455566677.sqlite', 'score.sqlite.replaced-1767600000000'];
    for (const name of leftovers) writeFileSync(join(dir, name), 'x'.repeat(4096));
    const stagedPhotos = '.restore-0b9d6a51-4a0e-4c39-9f55-1a2b3c4d5e6f.sqlite.photos';
    mkdirSync(join(dir, stagedPhotos, 'photos', 'ab'), { recursive: true });
    writeFileSync(join(dir, stagedPhotos, 'photos', 'ab', `ab${'0'.repeat(62)}.jpg`), 'x'.repeat(4096));
    leftovers.push(stagedPhotos);
    writeFileSync(join(dir, 'notes.restore-kept.txt'), 'not ours to delete');
    const core = openTestCore(dir);
    try {
      const names = readdirSync(dir);
      for (const name of leftovers) expect(names).not.toContain(name);
      expect(names).toContain('notes.restore-kept.txt');
    } finally {
      core.close();
    }
  });

  it('treats a 0-byte database as damaged when backups exist, names the newest, and restores it keeping the damaged file', async () => {
    const { dir, backupName } = await folderWithBackup();
    const file = join(dir, DATABASE_FILE_NAME);
    writeFileSync(file, '');
    expect(() => openTestCore(dir)).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT', details: expect.objectContaining({ newestBackup: backupName }) }));

    const restored = await restoreNewestBackup(dir, file, 1767600000000);
    expect(restored.name).toBe(backupName);
    expect(existsSync(`${file}.damaged-1767600000000`)).toBe(true);
    const core = openTestCore(dir);
    try {
      expect(core.participants.count()).toBe(2);
    } finally {
      core.close();
    }
  });

  it('starts a 0-byte database as a new installation when there is no backup to offer', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, DATABASE_FILE_NAME), '');
    const core = openTestCore(dir);
    try {
      expect(core.participants.count()).toBe(0);
    } finally {
      core.close();
    }
  });
});
