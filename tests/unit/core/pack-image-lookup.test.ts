import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { contextFor, FIXTURE_PACKS, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

describe('getPackImage', () => {
  it('answers NOT_FOUND for names inherited by every object (the log stays empty: see app-log.test.ts)', async () => {
    const core = openTestCore(tempDir(), FIXTURE_PACKS);
    try {
      for (const path of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        expect(await dispatch('getPackImage', { moduleId: 'minimal', path }, contextFor(core))).toEqual({ ok: false, error: { code: 'NOT_FOUND', path } });
      }
      expect(await dispatch('getPackImage', { moduleId: 'minimal', path: 'images/shop.svg' }, contextFor(core))).toMatchObject({ ok: true, value: { mediaType: 'image/svg+xml' } });
    } finally {
      core.close();
    }
  });
});
