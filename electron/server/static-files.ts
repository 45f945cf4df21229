import { createReadStream, existsSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { contentTypeOf } from './content-types';

/** Serves the built renderer; unknown paths fall back to index.html (a single-page app). */
export function serveStatic(root: string, pathname: string, response: ServerResponse, csp: string): void {
  const file = resolveInside(root, pathname) ?? join(root, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The user interface has not been built. Run: npm run build');
    return;
  }
  const type = contentTypeOf(extname(file));
  response.writeHead(200, {
    'content-type': type,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': type.startsWith('text/html') ? 'no-store' : 'max-age=3600',
  });
  // A file removed between the check and the read (a rebuild while serving) ends this response, not the server.
  pipeline(createReadStream(file), response, () => undefined);
}

/** A path that stays inside root and names an existing file, or undefined. */
export function resolveInside(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}
