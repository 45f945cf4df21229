import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { isBuildCurrent, NODE_BUILD } from '../../../scripts/build-freshness.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Some unit tests run the built preload and main process. `npm test` builds before the unit tests, so this
 * does nothing there; a lone `npx vitest run` on changed sources rebuilds the Node side first (a few seconds).
 */
export default function buildNodeSideIfStale(): void {
  if (isBuildCurrent(NODE_BUILD, ROOT)) return;
  const build = spawnSync(process.execPath, ['scripts/build-node.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('scripts/build-node.mjs failed');
}
