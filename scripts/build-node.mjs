// Bundles the Node side: the Electron main process and preload (one CommonJS file each, since a sandboxed
// preload cannot load modules) and the browser-mode server and benchmark. Native and Electron modules stay external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' }, outdir: 'dist-electron', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { serve: 'electron/server/serve.ts', bench: 'scripts/bench/bench.ts' }, outdir: 'dist-electron', outExtension: { '.js': '.cjs' } }),
]);
