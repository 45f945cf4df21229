import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import type { PlatformBridge } from '../../../shared/api/bridge';
import { EVENT_CHANNEL } from '../../../shared/api/events';

const PRELOAD = resolve(import.meta.dirname, '../../../dist-electron/preload.cjs');
/** Every member of PlatformBridge: the type check fails here when the interface gains or loses one. */
const PLATFORM_MEMBERS: Record<keyof PlatformBridge, true> = { runtime: true, saveFile: true, saveFiles: true, openFile: true, openFolder: true };

/**
 * What Electron hands a sandboxed preload. Up to Electron 44 (docs/tutorial/sandbox.md): a function of
 * (require, process, exports, module, Buffer, global, setImmediate, clearImmediate) whose require offers electron,
 * events, timers and url. Electron 45's release notes drop the Buffer, setImmediate and clearImmediate globals and
 * the events, timers and url shims; the preload must run under both.
 */
const SANDBOXES = [
  { name: 'Electron 44', modules: ['events', 'timers', 'url'], nodeShims: true },
  { name: 'Electron 45', modules: [], nodeShims: false },
];

interface Invocation {
  channel: string;
  args: unknown[];
}

/** Runs the built preload in a fresh context, wrapped as the sandbox wraps it, with no __filename, __dirname or Node globals. */
function runPreloadInSandbox(sandbox: (typeof SANDBOXES)[number]) {
  const exposed = new Map<string, Record<string, unknown>>();
  const invocations: Invocation[] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const sendFromMain = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'main' }, payload);
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => void exposed.set(key, value) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        invocations.push({ channel, args });
        return Promise.resolve({ ok: true, value: null });
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => void listeners.get(channel)?.delete(listener),
    },
  };
  const sandboxRequire = (name: string): unknown => {
    if (name === 'electron') return electron;
    if (sandbox.modules.includes(name)) return process.getBuiltinModule(name);
    throw new Error(`module not found: ${name}`);
  };
  const sandboxProcess = { platform: process.platform, type: 'renderer', sandboxed: true, contextIsolated: true, versions: {}, env: {} };
  const context = createContext({});
  const module = { exports: {} };
  const globals: Record<string, unknown> = { require: sandboxRequire, process: sandboxProcess, exports: module.exports, module, global: runInContext('globalThis', context) };
  if (sandbox.nodeShims) Object.assign(globals, { Buffer, setImmediate, clearImmediate });
  const wrapper = runInContext(`(function (${Object.keys(globals).join(', ')}) {${readFileSync(PRELOAD, 'utf8')}\n})`, context, { filename: PRELOAD }) as (...args: unknown[]) => void;
  wrapper(...Object.values(globals));
  return { exposed, invocations, sendFromMain };
}

describe.each(SANDBOXES)('the built preload in $name\'s sandbox', (sandbox) => {
  it('exposes one scoreApi function per contract operation, each invoking its own channel', async () => {
    const { exposed, invocations } = runPreloadInSandbox(sandbox);
    const scoreApi = exposed.get('scoreApi')!;
    expect(Object.keys(scoreApi).sort()).toEqual(Object.keys(contract).sort());
    for (const name of Object.keys(contract)) expect(typeof scoreApi[name], name).toBe('function');
    await (scoreApi.setLanguage as (input: unknown) => Promise<unknown>)({ language: 'zh-CN' });
    expect(invocations).toEqual([{ channel: 'api:setLanguage', args: [{ language: 'zh-CN' }] }]);
  });

  it('exposes a complete scorePlatform for the desktop runtime', async () => {
    const { exposed, invocations } = runPreloadInSandbox(sandbox);
    const scorePlatform = exposed.get('scorePlatform')!;
    expect(Object.keys(scorePlatform).sort()).toEqual(Object.keys(PLATFORM_MEMBERS).sort());
    expect(scorePlatform.runtime).toBe('electron');
    await (scorePlatform.openFolder as () => Promise<unknown>)();
    expect(invocations.map((call) => call.channel)).toEqual(['platform:openFolder']);
  });

  it('exposes scoreEvents, passing on each event the main process sends until the page unsubscribes', () => {
    const { exposed, sendFromMain } = runPreloadInSandbox(sandbox);
    const subscribe = exposed.get('scoreEvents')!.subscribe as (listener: (event: unknown) => void) => () => void;
    const received: unknown[] = [];
    const unsubscribe = subscribe((event) => received.push(event));
    sendFromMain(EVENT_CHANNEL, { type: 'trainerLock', unlocked: false });
    unsubscribe();
    sendFromMain(EVENT_CHANNEL, { type: 'trainerLock', unlocked: true });
    expect(received).toEqual([{ type: 'trainerLock', unlocked: false }]);
  });

  it('stays small: it carries operation names, not the contract\'s schemas', () => {
    expect(readFileSync(PRELOAD).length).toBeLessThanOrEqual(200 * 1024);
  });
});
