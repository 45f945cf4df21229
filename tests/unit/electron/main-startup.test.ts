import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../shared/api/operation-names';
import { useTempDir } from '../helpers/temp-dir';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILT = join(ROOT, 'dist-electron');
const STUB = pathToFileURL(join(ROOT, 'tests/fixtures/electron-stub/electron-stub.mjs')).href;

const tempDir = useTempDir();

interface StubEvent {
  name: string;
  [detail: string]: unknown;
}

/** Runs a built main.cjs in plain Node with the recording electron stand-in; answers what it asked of Electron. */
function runMain(mainFile: string, env: Record<string, string> = {}) {
  const dir = tempDir();
  const recordFile = join(dir, 'record.json');
  const paths = join(dir, 'electron-paths');
  const result = spawnSync(process.execPath, ['--import', STUB, mainFile], {
    env: { ...process.env, STUB_RECORD: recordFile, STUB_PATHS: paths, SCORE_DATA_DIR: join(dir, 'data'), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(0);
  const events = JSON.parse(readFileSync(recordFile, 'utf8')) as StubEvent[];
  const logFile = join(paths, 'logs', 'desktop.log');
  return { events, names: events.map((event) => event.name), log: existsSync(logFile) ? readFileSync(logFile, 'utf8') : '' };
}

/** The layout of an installed app: main.cjs inside resources/app.asar, the core worker in app.asar.unpacked, the render worker optionally. */
function packagedApp(withUnpackedWorker: boolean) {
  const resources = join(tempDir(), 'resources');
  const bundleDir = join(resources, 'app.asar', 'dist-electron');
  mkdirSync(bundleDir, { recursive: true });
  for (const file of ['main.cjs', 'preload.cjs', 'render-worker.cjs']) copyFileSync(join(BUILT, file), join(bundleDir, file));
  symlinkSync(join(ROOT, 'node_modules'), join(resources, 'app.asar', 'node_modules'), 'dir');
  const unpackedDir = join(resources, 'app.asar.unpacked', 'dist-electron');
  // The core worker is always unpacked (electron-builder.yml); the render worker is what these tests vary.
  mkdirSync(unpackedDir, { recursive: true });
  copyFileSync(join(BUILT, 'core-worker.cjs'), join(unpackedDir, 'core-worker.cjs'));
  if (withUnpackedWorker) {
    copyFileSync(join(BUILT, 'render-worker.cjs'), join(unpackedDir, 'render-worker.cjs'));
  }
  return { resources, main: join(bundleDir, 'main.cjs'), unpackedWorker: join(unpackedDir, 'render-worker.cjs') };
}

describe('the built main process, started against a recording electron module', () => {
  it('registers the privileged scheme before ready, takes the lock, and handles the protocol after ready', () => {
    const { names, events } = runMain(join(BUILT, 'main.cjs'));
    const at = (name: string) => names.indexOf(name);
    expect(at('registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(at('registerSchemesAsPrivileged')).toBeLessThan(at('ready'));
    expect(at('requestSingleInstanceLock')).toBeLessThan(at('ready'));
    expect(at('protocol.handle')).toBeGreaterThan(at('ready'));
    expect(at('BrowserWindow')).toBeGreaterThan(at('protocol.handle'));
    expect(names.at(-1)).toBe('loadURL');
    expect(events.find((event) => event.name === 'registerSchemesAsPrivileged')!.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(events.find((event) => event.name === 'protocol.handle')!.scheme).toBe('app');
    expect(events.find((event) => event.name === 'loadURL')!.url).toBe('app://score/index.html');
    expect(names).not.toContain('showErrorBox');
  });

  it('gives the sandboxed window the preload file the build writes, and watches it for failures', () => {
    const { events } = runMain(join(BUILT, 'main.cjs'));
    const window = events.find((event) => event.name === 'BrowserWindow')!;
    expect(window.webPreferences).toMatchObject({ preload: join(BUILT, 'preload.cjs'), sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(existsSync(join(BUILT, 'preload.cjs'))).toBe(true);
    const watched = events.filter((event) => event.name === 'webContents.on').map((event) => event.event);
    expect(watched).toEqual(expect.arrayContaining(['preload-error', 'render-process-gone', 'did-fail-load']));
    const channels = events.filter((event) => event.name === 'ipcMain.handle').map((event) => event.channel);
    expect(channels).toEqual(expect.arrayContaining(OPERATION_NAMES.map((name) => `api:${name}`)));
  });

  it('quits without a window when another instance holds the lock', () => {
    const { names } = runMain(join(BUILT, 'main.cjs'), { STUB_LOCK: 'taken' });
    expect(names).toContain('quit');
    expect(names).not.toContain('whenReady');
    expect(names).not.toContain('BrowserWindow');
  });

  it('explains a page that failed to load in a dialog, logs it, and shows the window so closing it quits', () => {
    const { events, names, log } = runMain(join(BUILT, 'main.cjs'), { STUB_LOAD_FAILS: '1' });
    const dialog = events.find((event) => event.name === 'showErrorBox')!;
    expect(dialog).toMatchObject({ title: 'SCORE Trainer Toolkit', message: expect.stringContaining('could not load its pages (ERR_FILE_NOT_FOUND)') });
    expect(names.indexOf('BrowserWindow.show')).toBeGreaterThan(names.indexOf('showErrorBox'));
    expect(log).toContain('did-fail-load');
  });

  it('when packaged, finds the PDF render worker in app.asar.unpacked and the preload beside main.cjs', () => {
    const app = packagedApp(true);
    const { events, log } = runMain(app.main, { STUB_PACKAGED: '1', STUB_RESOURCES: app.resources });
    expect(log).not.toContain('render-worker-missing');
    const window = events.find((event) => event.name === 'BrowserWindow')!;
    expect(window.webPreferences).toMatchObject({ preload: join(app.resources, 'app.asar', 'dist-electron', 'preload.cjs') });
  });

  it('when packaged without the unpacked worker, logs the path where it was expected', () => {
    const app = packagedApp(false);
    const { log } = runMain(app.main, { STUB_PACKAGED: '1', STUB_RESOURCES: app.resources });
    expect(log).toContain('render-worker-missing');
    expect(log).toContain(JSON.stringify(app.unpackedWorker));
  });
});
