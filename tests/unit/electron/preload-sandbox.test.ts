import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import type { PlatformBridge } from '../../../shared/api/bridge';

const PRELOAD = resolve(import.meta.dirname, '../../../dist-electron/preload.cjs');
/** The modules a sandboxed preload's require offers (Electron docs: "Process Sandboxing"). */
const SANDBOX_MODULES = ['events', 'timers', 'url'];
/** Every member of PlatformBridge: the type check fails here when the interface gains or loses one. */
const PLATFORM_MEMBERS: Record<keyof PlatformBridge, true> = { runtime: true, saveFile: true, saveFiles: true, openFile: true, openFolder: true };

interface Invocation {
  channel: string;
  args: unknown[];
}

/**
 * Runs the built preload the way Electron 45 runs a sandboxed one: a fresh context, wrapped in a function of
 * (require, process, exports, module, Buffer, global, setImmediate, clearImmediate), with no __filename,
 * __dirname or other Node globals, and a require that refuses anything but the sandbox's modules.
 */
function runPreloadInSandbox() {
  const exposed = new Map<string, Record<string, unknown>>();
  const invocations: Invocation[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => void exposed.set(key, value) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        invocations.push({ channel, args });
        return Promise.resolve({ ok: true, value: null });
      },
    },
  };
  const sandboxRequire = (name: string): unknown => {
    if (name === 'electron') return electron;
    if (SANDBOX_MODULES.includes(name)) return process.getBuiltinModule(name);
    throw new Error(`module not found: ${name}`);
  };
  const sandboxProcess = { platform: process.platform, type: 'renderer', sandboxed: true, contextIsolated: true, versions: {}, env: {} };
  const context = createContext({});
  const wrapper = runInContext(
    `(function (require, process, exports, module, Buffer, global, setImmediate, clearImmediate) {${readFileSync(PRELOAD, 'utf8')}\n})`,
    context,
    { filename: PRELOAD },
  ) as (...args: unknown[]) => void;
  const module = { exports: {} };
  wrapper(sandboxRequire, sandboxProcess, module.exports, module, Buffer, runInContext('globalThis', context), setImmediate, clearImmediate);
  return { exposed, invocations };
}

describe('the built preload in Electron\'s sandbox', () => {
  it('exposes one scoreApi function per contract operation, each invoking its own channel', async () => {
    const { exposed, invocations } = runPreloadInSandbox();
    const scoreApi = exposed.get('scoreApi')!;
    expect(Object.keys(scoreApi).sort()).toEqual(Object.keys(contract).sort());
    for (const name of Object.keys(contract)) expect(typeof scoreApi[name], name).toBe('function');
    await (scoreApi.setLanguage as (input: unknown) => Promise<unknown>)({ language: 'zh-CN' });
    expect(invocations).toEqual([{ channel: 'api:setLanguage', args: [{ language: 'zh-CN' }] }]);
  });

  it('exposes a complete scorePlatform for the desktop runtime', async () => {
    const { exposed, invocations } = runPreloadInSandbox();
    const scorePlatform = exposed.get('scorePlatform')!;
    expect(Object.keys(scorePlatform).sort()).toEqual(Object.keys(PLATFORM_MEMBERS).sort());
    expect(scorePlatform.runtime).toBe('electron');
    await (scorePlatform.openFolder as () => Promise<unknown>)();
    expect(invocations.map((call) => call.channel)).toEqual(['platform:openFolder']);
  });

  it('stays small: it carries operation names, not the contract\'s schemas', () => {
    expect(readFileSync(PRELOAD).length).toBeLessThanOrEqual(200 * 1024);
  });
});
