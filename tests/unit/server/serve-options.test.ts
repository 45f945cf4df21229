import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../../electron/server/serve-options';

describe('browser mode options', () => {
  it('restores the newest backup only when asked to', () => {
    const env = { SCORE_DATA_DIR: '/tmp/score-data' };
    expect(parseServeArgs(['--port', '0'], env)).toMatchObject({ port: 0, restoreNewestBackup: false });
    expect(parseServeArgs(['--restore-newest-backup', '--port', '0'], env)).toMatchObject({ port: 0, restoreNewestBackup: true });
    expect(() => parseServeArgs(['--restore'], env)).toThrow(/--restore-newest-backup/);
  });
});
