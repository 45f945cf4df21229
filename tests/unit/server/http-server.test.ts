import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../../electron/server/http-server';
import type { Core } from '../../../electron/core/core';
import { LocalCoreEndpoint } from '../../../electron/core/endpoint/local-endpoint';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { nestedJson } from '../../fixtures/hostile-files';

const tempDir = useTempDir();
const TOKEN = 'test-token-0123456789';
let running: { server: Server; core: Core } | undefined;

afterEach(() => {
  running?.server.close();
  running?.core.close();
  running = undefined;
});

async function start(maxBodyBytes?: number): Promise<number> {
  const dir = tempDir();
  const staticDir = join(dir, 'ui');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the static root');
  const core = openTestCore(join(dir, 'data'));
  const server = createHttpServer({ core: new LocalCoreEndpoint(core), token: TOKEN, staticDir, maxBodyBytes });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  running = { server, core };
  return (server.address() as { port: number }).port;
}

function call(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'POST', headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode HTTP server', () => {
  it('answers an API call that carries the launch token', async () => {
    const port = await start();
    const res = await call(port, '/api/setLanguage', { headers: { 'x-score-token': TOKEN }, body: JSON.stringify({ language: 'zh-CN' }) });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { language: 'zh-CN' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a missing or wrong token', async () => {
    const port = await start();
    expect((await call(port, '/api/getAppState', { body: '{}' })).status).toBe(401);
    const wrong = await call(port, '/api/getAppState', { headers: { 'x-score-token': 'x'.repeat(TOKEN.length) }, body: '{}' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toEqual({ ok: false, error: { code: 'FORBIDDEN_ORIGIN', reason: 'token' } });
  });

  it('refuses a Host header that is not loopback with our port (DNS rebinding)', async () => {
    const port = await start();
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1:1', `192.168.1.5:${port}`]) {
      const res = await call(port, '/api/getAppState', { headers: { host, 'x-score-token': TOKEN }, body: '{}' });
      expect(res.status, host).toBe(403);
    }
    expect((await call(port, '/', { method: 'GET', headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await call(port, '/api/getAppState', { headers: { host: `localhost:${port}`, 'x-score-token': TOKEN }, body: '{}' })).status).toBe(200);
  });

  it('refuses a cross-origin page even with the token', async () => {
    const port = await start();
    const res = await call(port, '/api/getAppState', { headers: { 'x-score-token': TOKEN, origin: 'http://evil.example' }, body: '{}' });
    expect(res.status).toBe(403);
  });

  it('refuses an oversized body', async () => {
    const port = await start(1024);
    const res = await call(port, '/api/setLanguage', { headers: { 'x-score-token': TOKEN }, body: JSON.stringify({ language: 'en', pad: 'x'.repeat(4096) }) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', reason: 'too-large' } });
  });

  it('answers bad JSON and unknown operations with clear JSON errors', async () => {
    const port = await start();
    const bad = await call(port, '/api/getAppState', { headers: { 'x-score-token': TOKEN }, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ error: { code: 'INVALID_INPUT', reason: 'json' } });
    const unknown = await call(port, '/api/deleteEverything', { headers: { 'x-score-token': TOKEN }, body: '{}' });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toEqual({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });

  it('refuses 10 MB of nested arrays before parsing them, while other calls keep answering', async () => {
    const port = await start();
    const deep = call(port, '/api/setLanguage', { headers: { 'x-score-token': TOKEN }, body: nestedJson(5 * 1024 * 1024) });
    const meanwhile = await call(port, '/api/getAppState', { headers: { 'x-score-token': TOKEN }, body: '{}' });
    expect(meanwhile.status).toBe(200);
    const refused = await deep;
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', reason: 'too-deep' } });
    // Nesting inside a string is text, not structure.
    const inString = await call(port, '/api/setLanguage', { headers: { 'x-score-token': TOKEN }, body: JSON.stringify({ language: 'en', note: nestedJson(1000) }) });
    expect(JSON.parse(inString.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: ['(input)'] } });
  });

  it('refuses a roster upload past the roster file cap from its Content-Length, with the roster code', async () => {
    const port = await start();
    const res = await call(port, '/api/previewRoster', { headers: { 'x-score-token': TOKEN }, body: 'x'.repeat(12 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'ROSTER_FILE_TOO_LARGE', megabytes: 8 } });
  });

  it('serves the UI with a CSP and never a file outside its folder', async () => {
    const port = await start();
    const page = await call(port, '/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '/%2e%2e%2fsecret.txt']) {
      const escape = await call(port, path, { method: 'GET' });
      expect(escape.status, path).toBe(200);
      expect(escape.body, path).toContain('<title>ui</title>');
    }
  });

  it('streams each tab the events addressed to it, and refuses the stream without the token or from another origin', async () => {
    const port = await start();
    expect((await call(port, '/api/events', { method: 'GET' })).status).toBe(401);
    expect((await call(port, '/api/events', { method: 'GET', headers: { 'x-score-token': TOKEN, origin: 'http://evil.example' } })).status).toBe(403);
    const tabA = openEventStream(port, 'tab-a');
    const tabB = openEventStream(port, 'tab-b');
    await Promise.all([tabA.subscribed, tabB.subscribed]);
    const post = (client: string, name: string, body: unknown) => call(port, `/api/${name}`, { headers: { 'x-score-token': TOKEN, 'x-score-client': client }, body: JSON.stringify(body) });
    await post('tab-a', 'createTrainerPin', { pin: '2468' });
    await post('tab-b', 'unlockTrainer', { pin: '2468' });
    await post('tab-b', 'lockTrainer', {});
    expect(await tabB.next(2)).toEqual([
      { type: 'trainerLock', unlocked: true },
      { type: 'trainerLock', unlocked: false },
    ]);
    expect(await tabA.next(1)).toEqual([{ type: 'trainerLock', unlocked: true }]);
    expect(tabA.received).toHaveLength(1);
    tabA.close();
    tabB.close();
  });
});

/** A tab's Server-Sent Events stream: the events parsed from its data lines, as they arrive. */
function openEventStream(port: number, client: string) {
  const received: unknown[] = [];
  const waiting: Array<() => void> = [];
  let text = '';
  let subscribe: () => void;
  const subscribed = new Promise<void>((resolve) => (subscribe = resolve));
  const req = request({ host: '127.0.0.1', port, path: '/api/events', method: 'GET', headers: { host: `127.0.0.1:${port}`, 'x-score-token': TOKEN, 'x-score-client': client } }, (res) => {
    expect(res.headers['content-type']).toContain('text/event-stream');
    res.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.startsWith(': subscribed')) subscribe();
      const blocks = text.split('\n\n');
      text = blocks.pop()!;
      for (const block of blocks) if (block.startsWith('data: ')) received.push(JSON.parse(block.slice('data: '.length)));
      for (const wake of waiting.splice(0)) wake();
    });
  });
  req.end();
  const next = async (count: number) => {
    while (received.length < count) await new Promise<void>((resolve) => waiting.push(resolve));
    return received.slice(0, count);
  };
  return { received, subscribed, next, close: () => req.destroy() };
}
