import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { resolveInside } from './server/static-files';
import { CONTENT_SECURITY_POLICY } from './security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Answers `app://score/...` from the built renderer folder, with the CSP header on every response. */
export async function respondToAppRequest(url: string, rendererDir: string): Promise<Response> {
  const { pathname } = new URL(url);
  const file = resolveInside(rendererDir, pathname) ?? join(rendererDir, 'index.html');
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
