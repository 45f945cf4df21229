import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { routeAppRequest } from './app-routes';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * The app:// scheme's privileges. It must be registered before the app is ready. codeCache lets V8 cache the
 * compiled renderer bundle between launches, as it does for http pages (Electron's CustomScheme docs).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Answers `app://score/...` from the built renderer folder, with the CSP header on every response. */
export async function respondToAppRequest(url: string, rendererDir: string): Promise<Response> {
  const route = routeAppRequest(new URL(url).pathname, rendererDir, isFile);
  if (route.status === 404) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  try {
    return new Response(await readFile(route.file), {
      headers: {
        'content-type': route.contentType,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
}
