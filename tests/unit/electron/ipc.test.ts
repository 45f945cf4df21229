import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { forwardCoreEvents, registerApiHandlers, type EventReceiver, type InvokeEvent, type IpcMainLike } from '../../../electron/ipc';
import type { AppEvent } from '../../../shared/api/events';
import { LocalCoreEndpoint } from '../../../electron/core/endpoint/local-endpoint';
import { closeCoresAfterEach, openTestCore, openTestEndpoint } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
closeCoresAfterEach();

type Listener = (event: InvokeEvent, input: unknown) => Promise<ApiResult<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const invoke = (channel: string, url: string | null, input: unknown, senderId = 1) =>
    handlers.get(channel)!({ sender: { id: senderId }, senderFrame: url === null ? null : { url } }, input);
  return { ipcMain, handlers, invoke };
}

describe('registerApiHandlers', () => {
  it('registers one channel per contract operation', () => {
    const core = openTestCore(tempDir());
    const { ipcMain, handlers } = fakeIpcMain();
    registerApiHandlers(ipcMain, new LocalCoreEndpoint(core));
    expect([...handlers.keys()].sort()).toEqual(OPERATION_NAMES.map((name) => `api:${name}`).sort());
  });

  it('answers a call from the app origin', async () => {
    const core = openTestCore(tempDir());
    const { ipcMain, invoke } = fakeIpcMain();
    registerApiHandlers(ipcMain, new LocalCoreEndpoint(core));
    expect(await invoke('api:setLanguage', 'app://score/index.html', { language: 'en' })).toMatchObject({ ok: true, value: { language: 'en' } });
  });

  it('rejects a foreign or missing sender frame without touching the data', async () => {
    const core = openTestCore(tempDir());
    const { ipcMain, invoke } = fakeIpcMain();
    registerApiHandlers(ipcMain, new LocalCoreEndpoint(core));
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', null]) {
      expect(await invoke('api:setLanguage', url, { language: 'en' })).toEqual({ ok: false, error: { code: 'FORBIDDEN_ORIGIN' } });
    }
    expect(core.settings.get('language')).toBeUndefined();
  });

  it('rejects invalid input', async () => {
    const core = openTestCore(tempDir());
    const { ipcMain, invoke } = fakeIpcMain();
    registerApiHandlers(ipcMain, new LocalCoreEndpoint(core));
    expect(await invoke('api:createTrainerPin', 'app://score/', { pin: 'abcd' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: ['pin'] } });
    expect(await invoke('api:createTrainerPin', 'app://score/', 'not an object')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('keeps the trainer unlock to the window that entered the PIN', async () => {
    const core = openTestCore(tempDir());
    const { ipcMain, invoke } = fakeIpcMain();
    registerApiHandlers(ipcMain, new LocalCoreEndpoint(core));
    await invoke('api:createTrainerPin', 'app://score/', { pin: '2468' }, 1);
    expect(await invoke('api:getAppState', 'app://score/', {}, 1)).toMatchObject({ value: { trainerUnlocked: true } });
    expect(await invoke('api:getAppState', 'app://score/', {}, 2)).toMatchObject({ value: { trainerUnlocked: false } });
  });

  it('forwards each core event to the window it is for, and job-wide events to every window', async () => {
    const endpoint = openTestEndpoint(tempDir());
    const { ipcMain, invoke } = fakeIpcMain();
    registerApiHandlers(ipcMain, endpoint);
    const sent: Array<{ window: number; channel: string; event: AppEvent }> = [];
    let wake = () => {};
    const window = (id: number): EventReceiver => ({
      id,
      isDestroyed: () => false,
      send: (channel, event) => {
        sent.push({ window: id, channel, event });
        wake();
      },
    });
    forwardCoreEvents(endpoint, () => [window(1), window(2)]);
    await invoke('api:createTrainerPin', 'app://score/', { pin: '2468' }, 2);
    expect(sent).toEqual([{ window: 2, channel: 'events', event: { type: 'trainerLock', unlocked: true } }]);
    sent.length = 0;
    const job = endpoint.core.jobs.start(() => Promise.resolve({ files: [], unprintable: [] }));
    while (sent.length < 2) await new Promise<void>((resolve) => (wake = resolve));
    expect(sent.map((entry) => entry.window)).toEqual([1, 2]);
    expect(sent[0]!.event).toEqual({ type: 'jobProgress', progress: expect.objectContaining({ jobId: job.jobId, state: 'done' }) });
  });
});
