// Bundles the Node side: the Electron main process and preload (one CommonJS file each, since a sandboxed
// preload cannot load modules), the browser-mode server and benchmark, the core worker and the PDF render worker (a
// worker thread needs a file of its own). Native and Electron modules stay external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

const nodeBundle = {
  ...common,
  // subset-font loads harfbuzz's wasm file through require.resolve, so it must stay a real package at run time;
  // sharp loads its platform's prebuilt libvips package (@img/sharp-<platform>) the same way.
  external: ['electron', 'better-sqlite3', 'subset-font', 'sharp'],
  // ES module dependencies (pdfkit) use import.meta.url, which a CommonJS bundle must supply.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

// Electron runs a sandboxed preload as a function of (require, process, exports, module, Buffer, global,
// setImmediate, clearImmediate), with no __filename and a require that offers only electron, events, timers
// and url: so no banner, nothing external but electron, and a browser target. A unit test runs the result that way.
const preloadBundle = {
  ...common,
  platform: 'browser',
  target: 'chrome140',
  external: ['electron'],
};

await Promise.all([
  build({ ...nodeBundle, entryPoints: { main: 'electron/main.ts' }, outdir: 'dist-electron', outExtension: { '.js': '.cjs' } }),
  build({ ...preloadBundle, entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist-electron', outExtension: { '.js': '.cjs' } }),
  build({ ...nodeBundle, entryPoints: { serve: 'electron/server/serve.ts', bench: 'scripts/bench/bench.ts', 'render-worker': 'electron/core/pdf/render-worker.ts', 'core-worker': 'electron/core/endpoint/core-worker.ts' }, outdir: 'dist-electron', outExtension: { '.js': '.cjs' } }),
]);
