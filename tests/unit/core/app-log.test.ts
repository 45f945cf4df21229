import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import { LOG_FILE_NAME } from '../../../electron/core/logging/app-log';
import { contextFor, FIXTURE_PACKS, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { participant } from '../people/fixtures';

const tempDir = useTempDir();

describe('the app log', () => {
  it('records an internal error under <data folder>/logs with the reference the caller got, and no names or phone numbers', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const session = new ClientSession();
    session.unlockTrainer();
    // A damaged schema (the name index gone) makes every new participant fail inside SQLite: an internal error.
    core.db.exec('DROP TABLE participant_search');
    const result = await dispatch('createParticipant', { participant: participant({ name: '欧阳娜娜', phone: '13912345678' }) }, contextFor(core, session));
    core.close();
    await core.log.close();

    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', reference: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/) } });
    const reference = (result as unknown as { error: { reference: string } }).error.reference;
    const log = readFileSync(join(dir, 'logs', LOG_FILE_NAME), 'utf8');
    const entries = log.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toContainEqual(expect.objectContaining({ reference, area: 'api createParticipant', error: expect.objectContaining({ code: 'SQLITE_ERROR', stack: expect.any(String) }) }));
    expect(log).not.toContain('欧阳娜娜');
    expect(log).not.toContain('13912345678');
  });

  it('keeps bad input out of the log: a refused call leaves no entry', async () => {
    const dir = tempDir();
    const core = openTestCore(dir, FIXTURE_PACKS);
    for (const path of ['__proto__', 'constructor', 'toString']) await dispatch('getPackImage', { moduleId: 'minimal', path }, contextFor(core));
    await dispatch('setLanguage', { language: 'fr' }, contextFor(core));
    core.close();
    await core.log.close();
    expect(readFileSync(join(dir, 'logs', LOG_FILE_NAME), 'utf8')).toBe('');
  });
});
