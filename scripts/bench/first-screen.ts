import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** The page's entry and the chunk of the route a first launch opens (`#/learn`), as Vite's manifest names them. */
const FIRST_SCREEN = ['index.html', 'screens/learn/LearnArea.tsx'];

function withImports(manifest: Record<string, ManifestChunk>, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  roots.forEach(visit);
  return seen;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** JavaScript the first screen loads, from the build in dist/renderer (budget: 250 KB gzip). */
export function benchFirstScreen(): string[] {
  const rendererDir = resolve(__dirname, '..', 'dist', 'renderer');
  const manifest = JSON.parse(readFileSync(resolve(rendererDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const sizes = (keys: Iterable<string>) => {
    let raw = 0;
    let gzip = 0;
    for (const key of keys) {
      const file = manifest[key]?.file;
      if (!file?.endsWith('.js')) continue;
      const bytes = readFileSync(resolve(rendererDir, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return `${kb(gzip)} gzip (${kb(raw)} raw)`;
  };
  return [`first screen (${FIRST_SCREEN.join(' + ')}): ${sizes(withImports(manifest, FIRST_SCREEN))} — budget 250 KB gzip`, `whole renderer: ${sizes(Object.keys(manifest))}`];
}
