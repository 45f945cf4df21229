import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AddressedEvent } from '../../../../electron/core/endpoint/core-endpoint';
import { CoreWorkerHost } from '../../../../electron/core/endpoint/core-worker-host';
import { DATABASE_FILE_NAME } from '../../../../electron/core/core';
import { longRoster } from '../../../fixtures/hostile-files';
import { BUNDLED_CONTENT } from '../../helpers/core';
import { useTempDir } from '../../helpers/temp-dir';

// The bundle the app runs (built by the unit tests' global setup when stale).
const WORKER_FILE = resolve(import.meta.dirname, '../../../../dist-electron/core-worker.cjs');
const tempDir = useTempDir();
const hosts: CoreWorkerHost[] = [];

afterEach(async () => {
  while (hosts.length) await hosts.pop()!.close();
});

async function startHost(dataDir = tempDir()): Promise<CoreWorkerHost> {
  const host = await CoreWorkerHost.start({ options: { dataDir, runtime: 'browser', version: '0.0.0-test', contentDir: BUNDLED_CONTENT }, startBackupSchedule: false }, WORKER_FILE);
  hosts.push(host);
  return host;
}

describe('the core in its worker thread', () => {
  it('answers calls, keeping each client its own trainer unlock', async () => {
    const host = await startHost();
    expect(await host.call('tab-a', 'setLanguage', { language: 'zh-CN' })).toMatchObject({ ok: true, value: { language: 'zh-CN' } });
    expect(await host.call('tab-a', 'createTrainerPin', { pin: '2468' })).toMatchObject({ ok: true });
    expect(await host.call('tab-a', 'getAppState', {})).toMatchObject({ ok: true, value: { trainerUnlocked: true, language: 'zh-CN' } });
    expect(await host.call('tab-b', 'getAppState', {})).toMatchObject({ ok: true, value: { trainerUnlocked: false } });
    expect(await host.call('tab-b', 'listParticipants', {})).toMatchObject({ ok: false, error: { code: 'TRAINER_LOCKED' } });
    expect(await host.call('tab-a', 'noSuchOperation', {})).toEqual({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });

  it('pushes the lock and unlock to the client they belong to', async () => {
    const host = await startHost();
    const events: AddressedEvent[] = [];
    host.subscribe((event) => events.push(event));
    await host.call('tab-a', 'createTrainerPin', { pin: '2468' });
    await host.call('tab-b', 'getAppState', {});
    await host.call('tab-a', 'lockTrainer', {});
    expect(events).toEqual([
      { client: 'tab-a', event: { type: 'trainerLock', unlocked: true } },
      { client: 'tab-a', event: { type: 'trainerLock', unlocked: false } },
    ]);
  });

  it('keeps answering ordinary calls while a 5,000-row workbook is parsed', async () => {
    const host = await startHost();
    await host.call('trainer', 'createTrainerPin', { pin: '2468' });
    const finished: string[] = [];
    const preview = host.call('trainer', 'previewRoster', { bytes: await longRoster(5_000), options: { fileName: 'roster.xlsx' } }).then((result) => {
      finished.push('previewRoster');
      return result;
    });
    const state = host.call('trainee', 'getAppState', {}).then((result) => {
      finished.push('getAppState');
      return result;
    });
    expect(await state).toMatchObject({ ok: true });
    expect(await preview).toMatchObject({ ok: true, value: { rows: expect.any(Array) } });
    expect(finished).toEqual(['getAppState', 'previewRoster']);
  });

  it('refuses to start on a database from a newer version, with its typed code', async () => {
    const dataDir = tempDir();
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, DATABASE_FILE_NAME));
    db.pragma('user_version = 999');
    db.close();
    await expect(startHost(dataDir)).rejects.toMatchObject({ code: 'DATABASE_TOO_NEW' });
  });

  it('answers INTERNAL, never hangs, once the worker has ended', async () => {
    const host = await startHost();
    await host.close();
    expect(await host.call('tab-a', 'getAppState', {})).toEqual({ ok: false, error: { code: 'INTERNAL' } });
  });
});
