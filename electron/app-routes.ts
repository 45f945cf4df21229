import { extname, join, normalize, sep } from 'node:path';
import { contentTypeOf } from './server/content-types';

export type AppRoute = { status: 200; file: string; contentType: string } | { status: 404 };

/**
 * What `app://score/<pathname>` answers, decided without touching the disk (isFile is passed in) so every rule
 * is unit-tested. Only route-like paths (no extension) get index.html: a missing script, image or API call must
 * fail as a 404, never as an HTML page the caller then misreads.
 */
export function routeAppRequest(pathname: string, rendererDir: string, isFile: (path: string) => boolean): AppRoute {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 404 };
  }
  // The desktop app has no HTTP API: its calls go over IPC, so an /api request is always a mistake.
  if (decoded === '/api' || decoded.startsWith('/api/')) return { status: 404 };
  const root = normalize(rendererDir);
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return { status: 404 };
  if (isFile(candidate)) return { status: 200, file: candidate, contentType: contentTypeOf(extname(candidate)) };
  if (extname(decoded) !== '') return { status: 404 };
  const index = join(root, 'index.html');
  return { status: 200, file: index, contentType: contentTypeOf('.html') };
}
