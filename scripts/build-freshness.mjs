// Whether the built files are newer than everything they are built from, so `npm run serve` (and the unit tests
// that read the built preload and main process) can skip a build that would change nothing.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What `npm run build` reads: sources, locales bundled into both sides, and the build's own configuration. */
const SHARED_INPUTS = ['shared', 'resources/locales', 'package.json', 'package-lock.json', 'tsconfig.base.json'];

export const NODE_BUILD = {
  inputs: [...SHARED_INPUTS, 'electron', 'scripts/bench', 'scripts/build-node.mjs'],
  outputs: ['main', 'preload', 'serve', 'bench', 'render-worker', 'core-worker'].map((name) => `dist-electron/${name}.cjs`),
};

export const RENDERER_BUILD = {
  inputs: [...SHARED_INPUTS, 'renderer', 'electron/security.ts', 'vite.config.ts'],
  outputs: ['dist/renderer'],
};

/** Modification times of a file, or of every file under a folder; a missing path has none. */
function modificationTimes(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return [];
  }
  if (!stats.isDirectory()) return [stats.mtimeMs];
  return readdirSync(path).flatMap((entry) => modificationTimes(join(path, entry)));
}

/** True when every output exists and the oldest of them is newer than the newest input. */
export function isBuildCurrent({ inputs, outputs }, root = process.cwd()) {
  const outputTimes = [];
  for (const output of outputs) {
    const times = modificationTimes(join(root, output));
    if (times.length === 0) return false;
    outputTimes.push(...times);
  }
  const newestInput = Math.max(...inputs.flatMap((input) => modificationTimes(join(root, input))));
  return Math.min(...outputTimes) > newestInput;
}
