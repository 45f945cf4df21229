import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SERVE = resolve(import.meta.dirname, '../../dist-electron/serve.cjs');

export interface AppServer {
  url: string;
  origin: string;
  dataDir: string;
  /** Stops the server and starts a fresh one on the same data folder (a new token, a new port). */
  restart(): Promise<void>;
}

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [SERVE, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        child.stdout.off('data', onData);
        resolvePromise({ child, url: match[1]! });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null) return resolvePromise();
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}

/** A server on a fresh data folder; `close` stops it and removes the folder. */
async function appServer(): Promise<{ app: AppServer; close: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'score-e2e-'));
  let running = await startServer(dataDir);
  const app: AppServer = {
    get url() {
      return running.url;
    },
    get origin() {
      return new URL(running.url).origin;
    },
    dataDir,
    async restart() {
      await stopServer(running.child);
      running = await startServer(dataDir);
    },
  };
  const close = async () => {
    await stopServer(running.child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { app, close };
}

/**
 * Each test gets its own data folder and its own server, started from the built app; `otherComputer` is a
 * second one on its own folder, for tests of what passes between two installations.
 */
export const test = base.extend<{ app: AppServer; otherComputer: AppServer; foreignRequests: string[] }>({
  app: async ({}, use) => {
    const { app, close } = await appServer();
    await use(app);
    await close();
  },
  otherComputer: async ({}, use) => {
    const { app, close } = await appServer();
    await use(app);
    await close();
  },
  /** Every request the page makes outside the app's own origin; tests assert it stays empty. */
  foreignRequests: async ({ page, app }, use) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== app.origin) foreign.push(url);
    });
    await use(foreign);
  },
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<void> {
  // From the top, so the sticky header is not captured halfway down a full-page image.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
