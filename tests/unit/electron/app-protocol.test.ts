import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, respondToAppRequest } from '../../../electron/app-protocol';
import { routeAppRequest } from '../../../electron/app-routes';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const ROOT = '/app/renderer';

/** A renderer folder holding exactly these files. */
const only = (...files: string[]) => (path: string) => files.map((file) => join(ROOT, file)).includes(path);

describe('routeAppRequest', () => {
  it('answers a built file with its content type', () => {
    const exists = only('assets/index.js', 'logo.svg', 'photo.JPG', 'card.webp', 'font.woff2', 'font.ttf', 'font.otf', 'favicon.ico', 'data.json', 'icon.png');
    const typeOf = (path: string) => {
      const route = routeAppRequest(path, ROOT, exists);
      return route.status === 200 ? route.contentType : route.status;
    };
    expect(typeOf('/assets/index.js')).toBe('text/javascript; charset=utf-8');
    expect(typeOf('/data.json')).toBe('application/json; charset=utf-8');
    expect(typeOf('/logo.svg')).toBe('image/svg+xml');
    expect(typeOf('/icon.png')).toBe('image/png');
    expect(typeOf('/photo.JPG')).toBe('image/jpeg');
    expect(typeOf('/card.webp')).toBe('image/webp');
    expect(typeOf('/font.woff2')).toBe('font/woff2');
    expect(typeOf('/font.ttf')).toBe('font/ttf');
    expect(typeOf('/font.otf')).toBe('font/otf');
    expect(typeOf('/favicon.ico')).toBe('image/x-icon');
  });

  it('gives index.html only to route-like paths', () => {
    const exists = only('index.html');
    expect(routeAppRequest('/workshops/12/attendance', ROOT, exists)).toEqual({ status: 200, file: join(ROOT, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(routeAppRequest('/', ROOT, exists)).toMatchObject({ status: 200, file: join(ROOT, 'index.html') });
  });

  it('answers 404 for a missing file with an extension, never the page', () => {
    const exists = only('index.html');
    expect(routeAppRequest('/assets/index-old.js', ROOT, exists)).toEqual({ status: 404 });
    expect(routeAppRequest('/images/missing.png', ROOT, exists)).toEqual({ status: 404 });
  });

  it('answers 404 for /api, since the desktop app calls its API over IPC', () => {
    const exists = only('index.html', 'api/getAppState');
    expect(routeAppRequest('/api/getAppState', ROOT, exists)).toEqual({ status: 404 });
    expect(routeAppRequest('/api', ROOT, exists)).toEqual({ status: 404 });
  });

  it('answers 404 for a path that leaves the renderer folder or cannot be decoded', () => {
    const exists = () => true;
    expect(routeAppRequest('/..%2F..%2Fetc/passwd', ROOT, exists)).toEqual({ status: 404 });
    expect(routeAppRequest('/%E0%A4%A', ROOT, exists)).toEqual({ status: 404 });
  });
});

describe('respondToAppRequest', () => {
  function rendererDir(): string {
    const dir = tempDir();
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'assets', 'index.js'), 'console.log(1)');
    return dir;
  }

  it('serves the page for a route and a file with the CSP header', async () => {
    const dir = rendererDir();
    const page = await respondToAppRequest('app://score/trainer/workshops', dir);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const script = await respondToAppRequest('app://score/assets/index.js', dir);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers an API call with 404 rather than the page a JSON parser would choke on', async () => {
    const response = await respondToAppRequest('app://score/api/getAppState', rendererDir());
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<title>');
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('enables the code cache, which Electron allows only for a standard scheme', () => {
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, codeCache: true });
  });
});
